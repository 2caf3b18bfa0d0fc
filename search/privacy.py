"""The site search in the register of intranet.privacy (imported by SearchConfig.ready()).

Registered so the register is complete, not because it holds data about an employee: the
search statistics (``QueryStatistic``) keep per day the cleaned query text and counters of
searches, searches without results and clicks, and nothing about who searched (no user, no
session, no address). A query can contain a name, but it cannot be tied to the person who typed
it, so there is nothing to download per employee and no link to remove.
"""

from django.utils.translation import gettext_lazy as _

from intranet import privacy

privacy.register(
    "search.statistics",
    label=_("Search statistics"),
    description=(
        "Per day and query: the cleaned query text and how often it was searched, found nothing "
        "and was clicked. Holds no user, session or address, so nothing can be tied to an employee."
    ),
)
