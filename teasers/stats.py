"""Counting teaser views per day and clicks through the site's redirect; nobody's identity is kept."""

from django.db import transaction
from django.db.models import F, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from teasers.models import TeaserDailyStats


def _add(teaser_ids, field, today):
    teaser_ids = list(teaser_ids)
    if not teaser_ids:
        return
    with transaction.atomic():
        # Two queries whatever the number of teasers: make the day's missing rows, then count.
        TeaserDailyStats.objects.bulk_create(
            [TeaserDailyStats(teaser_id=pk, date=today) for pk in teaser_ids], ignore_conflicts=True
        )
        TeaserDailyStats.objects.filter(teaser_id__in=teaser_ids, date=today).update(**{field: F(field) + 1})


def record_views(teaser_ids, today=None):
    """Count one view today for each of the teasers shown."""
    _add(teaser_ids, "views", today or timezone.localdate())


SEEN_KEY = "teasers_seen_today"


def record_views_once(session, teaser_ids, today=None):
    """Count a view today for each teaser shown that this browser session has not seen yet today.

    A reload or a return to the home page counts nothing new: many employees opening the home
    page at the same time would otherwise all update the same few rows on every request. The
    session keeps only the day and the teaser ids, and the statistics keep no one's identity.
    """
    today = today or timezone.localdate()
    seen = session.get(SEEN_KEY) or {}
    if seen.get("date") != today.isoformat():
        seen = {"date": today.isoformat(), "ids": []}
    new = [pk for pk in teaser_ids if pk not in seen["ids"]]
    if new:
        record_views(new, today)
        session[SEEN_KEY] = {"date": seen["date"], "ids": seen["ids"] + new}


def record_click(teaser_id, today=None):
    """Count one click today on the teaser."""
    _add([teaser_id], "clicks", today or timezone.localdate())


def _total(field, **lookup):
    rows = (
        TeaserDailyStats.objects.filter(**lookup)
        .order_by()
        .values(*lookup.keys())
        .annotate(total=Sum(field))
        .values("total")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def with_totals(teasers):
    """Teasers annotated with `total_views` and `total_clicks` over all days."""
    return teasers.annotate(
        total_views=_total("views", teaser=OuterRef("pk")),
        total_clicks=_total("clicks", teaser=OuterRef("pk")),
    )


def campaigns_with_totals(campaigns):
    """Campaigns annotated with `total_views` and `total_clicks` of all their teasers."""
    return campaigns.annotate(
        total_views=_total("views", teaser__campaign=OuterRef("pk")),
        total_clicks=_total("clicks", teaser__campaign=OuterRef("pk")),
    )


def click_rate(views, clicks):
    """Clicks per view as a percentage with one decimal, or None without views."""
    if not views:
        return None
    return round(100 * clicks / views, 1)
