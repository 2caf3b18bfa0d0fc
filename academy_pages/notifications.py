"""Mails and calendar invites of the Academy.

The registration workflow announces every status change with `registration_changed` and a
cancelled session with `session_cancelled`, both after commit. The receivers here only queue a
task with ids (academy_pages.tasks); the task loads the rows again and sends the mails built
below. Which mail a change gets follows from its RegistrationChange row (cause and statuses):

- registered with a place: confirmation with an .ics REQUEST
- registered on a full session: waiting list
- registered for a course that needs approval: the employee hears it waits, and the team leader
  (or, without one, the coordination point) gets the approval request with signed links
- approved / declined by the team leader: the outcome, with an .ics REQUEST when it is a place
- moved up from the waiting list: promotion with an .ics REQUEST
- cancelled by the employee or the coordination point: confirmation, with an .ics CANCEL when
  the person had a place (only then is the session in their calendar)
- session cancelled: everyone whose registration it cancelled, with the reason (.ics CANCEL as
  above)

`session_changed` (called by the admin after editing a session) raises the calendar sequence and
sends confirmed participants an updated invite. Mails are Dutch (settings.LANGUAGE_CODE), with a
plain text and an HTML part.
"""

import contextlib

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from academy_pages import approval, calendar, reminders, tasks
from academy_pages import registration as workflow
from academy_pages.models import (
    ChangeCause,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    Session,
    SessionStatus,
)
from academy_pages.templatetags.academy_tags import euro
from intranet.mail import absolute_url, templated_mail

SUBJECTS = {
    "confirmed": _("Registration confirmed: %(title)s"),
    "waiting": _("You are on the waiting list: %(title)s"),
    "pending": _("Your registration awaits approval: %(title)s"),
    "approval_request": _("Approval requested: %(name)s for %(title)s"),
    "approved": _("Your registration has been approved: %(title)s"),
    "declined": _("Your registration has been declined: %(title)s"),
    "promoted": _("A place has become available for you: %(title)s"),
    "cancelled": _("Registration cancelled: %(title)s"),
    "session_cancelled": _("Cancelled: %(title)s"),
    "session_updated": _("Changed: %(title)s"),
    "reminder": _("Reminder: %(title)s on %(date)s"),
}
EMPLOYEE_CANCELLATIONS = (ChangeCause.CANCELLED_BY_EMPLOYEE, ChangeCause.CANCELLED_BY_COORDINATION)


# Signal receivers: connected in AcademyPagesConfig.ready().


def on_registration_changed(sender, registration, change, previous_status, **kwargs):
    if change.cause == ChangeCause.SESSION_CANCELLED:
        # on_session_cancelled tells everyone once the whole session has been cancelled.
        return
    tasks.send_change_mails.enqueue(change.pk)


def on_session_cancelled(sender, session, actor, **kwargs):
    changes = RegistrationChange.objects.filter(
        registration__session=session, cause=ChangeCause.SESSION_CANCELLED
    ).values_list("pk", flat=True)
    for change_id in changes:
        tasks.send_change_mails.enqueue(change_id)


def connect_signals():
    """Listen to the registration workflow (called once from AcademyPagesConfig.ready())."""
    workflow.registration_changed.connect(
        on_registration_changed, dispatch_uid="academy_pages.notifications.registration_changed"
    )
    workflow.session_cancelled.connect(
        on_session_cancelled, dispatch_uid="academy_pages.notifications.session_cancelled"
    )


@contextlib.contextmanager
def paused():
    """Send no mails for workflow changes committed inside this block (demo content, imports).

    The signals fire when the transaction commits, so wrap the whole transaction.
    """
    workflow.registration_changed.disconnect(dispatch_uid="academy_pages.notifications.registration_changed")
    workflow.session_cancelled.disconnect(dispatch_uid="academy_pages.notifications.session_cancelled")
    try:
        yield
    finally:
        connect_signals()


# Public functions.


