"""What other apps may show of an employee's Academy registrations, as plain data.

The home page shows the next sessions and waiting-list places through `upcoming_for`; it never
imports the Academy's models. The answer takes one query however many registrations the
employee has (none included): the days and the place on the waiting list are subqueries.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from academy_pages.models import Registration, RegistrationStatus, SessionDay, SessionStatus


@dataclass(frozen=True)
class SessionSummary:
    title: str
    starts_at: datetime.datetime | None
    location: str
    url: str | None
    status: str  # "confirmed", "pending_approval" or "waiting"
    status_label: str
    waiting_position: int | None = None


@dataclass(frozen=True)
class AcademySummary:
    sessions: list  # SessionSummary, soonest first
    waiting: list  # SessionSummary with waiting_position, soonest first
    overview_url: str


def _day(field, order):
    days = SessionDay.objects.filter(session=OuterRef("session")).order_by(*order)
    return Subquery(days.values(field)[:1])


def _people_ahead():
    ahead = Registration.objects.filter(
        session=OuterRef("session"), status=RegistrationStatus.WAITING
    ).filter(
        Q(queued_at__lt=OuterRef("queued_at")) | Q(queued_at=OuterRef("queued_at"), pk__lt=OuterRef("pk"))
    )
    count = ahead.order_by().values("session").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(count, output_field=IntegerField()), Value(0))


def upcoming_for(user, limit=3, today=None):
    """The employee's sessions still to come (registered or awaiting approval) and their
    waiting-list places, at most `limit` of each, soonest first. A session counts until its
    last day has passed."""
    today = today or timezone.localdate()
    registrations = (
        Registration.objects.filter(
            user=user,
            status__in=[
                RegistrationStatus.CONFIRMED,
                RegistrationStatus.PENDING_APPROVAL,
                RegistrationStatus.WAITING,
            ],
        )
        .exclude(session__status=SessionStatus.CANCELLED)
        .select_related("session__course", "session__event")
        # What a summary shows: the course and event pages have dozens of columns each, and
        # every home page view reads this (building it with all of them took a fifth longer).
        .only(
            "status",
            "session__title",
            "session__location",
            "session__course__title",
            "session__course__url_path",
            "session__event__title",
            "session__event__url_path",
        )
        .annotate(
            first_date=_day("date", ["date", "start_time"]),
            first_time=_day("start_time", ["date", "start_time"]),
            last_date=_day("date", ["-date"]),
            people_ahead=_people_ahead(),
        )
        .filter(last_date__gte=today)
        .order_by("first_date", "first_time", "pk")
    )
    sessions, waiting = [], []
    for registration in registrations:
        session = registration.session
        is_waiting = registration.status == RegistrationStatus.WAITING
        target = waiting if is_waiting else sessions
        if len(target) >= limit:
            continue
        offering = session.offering
        starts_at = None
        if registration.first_date and registration.first_time:
            starts_at = timezone.make_aware(
                datetime.datetime.combine(registration.first_date, registration.first_time)
            )
        target.append(
            SessionSummary(
                title=session.display_title,
                starts_at=starts_at,
                location=session.location,
                url=offering.url if offering is not None else None,
                status=registration.status,
                status_label=str(RegistrationStatus(registration.status).label),
                waiting_position=registration.people_ahead + 1 if is_waiting else None,
            )
        )
    return AcademySummary(
        sessions=sessions, waiting=waiting, overview_url=reverse("academy_my_registrations")
    )
