"""The report "Stand van zaken Academie" (seed, page 12), computed with aggregate queries.

Scope: the table in the seed is about trainings, so the report counts course sessions and the
registrations on them; the workshops of event days (Leercafé, NetWerkdag) have their own totals
and are left out of every figure here.

Time: registrations count when they were made on or before the report date (`created_at`, local
time). Statuses are those of today, as the definitions say ("now cancelled", "confirmed"): a report
for an earlier date shows today's status of the registrations made by then.

The computation makes the same small number of queries however many sessions there are.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy_pages.models import (
    AcademySettings,
    ChangeCause,
    CoursePage,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    Session,
    SessionStatus,
)
from academy_pages.models.sessions import first_day_of

DEFAULT_LAUNCH_DATE = datetime.date(2022, 4, 12)

# The keys of the report, in the order of the seed's table, with their (translatable) labels.
LABELS = {
    "course_types": _("Course types"),
    "registrations": _("Total number of registrations"),
    "started_sessions": _("Sessions started since the launch"),
    "participants_in_started_sessions": _("Participants in started sessions"),
    "avg_participants_per_started_session": _("Average participants per started session"),
    "planned_sessions": _("Planned sessions in the year"),
    "cancelled_participants": _("Total cancelled participants"),
    "self_cancelled_participants": _("Of which cancelled by the employee"),
    "cancelled_sessions": _("Sessions cancelled since the launch"),
}
KEYS = tuple(LABELS)
TWO_DECIMALS = Decimal("0.01")


def launch_date_for(site=None):
    """The launch date from the Academy settings of `site` (the default site when None)."""
    if site is None:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return DEFAULT_LAUNCH_DATE
    return AcademySettings.for_site(site).launch_date


def _end_of(day):
    """The first moment after `day` in local time, as an aware datetime."""
    return timezone.make_aware(datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time()))


def academy_status(report_date, launch_date):
    """The figures of "Stand van zaken Academie" on `report_date`, by the keys in `KEYS`.

    Definitions (course sessions only; see the module docstring):
    - course_types: live course pages.
    - registrations: registrations made up to the report date, whatever their status now.
    - started_sessions: non-cancelled sessions whose first day lies between the launch date and
      the report date (both included).
    - participants_in_started_sessions: confirmed registrations on those sessions.
    - avg_participants_per_started_session: the previous divided by started_sessions, as a
      Decimal with two decimals (0 when no session started).
    - planned_sessions: non-cancelled sessions whose first day is in the report date's year.
    - cancelled_participants: registrations now cancelled, whatever the cause.
    - self_cancelled_participants: of those, the ones the employee cancelled.
    - cancelled_sessions: cancelled sessions whose first day is on or after the launch date.
    """
    year_start = datetime.date(report_date.year, 1, 1)
    year_end = datetime.date(report_date.year, 12, 31)

    sessions = (
        Session.objects.of_courses()
        .annotate(first_date=first_day_of())
        .aggregate(
            started=Count(
                "pk",
                filter=Q(
                    status=SessionStatus.PLANNED, first_date__gte=launch_date, first_date__lte=report_date
                ),
            ),
            planned=Count(
                "pk",
                filter=Q(status=SessionStatus.PLANNED, first_date__gte=year_start, first_date__lte=year_end),
            ),
            cancelled=Count("pk", filter=Q(status=SessionStatus.CANCELLED, first_date__gte=launch_date)),
        )
    )

    started_session = Exists(
        Session.objects.filter(pk=OuterRef("session_id"), status=SessionStatus.PLANNED)
        .annotate(first_date=first_day_of())
        .filter(first_date__gte=launch_date, first_date__lte=report_date)
    )
    cancelled_by_employee = Exists(
        RegistrationChange.objects.filter(
            registration=OuterRef("pk"),
            to_status=RegistrationStatus.CANCELLED,
            cause=ChangeCause.CANCELLED_BY_EMPLOYEE,
        )
    )
    cancelled = Q(status=RegistrationStatus.CANCELLED)
    registrations = (
        Registration.objects.filter(session__course__isnull=False, created_at__lt=_end_of(report_date))
        # The Exists conditions go straight into the filters: Django (5.2) drops a boolean
        # annotation that only an aggregate's filter uses, and SQLite then reads its quoted
        # name as a string.
        .aggregate(
            total=Count("pk"),
            participants=Count("pk", filter=Q(started_session, status=RegistrationStatus.CONFIRMED)),
            cancelled=Count("pk", filter=cancelled),
            self_cancelled=Count("pk", filter=cancelled & Q(cancelled_by_employee)),
        )
    )

    started = sessions["started"]
    participants = registrations["participants"]
    average = (
        (Decimal(participants) / Decimal(started)).quantize(TWO_DECIMALS, rounding=ROUND_HALF_UP)
        if started
        else Decimal("0.00")
    )
    return {
        "course_types": CoursePage.objects.live().count(),
        "registrations": registrations["total"],
        "started_sessions": started,
        "participants_in_started_sessions": participants,
        "avg_participants_per_started_session": average,
        "planned_sessions": sessions["planned"],
        "cancelled_participants": registrations["cancelled"],
        "self_cancelled_participants": registrations["self_cancelled"],
        "cancelled_sessions": sessions["cancelled"],
    }


def registrations_per_month(report_date, months=12):
    """Registrations made per calendar month, for the `months` months up to the report date.

    Returns a list of (first day of the month, count), oldest first, months without
    registrations included with 0.
    """
    first_month = _add_months(report_date.replace(day=1), -(months - 1))
    start = timezone.make_aware(datetime.datetime.combine(first_month, datetime.time()))
    counts = dict(
        Registration.objects.filter(
            session__course__isnull=False, created_at__gte=start, created_at__lt=_end_of(report_date)
        )
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(count=Coalesce(Count("pk"), Value(0), output_field=IntegerField()))
        .values_list("month", "count")
    )
    by_month = {}
    for month, count in counts.items():
        # TruncMonth gives an aware datetime (in the current time zone) or a date.
        key = timezone.localtime(month).date() if isinstance(month, datetime.datetime) else month
        by_month[key.replace(day=1)] = by_month.get(key.replace(day=1), 0) + count
    return [(month, by_month.get(month, 0)) for month in _months(first_month, months)]


def _add_months(day, offset):
    index = day.year * 12 + day.month - 1 + offset
    return datetime.date(index // 12, index % 12 + 1, 1)


def _months(first, count):
    return [_add_months(first, offset) for offset in range(count)]