def session_changed(session, *, previous_day_count=None):
    """A session's days, times or place changed: raise its sequence and send updated invites.

    Call it after the session and its days have been saved (the admin does). Every confirmed
    participant gets a mail with an .ics REQUEST carrying the higher SEQUENCE, so their calendar
    entry moves. When the session lost days (`previous_day_count` larger than its number of
    days now), the mail also cancels those. A reminder already sent is sent again when the new
    first day is far enough away for a new reminder. Returns the number of participants told.
    """
    with transaction.atomic():
        locked = Session.objects.select_for_update().get(pk=session.pk)
        if locked.status == SessionStatus.CANCELLED:
            return 0
        locked.calendar_sequence += 1
        locked.save(update_fields=["calendar_sequence"])
        session.calendar_sequence = locked.calendar_sequence
        confirmed = locked.registrations.confirmed()
        first_day = locked.first_day
        if (
            first_day is not None
            and reminders.reminder_date(first_day, reminders.reminder_working_days()) > timezone.localdate()
        ):
            confirmed.filter(reminder_sent_at__isnull=False).update(reminder_sent_at=None)
        registration_ids = list(confirmed.values_list("pk", flat=True))

        def enqueue():
            for registration_id in registration_ids:
                tasks.send_session_update_mail.enqueue(registration_id, previous_day_count)

        transaction.on_commit(enqueue)
    return len(registration_ids)


def send_change_mails(change_id):
    """Send the mails for one RegistrationChange; returns how many were sent."""
    change = RegistrationChange.objects.filter(pk=change_id).first()
    if change is None:
        return 0
    messages = mails_for_change(change)
    _send(messages)
    return len(messages)


def send_session_update_mail(registration_id, *, previous_day_count=None):
    """Mail one participant the new details of their session with the updated invite."""
    registration = _registration(registration_id)
    if registration is None or not _has_place(registration):
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        message = _mail("session_updated", registration, invite=calendar.REQUEST)
        day_count = len(registration.session.sorted_days)
        if previous_day_count and previous_day_count > day_count:
            dropped = range(day_count + 1, previous_day_count + 1)
            # One METHOD per message goes inline; the dropped days come as a file of their own.
            calendar.attach_file(
                message,
                calendar.cancelled_days_calendar(registration, dropped),
                filename=str(_("cancellation.ics")),
            )
    _send([message])
    return 1


def send_reminder_mail(registration_id):
    """Mail one participant the reminder; nothing when they no longer have a place."""
    registration = _registration(registration_id)
    if registration is None or not _has_place(registration):
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        first_day = registration.session.first_day
        message = _mail(
            "reminder",
            registration,
            subject_date=formats.date_format(first_day, "l j F") if first_day else "",
        )
    _send([message])
    return 1


def mails_for_change(change):
    """The mails (EmailMultiAlternatives, not sent) that tell people about `change`."""
    registration = _registration(change.registration_id)
    if registration is None:
        return []
    cause, status = change.cause, change.to_status
    with translation.override(settings.LANGUAGE_CODE):
        if cause == ChangeCause.REGISTERED:
            if status == RegistrationStatus.CONFIRMED:
                return [_mail("confirmed", registration, invite=calendar.REQUEST)]
            if status == RegistrationStatus.WAITING:
                return [_mail("waiting", registration, position=waiting_position(registration))]
            if status == RegistrationStatus.PENDING_APPROVAL:
                return _approval_mails(registration)
        elif cause == ChangeCause.APPROVED:
            placed = status == RegistrationStatus.CONFIRMED
            return [
                _mail(
                    "approved",
                    registration,
                    invite=calendar.REQUEST if placed else None,
                    placed=placed,
                    position=None if placed else waiting_position(registration),
                )
            ]
        elif cause == ChangeCause.DECLINED:
            return [_mail("declined", registration, reason=change.reason)]
        elif cause == ChangeCause.PROMOTED:
            return [_mail("promoted", registration, invite=calendar.REQUEST)]
        elif cause in EMPLOYEE_CANCELLATIONS:
            return [
                _mail(
                    "cancelled",
                    registration,
                    invite=calendar.CANCEL if change.from_status == RegistrationStatus.CONFIRMED else None,
                    reason=change.reason,
                    by_coordination_point=cause == ChangeCause.CANCELLED_BY_COORDINATION,
                )
            ]
        elif cause == ChangeCause.SESSION_CANCELLED:
            return [
                _mail(
                    "session_cancelled",
                    registration,
                    invite=calendar.CANCEL if change.from_status == RegistrationStatus.CONFIRMED else None,
                    reason=change.reason or registration.session.cancellation_reason,
                )
            ]
    return []


