"""Registration workflow of the Academy: register, approve, cancel, and the waiting list.

Every function takes explicit arguments, runs inside one transaction and locks the session row
(`select_for_update`) before counting places, so concurrent registrations can never overfill a
session. Each status change is written to `RegistrationChange` and announced with the
`registration_changed` signal once the transaction has committed; mails and calendar invites
listen to that signal (see `academy_pages.notifications`).
"""

import datetime
from dataclasses import dataclass, field

import django.dispatch
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from academy_pages.models import (
    ActorRole,
    ChangeCause,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    Session,
    SessionStatus,
)
from academy_pages.models.registrations import ACTIVE_STATUSES
from people.models import Team

# Sent after commit with registration=, change= (the RegistrationChange row) and previous_status=.
registration_changed = django.dispatch.Signal()
# Sent after commit with session= and actor= when a session is cancelled.
session_cancelled = django.dispatch.Signal()
# Sent after commit with registration=, attendance= (the new Attendance value) and actor= for
# each registration whose attendance changed (`participants.mark_attendance`).
attendance_recorded = django.dispatch.Signal()


class RegistrationError(Exception):
    """A rule stops the action; `message` is shown to the user as it is."""

    def __init__(self, message, code):
        super().__init__(str(message))
        self.message = message
        self.code = code


@dataclass
class RegistrationResult:
    registration: Registration
    # Other active registrations of the same employee whose sessions overlap in time.
    overlapping: list = field(default_factory=list)


def account_details(user):
    """Name, e-mail address and team of `user`, from the account and the employee profile.

    A registration records these, never what a form sends: the coordination point's mails, the
    calendar invite and the participant list for the training provider all go by them.
    """
    team = Team.objects.filter(members__user=user).values_list("name", flat=True).first()
    name = user.get_full_name() or user.get_username()
    return {
        "name": name[: Registration._meta.get_field("name").max_length],
        "email": user.email,
        "team": team or "",
    }


def register(session, user, *, answers=None, now=None):
    """Register `user` for `session`: a place, the waiting list, or awaiting approval.

    Name, e-mail address and team are taken from the account at this moment (`account_details`)
    and kept with the registration. Raises RegistrationError for an account without an e-mail
    address, a cancelled or past session, a closed registration, a double registration, a
    second workshop in the same time slot of an event day, or a second active registration for
    the same course unless the course allows several (`allow_multiple_registrations`).
    """
    now = now or timezone.now()
    details = account_details(user)
    if not details["email"]:
        raise RegistrationError(
            _("Your account has no e-mail address. Ask the coordination point to add it."), "no_email"
        )
    try:
        with transaction.atomic():
            session = _locked(session)
            _check_open_for_registration(session, now)
            if Registration.objects.active().filter(session=session, user=user).exists():
                raise RegistrationError(_("You are already registered for this session."), "duplicate")
            if (
                session.slot_id
                and Registration.objects.active().filter(user=user, session__slot_id=session.slot_id).exists()
            ):
                raise RegistrationError(
                    _("You already chose a workshop in this time slot. Cancel that one first."), "slot_taken"
                )
            _check_one_per_course(session, user)

            course = session.course
            if course is not None and course.requires_approval:
                status = RegistrationStatus.PENDING_APPROVAL
            elif places_left(session) > 0:
                status = RegistrationStatus.CONFIRMED
            else:
                status = RegistrationStatus.WAITING
            registration = Registration.objects.create(
                session=session,
                user=user,
                status=status,
                **details,
                answers=answers or {},
                queued_at=now if status == RegistrationStatus.WAITING else None,
            )
            _record(
                registration, "", status, actor=user, role=ActorRole.EMPLOYEE, cause=ChangeCause.REGISTERED
            )
    except IntegrityError as exc:
        # The partial unique constraint caught a double submit that raced past the check above.
        raise RegistrationError(_("You are already registered for this session."), "duplicate") from exc
    return RegistrationResult(registration, overlapping_registrations(registration))


