"""What the home page shows of the teasers: the employee's live teasers, views counted."""

from teasers import stats
from teasers.models import Teaser


def for_home(user, limit=6, at=None):
    """The first `limit` live teasers for `user` (pinned first, then newest), with one view
    each counted for today. Two queries for the teasers, two for the counts, however many
    teasers there are."""
    teasers = list(Teaser.objects.live_for(user, at=at).for_cards()[:limit])
    stats.record_views(teaser.pk for teaser in teasers)
    return teasers