def waiting_position(registration):
    """1 for the first on the waiting list, or None when the registration is not on it."""
    waiting = list(
        Registration.objects.filter(session_id=registration.session_id)
        .waiting_list()
        .values_list("pk", flat=True)
    )
    return waiting.index(registration.pk) + 1 if registration.pk in waiting else None


# Building and sending.


def _approval_mails(registration):
    team_leader = approval.team_leader_of(registration)
    has_team_leader = team_leader is not None and bool(team_leader.email)
    if has_team_leader:
        to = team_leader.email
        greeting_name = team_leader.get_full_name() or team_leader.get_username()
    else:
        coordination_name, to = calendar.coordination_point()
        greeting_name = coordination_name or to
    course = registration.session.course
    request = _mail(
        "approval_request",
        registration,
        to=to,
        greeting_name=greeting_name,
        has_team_leader=has_team_leader,
        team_leader_without_email=team_leader if team_leader is not None and not has_team_leader else None,
        approve_url=approval.approve_url(registration),
        decline_url=approval.decline_url(registration),
        link_days=approval.LINK_MAX_AGE.days,
        costs=euro(course.costs) if course is not None else "",
        answers=_answers(registration),
    )
    waiting_mail = _mail(
        "pending",
        registration,
        has_team_leader=has_team_leader,
        approver_name=greeting_name if has_team_leader else "",
    )
    return [waiting_mail, request]


def _mail(kind, registration, *, invite=None, to=None, subject_date="", **extra):
    """One mail about `registration`, rendered from emails/<kind>.txt and .html."""
    session = registration.session
    if invite == calendar.REQUEST and not _has_place(registration):
        # The registration changed again before this mail went out; a later mail follows.
        invite = None
    context = _context(registration, invite=invite, **extra)
    subject = str(SUBJECTS[kind]) % {
        "title": session.display_title,
        "name": registration.name,
        "date": subject_date,
    }
    message = templated_mail(
        f"academy_pages/emails/{kind}",
        context,
        subject=subject,
        to=[to or registration.email],
        reply_to=[settings.ACADEMY_COORDINATION_EMAIL],
    )
    if invite:
        filename = _("invitation.ics") if invite == calendar.REQUEST else _("cancellation.ics")
        calendar.add_to_mail(
            message, calendar.session_calendar(registration, invite), invite, filename=str(filename)
        )
    return message


def _context(registration, **extra):
    session = registration.session
    offering = session.offering
    deadline = workflow.cancellation_deadline(session)
    coordination_name, coordination_email = calendar.coordination_point()
    context = {
        "registration": registration,
        "session": session,
        "title": session.display_title,
        "offering_url": _page_url(offering),
        "days": session.sorted_days,
        "location": calendar.location_of(session),
        "online_url": session.online_url,
        "trainer": session.trainer,
        "cancellation_deadline": deadline,
        "can_still_cancel": deadline is None or deadline > timezone.now(),
        "ics_url": absolute_url(reverse("academy_ics", args=[registration.pk])),
        "coordination_name": coordination_name,
        "coordination_email": coordination_email,
        "greeting_name": registration.name,
    }
    context.update(extra)
    return context


def _answers(registration):
    """The employee's answers to the course's extra questions, as (question, answer) pairs."""
    answers = registration.answers if isinstance(registration.answers, dict) else {}
    course = registration.session.course
    labels = {question.clean_name: question.label for question in course.questions.all()} if course else {}
    pairs = []
    for key, value in answers.items():
        if isinstance(value, list | tuple):
            value = ", ".join(str(item) for item in value)
        if value not in ("", None):
            pairs.append((labels.get(key, key), value))
    return pairs


def _page_url(page):
    if page is None:
        return ""
    url = page.get_url()
    if not url:
        return ""
    return absolute_url(url)


def _registration(registration_id):
    return (
        Registration.objects.select_related("session__course", "session__event", "user")
        .prefetch_related("session__days")
        .filter(pk=registration_id)
        .first()
    )


def _has_place(registration):
    return registration.status == RegistrationStatus.CONFIRMED and not registration.session.is_cancelled


def _send(messages):
    if messages:
        mail.get_connection().send_messages(messages)