def approve(registration, approver, *, now=None):
    """The team leader approves: the employee gets a place or joins the waiting list."""
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(registration.session)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        _check_pending(registration)
        if places_left(session) > 0:
            new_status = RegistrationStatus.CONFIRMED
        else:
            new_status = RegistrationStatus.WAITING
            registration.queued_at = now
        _change(
            registration, new_status, actor=approver, role=ActorRole.TEAM_LEADER, cause=ChangeCause.APPROVED
        )
    return registration


def decline(registration, approver, *, reason=""):
    """The team leader declines the registration."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        _check_pending(registration)
        _change(
            registration,
            RegistrationStatus.DECLINED,
            actor=approver,
            role=ActorRole.TEAM_LEADER,
            cause=ChangeCause.DECLINED,
            reason=reason,
        )
    return registration


def cancel(registration, actor, *, by_coordination_point=False, reason="", now=None):
    """Cancel a registration; a freed place goes to the first on the waiting list.

    An employee can cancel their own registration until the course's cancellation deadline;
    the coordination point can cancel on someone's behalf at any time.
    """
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked(registration.session)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            raise RegistrationError(_("This registration is no longer active."), "not_active")
        if by_coordination_point:
            role, cause = ActorRole.COORDINATION_POINT, ChangeCause.CANCELLED_BY_COORDINATION
        else:
            if registration.user_id != actor.pk:
                raise RegistrationError(_("You can only cancel your own registration."), "not_yours")
            deadline = cancellation_deadline(session)
            if deadline is not None and now > deadline:
                raise RegistrationError(
                    _("The cancellation deadline has passed. Contact the coordination point."), "deadline"
                )
            role, cause = ActorRole.EMPLOYEE, ChangeCause.CANCELLED_BY_EMPLOYEE
        freed_place = registration.status == RegistrationStatus.CONFIRMED
        _change(
            registration, RegistrationStatus.CANCELLED, actor=actor, role=role, cause=cause, reason=reason
        )
        if freed_place:
            _promote_waiting_list(session)
    return registration


def promote(registration, actor):
    """The coordination point moves someone from the waiting list onto the session.

    This may take the session above its capacity: the editor decides that explicitly.
    """
    with transaction.atomic():
        _locked(registration.session)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != RegistrationStatus.WAITING:
            raise RegistrationError(_("This person is not on the waiting list."), "not_waiting")
        _change(
            registration,
            RegistrationStatus.CONFIRMED,
            actor=actor,
            role=ActorRole.COORDINATION_POINT,
            cause=ChangeCause.PROMOTED,
        )
    return registration


def cancel_session(session, actor, *, reason, now=None):
    """Cancel a whole session: every active registration is cancelled and everyone is told."""
    now = now or timezone.now()
    if not str(reason).strip():
        raise RegistrationError(_("Give a reason for cancelling the session."), "reason_required")
    with transaction.atomic():
        session = _locked(session)
        if session.status == SessionStatus.CANCELLED:
            raise RegistrationError(_("This session has already been cancelled."), "already_cancelled")
        session.status = SessionStatus.CANCELLED
        session.cancellation_reason = reason
        session.cancelled_at = now
        session.calendar_sequence += 1
        session.save(update_fields=["status", "cancellation_reason", "cancelled_at", "calendar_sequence"])
        for registration in session.registrations.select_for_update().active():
            _change(
                registration,
                RegistrationStatus.CANCELLED,
                actor=actor,
                role=ActorRole.COORDINATION_POINT,
                cause=ChangeCause.SESSION_CANCELLED,
                reason=reason,
            )
        transaction.on_commit(lambda: session_cancelled.send(sender=Session, session=session, actor=actor))
    return session


def places_left(session):
    """Free places, counted in the database (call inside the locked transaction when it matters)."""
    taken = Registration.objects.filter(session=session, status=RegistrationStatus.CONFIRMED).count()
    return max(session.capacity - taken, 0)


def cancellation_deadline(session):
    """The last moment an employee can cancel: N days before the first day (N set per course)."""
    starts_at = session.starts_at
    if starts_at is None:
        return None
    days = session.course.cancellation_deadline_days if session.course_id else 0
    return starts_at - datetime.timedelta(days=days)


def overlapping_registrations(registration):
    """The employee's other active registrations whose session days overlap this one's."""
    days = list(registration.session.days.all())
    if not days:
        return []
    overlap = Q()
    for day in days:
        overlap |= Q(
            session__days__date=day.date,
            session__days__start_time__lt=day.end_time,
            session__days__end_time__gt=day.start_time,
        )
    return list(
        Registration.objects.active()
        .filter(user_id=registration.user_id)
        .exclude(pk=registration.pk)
        .filter(overlap)
        .select_related("session__course", "session__event")
        .distinct()
    )


def _locked(session):
    # of=("self",): lock only the session row; its course and event are read, not locked.
    return (
        Session.objects.select_for_update(of=("self",))
        .select_related("course", "event")
        .prefetch_related("days")
        .get(pk=session.pk)
    )


def _check_open_for_registration(session, now):
    if session.status == SessionStatus.CANCELLED:
        raise RegistrationError(_("This session has been cancelled."), "cancelled")
    starts_at = session.starts_at
    if starts_at is None:
        raise RegistrationError(_("This session has no dates yet."), "no_dates")
    if starts_at <= now:
        raise RegistrationError(_("This session has already started."), "past")
    deadline = session.registration_deadline
    if deadline is not None and now > deadline:
        raise RegistrationError(_("The registration deadline for this session has passed."), "deadline")


def _check_one_per_course(session, user):
    """One active registration per course, unless the course is a series that allows several."""
    course = session.course
    if course is None or course.allow_multiple_registrations:
        return
    held = (
        Registration.objects.active()
        .filter(user=user, session__course=course)
        .exclude(session=session)
        .select_related("session")
        .first()
    )
    if held is None:
        return
    first_day = held.session.first_day
    raise RegistrationError(
        _(
            "You already have a registration for this course: the session of %(date)s (%(status)s). "
            "To switch, first cancel that registration under My registrations, then register for "
            "this session."
        )
        % {
            "date": date_format(first_day, "j F Y") if first_day else "?",
            "status": held.get_status_display().lower(),
        },
        "course_taken",
    )


def _check_pending(registration):
    if registration.status != RegistrationStatus.PENDING_APPROVAL:
        raise RegistrationError(_("This registration has already been handled."), "not_pending")


def _promote_waiting_list(session):
    """Give free places to the waiting list, first come first served (session is locked)."""
    free = places_left(session)
    if free <= 0:
        return
    for registration in session.registrations.select_for_update().waiting_list()[:free]:
        _change(
            registration,
            RegistrationStatus.CONFIRMED,
            actor=None,
            role=ActorRole.SYSTEM,
            cause=ChangeCause.PROMOTED,
        )


def _change(registration, new_status, *, actor, role, cause, reason=""):
    previous = registration.status
    registration.status = new_status
    registration.save(update_fields=["status", "queued_at", "updated_at"])
    _record(registration, previous, new_status, actor=actor, role=role, cause=cause, reason=reason)


def _record(registration, previous, new_status, *, actor, role, cause, reason=""):
    change = RegistrationChange.objects.create(
        registration=registration,
        from_status=previous,
        to_status=new_status,
        actor=actor,
        actor_role=role,
        cause=cause,
        reason=reason,
    )
    transaction.on_commit(
        lambda: registration_changed.send(
            sender=Registration, registration=registration, change=change, previous_status=previous
        )
    )
    return change


__all__ = [
    "ACTIVE_STATUSES",
    "account_details",
    "attendance_recorded",
    "RegistrationError",
    "RegistrationResult",
    "approve",
    "cancel",
    "cancel_session",
    "cancellation_deadline",
    "decline",
    "overlapping_registrations",
    "places_left",
    "promote",
    "register",
    "registration_changed",
    "session_cancelled",
]
