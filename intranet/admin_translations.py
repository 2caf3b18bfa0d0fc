"""Corrections of Wagtail's Dutch admin catalogue, kept in ours (LOCALE_PATHS comes first).

Wagtail 8.0's Dutch translation of the page explorer's count drops the spaces ("1-2van
2pagina's") and misplaces the dash. Marking the msgids here keeps them in `locale/` when the
catalogue is regenerated; the corrected Dutch is in locale/nl/LC_MESSAGES/django.po.
"""

from django.utils.translation import gettext_noop

WAGTAIL_CORRECTIONS = [
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in "
        "'<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
]
