"""The Academy's personal data in the register of intranet.privacy (imported by ready()).

Two kinds: registrations (with the answers to a course's questions, the waiting list, the team
leader's approval and every status change) and evaluations.

When a registration is old: its session ended (its last day) before the cut-off date. The
workshops of one event day are anonymised together, once every workshop of that event has
ended before the cut-off, so the evaluation report can still count distinct colleagues per
event day. A session without days counts from the day it was created.

What anonymisation keeps is exactly what the reports count: the registration itself with its
session, status, attendance and dates (registered, on the waiting list since, reminder sent),
the status changes with their cause, statuses, role and date, and the evaluation's rating.
The report "Stand van zaken" and the evaluation report give the same figures afterwards.
"""

import random

from django.db.models import DateField, Max, Q, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy_pages.models import Evaluation, Registration, RegistrationChange, Session
from intranet import privacy


def ended_sessions(before):
    """Sessions whose registrations are past retention on the cut-off date ``before``."""
    sessions = Session.objects.annotate(
        last_day=Coalesce(Max("days__date"), Cast("created_at", output_field=DateField()))
    )
    events_still_running = sessions.filter(event__isnull=False, last_day__gte=before).values("event_id")
    return sessions.filter(last_day__lt=before).exclude(event__in=Subquery(events_still_running)).values("pk")


def _local(moment):
    return timezone.localtime(moment) if moment else None


def export_registrations(user):
    """The employee's registrations, each with the answers they gave and its status history.

    The history names the role of whoever made a change (employee, team leader, coordination
    point), not the person: their names are not the employee's data.
    """
    registrations = (
        Registration.objects.filter(user=user)
        .select_related("session__course", "session__event")
        .prefetch_related("session__days", "changes")
        .order_by("created_at", "pk")
    )
    return [
        {
            "session": registration.session.display_title,
            "offering": registration.session.offering.title if registration.session.offering else "",
            "first_day": registration.session.first_day,
            "status": str(registration.get_status_display()),
            "name": registration.name,
            "email": registration.email,
            "team": registration.team,
            "answers": registration.answers,
            "attendance": str(registration.get_attendance_display()) if registration.attendance else "",
            "registered_at": _local(registration.created_at),
            "on_waiting_list_since": _local(registration.queued_at),
            "reminder_sent_at": _local(registration.reminder_sent_at),
            "history": [
                {
                    "at": _local(change.created_at),
                    "from": str(change.get_from_status_display()) if change.from_status else "",
                    "to": str(change.get_to_status_display()),
                    "cause": str(change.get_cause_display()),
                    "by": str(change.get_actor_role_display()),
                    "reason": change.reason,
                }
                for change in registration.changes.all()
            ],
        }
        for registration in registrations
    ]


def anonymise_registrations(before):
    """Unlink the registrations of sessions that ended before ``before`` from the employee.

    Blanks the user, name, e-mail, team and answers of each registration, and the person and
    the free-text reason of each of its status changes. Keeps the session, status, attendance,
    dates and the causes of the changes, which the reports count (the reports count no teams).
    Workshops of an event day get an ``anonymous_participant`` number per employee first, so
    distinct colleagues per event day can still be counted.
    """
    old = Registration.objects.filter(session__in=ended_sessions(before))
    linked = old.filter(user__isnull=False)
    _number_event_participants(linked)
    changes = RegistrationChange.objects.filter(registration__in=old).filter(
        Q(actor__isnull=False) | ~Q(reason="")
    )
    change_count = changes.update(actor=None, reason="")
    registration_count = linked.update(user=None, name="", email="", team="", answers={})
    return {"registrations": registration_count, "status changes": change_count}


def _number_event_participants(registrations):
    rows = list(
        registrations.filter(session__event__isnull=False).values_list("pk", "user_id", "session__event_id")
    )
    if not rows:
        return
    events = {event_id for _pk, _user_id, event_id in rows}
    numbers_taken = dict(
        Registration.objects.filter(session__event__in=events)
        .values("session__event_id")
        .annotate(highest=Max("anonymous_participant"))
        .values_list("session__event_id", "highest")
    )
    numbers = {}
    users_per_event = {}
    for _pk, user_id, event_id in rows:
        users_per_event.setdefault(event_id, set()).add(user_id)
    for event_id, user_ids in users_per_event.items():
        # Random order: the numbers must not follow user ids or names.
        shuffled = random.sample(sorted(user_ids), len(user_ids))
        first = (numbers_taken.get(event_id) or 0) + 1
        for offset, user_id in enumerate(shuffled):
            numbers[(event_id, user_id)] = first + offset
    Registration.objects.bulk_update(
        [
            Registration(pk=pk, anonymous_participant=numbers[(event_id, user_id)])
            for pk, user_id, event_id in rows
        ],
        ["anonymous_participant"],
        batch_size=500,
    )


def export_evaluations(user):
    """The evaluations the employee gave."""
    evaluations = (
        Evaluation.objects.filter(registration__user=user)
        .select_related("registration__session__course", "registration__session__event")
        .prefetch_related("registration__session__days")
        .order_by("created_at", "pk")
    )
    return [
        {
            "session": evaluation.registration.session.display_title,
            "first_day": evaluation.registration.session.first_day,
            "rating": evaluation.rating,
            "learned": evaluation.learned,
            "remarks": evaluation.remarks,
            "given_at": _local(evaluation.created_at),
        }
        for evaluation in evaluations
    ]


def anonymise_evaluations(before):
    """Blank the free text ("what did you learn?", remarks) of evaluations of sessions that ended
    before ``before``; the rating stays for the averages. The link to the employee goes with
    the registration (``anonymise_registrations``)."""
    old = Evaluation.objects.filter(registration__session__in=ended_sessions(before)).exclude(
        learned="", remarks=""
    )
    return {"evaluations": old.update(learned="", remarks="")}


privacy.register(
    "academy_pages.registrations",
    label=_("Academy registrations"),
    description=(
        "Registrations for trainings and event workshops: name, e-mail and team as filled in, "
        "answers to the course's questions, status (waiting list, team leader approval), "
        "attendance, and every status change with its cause and reason."
    ),
    export=export_registrations,
    anonymise=anonymise_registrations,
)
privacy.register(
    "academy_pages.evaluations",
    label=_("Training evaluations"),
    description="The rating (1-10) and the free-text answers an employee gave after a session.",
    export=export_evaluations,
    anonymise=anonymise_evaluations,
)
