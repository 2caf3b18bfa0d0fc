"""What the home page shows of the teasers: the employee's live teasers, views counted."""

from teasers import stats
from teasers.models import Teaser


def for_home(request, limit=6, at=None):
    """The first `limit` live teasers for the request's user (pinned first, then newest), with
    a view counted for those this session has not seen today. Two queries for the teasers, and
    two for the counts when there is something new to count, however many teasers there are."""
    teasers = list(Teaser.objects.live_for(request.user, at=at).for_cards()[:limit])
    if not getattr(request, "is_preview", False):  # an editor's preview of the page is no view
        stats.record_views_once(request.session, [teaser.pk for teaser in teasers])
    return teasers
