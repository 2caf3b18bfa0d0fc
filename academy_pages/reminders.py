"""Reminders N working days before a session's first day.

Weekends and Dutch public holidays are not working days (`intranet.working_days`).
N is `AcademySettings.reminder_working_days`; 0 switches the reminders off. A reminder is due
from the N-th working day before the first day until the day before it, so a missed daily run
catches up. `Registration.reminder_sent_at` is set before the mail is queued, so running twice
sends nothing twice.
"""

from django.db import transaction
from django.db.models import Min
from django.utils import timezone
from wagtail.models import Site

from academy_pages import tasks
from academy_pages.models import AcademySettings, Registration, SessionStatus
from intranet.working_days import add_working_days
from intranet.working_days import is_working_day as is_working_day  # kept for callers of this module


def reminder_date(first_day, working_days, public_holidays=None):
    """The day the reminder for a session starting on `first_day` is due.

    That is the `working_days`-th working day before `first_day`
    (Tuesday 28 April 2026, 2 working days: Monday 27 is King's Day, so Thursday 23 April).
    """
    return add_working_days(first_day, -working_days, public_holidays)


def last_first_day_due(today, working_days, public_holidays=None):
    """The latest first day whose reminder is due on `today`: the N-th working day after today.

    A session starting later still has N working days to go (its reminder comes later).
    """
    return add_working_days(today, working_days, public_holidays)


def reminder_working_days(site=None):
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return AcademySettings._meta.get_field("reminder_working_days").default
    return AcademySettings.for_site(site).reminder_working_days


def due_reminders(today=None, working_days=None):
    """Confirmed registrations without a reminder whose session's reminder is due on `today`."""
    today = today or timezone.localdate()
    working_days = reminder_working_days() if working_days is None else working_days
    if working_days <= 0:
        return Registration.objects.none()
    return (
        Registration.objects.confirmed()
        .filter(reminder_sent_at__isnull=True, session__status=SessionStatus.PLANNED)
        .annotate(first_day=Min("session__days__date"))
        .filter(first_day__gt=today, first_day__lte=last_first_day_due(today, working_days))
        .select_related("session__course", "session__event")
        .order_by("first_day", "session_id", "pk")
    )


def send_due_reminders(today=None, *, dry_run=False, working_days=None):
    """Queue a reminder mail for every due registration; return the registrations concerned.

    Each registration is claimed with a conditional update (reminder_sent_at still empty), so
    two runs at the same time cannot both send it. With `dry_run`, nothing is changed or sent.
    """
    due = list(due_reminders(today, working_days))
    if dry_run:
        return due
    sent = []
    now = timezone.now()
    with transaction.atomic():
        for registration in due:
            claimed = Registration.objects.filter(pk=registration.pk, reminder_sent_at__isnull=True).update(
                reminder_sent_at=now
            )
            if claimed:
                registration.reminder_sent_at = now
                sent.append(registration)
                transaction.on_commit(lambda pk=registration.pk: tasks.send_reminder_mail.enqueue(pk))
    return sent
