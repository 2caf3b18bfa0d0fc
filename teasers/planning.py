"""The coordination point's planning: which teasers are shown on which day, per campaign, against
each campaign's target per week.

Days and weeks are Dutch calendar days (Europe/Amsterdam): a day runs from midnight to midnight
local time, so it lasts 23 or 25 hours when the clocks change.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from teasers.models import Campaign, Teaser

# More teasers than the home page shows (six) on one day, and some are never seen there.
TOO_MANY_PER_DAY = 6


def local_midnight(day):
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=timezone.get_current_timezone())


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


@dataclass
class DayPlan:
    date: datetime.date
    teasers: list = field(default_factory=list)
    in_month: bool = True

    @property
    def count(self):
        return len([teaser for teaser in self.teasers if teaser.live])

    @property
    def too_many(self):
        return self.count > TOO_MANY_PER_DAY

    @property
    def is_empty(self):
        return not self.teasers


@dataclass
class CampaignWeek:
    campaign: Campaign
    started: int  # published teasers of the campaign that start in this week

    @property
    def target(self):
        return self.campaign.target_per_week

    @property
    def under_target(self):
        return self.started < self.target


@dataclass
class WeekPlan:
    start: datetime.date
    days: list
    campaigns: list

    @property
    def number(self):
        return self.start.isocalendar().week

    @property
    def under_target(self):
        return [row for row in self.campaigns if row.under_target]


def overlapping(start, end):
    """Teasers (published or not) whose display window overlaps the moments [start, end)."""
    return (
        Teaser.objects.filter(display_from__lt=end)
        .filter(Q(display_until__isnull=True) | Q(display_until__gt=start))
        .select_related("campaign")
        .order_by("-pinned", "display_from", "pk")
    )


def plan_weeks(first_day, weeks, month=None):
    """`weeks` WeekPlans from the week of `first_day`. With `month` (a date in it), days outside
    that month are marked `in_month=False`."""
    start_day = week_start(first_day)
    end_day = start_day + datetime.timedelta(weeks=weeks)
    teasers = list(overlapping(local_midnight(start_day), local_midnight(end_day)))
    campaigns = list(Campaign.objects.order_by("name"))
    plans = []
    for week in range(weeks):
        monday = start_day + datetime.timedelta(weeks=week)
        days = []
        for offset in range(7):
            day = monday + datetime.timedelta(days=offset)
            begin, end = local_midnight(day), local_midnight(day + datetime.timedelta(days=1))
            days.append(
                DayPlan(
                    date=day,
                    teasers=[
                        teaser
                        for teaser in teasers
                        if teaser.display_from < end
                        and (teaser.display_until is None or teaser.display_until > begin)
                    ],
                    in_month=month is None or (day.year, day.month) == (month.year, month.month),
                )
            )
        week_begin = local_midnight(monday)
        week_end = local_midnight(monday + datetime.timedelta(weeks=1))
        rows = [
            CampaignWeek(
                campaign=campaign,
                started=sum(
                    1
                    for teaser in teasers
                    if teaser.live
                    and teaser.campaign_id == campaign.pk
                    and week_begin <= teaser.display_from < week_end
                ),
            )
            for campaign in campaigns
        ]
        plans.append(WeekPlan(start=monday, days=days, campaigns=rows))
    return plans


def plan_month(day):
    """WeekPlans for every week that has a day in the month of `day`."""
    first = day.replace(day=1)
    next_month = (first + datetime.timedelta(days=32)).replace(day=1)
    last = next_month - datetime.timedelta(days=1)
    weeks = (week_start(last) - week_start(first)).days // 7 + 1
    return plan_weeks(first, weeks, month=first)
