"""Who a feed is for: the teams, groups and start date that decide which teasers someone sees.

A logged-in employee, a feed token and the planning's "view the feed as ..." all come down to a
`Viewer`, so one query method (`TeaserQuerySet.live_for`) serves them all.
"""

import datetime
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model


@dataclass(frozen=True)
class Viewer:
    team_ids: frozenset = frozenset()
    group_ids: frozenset = frozenset()
    start_date: datetime.date | None = None

    @classmethod
    def of_user(cls, user):
        """The user's team, groups and start date, read in one query."""
        if user is None or not user.is_authenticated:
            return cls()
        rows = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .values_list("profile__team_id", "profile__start_date", "groups__id")
        )
        team_ids, group_ids, start_date = set(), set(), None
        for team_id, start, group_id in rows:
            if team_id is not None:
                team_ids.add(team_id)
            if group_id is not None:
                group_ids.add(group_id)
            start_date = start
        return cls(frozenset(team_ids), frozenset(group_ids), start_date)


def months_since(start_date, today):
    """The smallest number of months N for which `start_date` lies within the last N months
    (on or after `today` minus N months); 0 for a start date today or still to come."""
    if start_date >= today:
        return 0
    months = (today.year - start_date.year) * 12 + today.month - start_date.month
    while months > 0 and today - relativedelta(months=months - 1) <= start_date:
        months -= 1
    while today - relativedelta(months=months) > start_date:
        months += 1
    return months
