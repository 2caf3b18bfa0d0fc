"""What the coordination point does with a session's participants in the admin.

Attendance, the participant list as a spreadsheet, mailing that list to the training provider,
and the go / no-go decision for sessions under their minimum. Registration rules themselves
(promote, cancel, cancel_session) live in `academy_pages.registration`; this module calls them.
"""

import datetime

from django.db import transaction
from django.db.models import BooleanField, Case, Count, F, IntegerField, Min, Q, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from academy_pages import registration as workflow
from academy_pages.models import (
    AcademySettings,
    Attendance,
    GoDecision,
    Registration,
    RegistrationStatus,
    Session,
    SessionStatus,
)
from academy_pages.registration import RegistrationError
from intranet.exports import XLSX_CONTENT_TYPE, Table, to_csv, to_xlsx
from intranet.mail import templated_mail


def with_admin_numbers(queryset):
    """Annotate first_date, confirmed_count, waiting_count and attended_count.

    The counts use distinct registrations: joining days and registrations in one query would
    otherwise multiply the counts by the number of days of a multi-day session.
    """
    confirmed = Q(registrations__status=RegistrationStatus.CONFIRMED)
    return queryset.annotate(
        first_date=Min("days__date"),
        confirmed_count=Count("registrations", filter=confirmed, distinct=True),
        waiting_count=Count(
            "registrations", filter=Q(registrations__status=RegistrationStatus.WAITING), distinct=True
        ),
        attended_count=Count(
            "registrations",
            filter=confirmed & Q(registrations__attendance=Attendance.PRESENT),
            distinct=True,
        ),
    )


def minimum_check_days(site=None):
    """The number of days before the start at which the minimum is checked (an editor setting)."""
    if site is None:
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return AcademySettings._meta.get_field("minimum_check_days").default
    return AcademySettings.for_site(site).minimum_check_days


def with_minimum_flag(queryset, *, today=None, check_days=None):
    """Add `below_minimum`: a planned course session under its course's minimum, starting soon.

    Soon means from today up to `check_days` days from today (AcademySettings.minimum_check_days
    by default); sessions further away still have time to fill up, and past sessions need no
    decision any more. Also annotates everything `with_admin_numbers` does.
    """
    today = today or timezone.localdate()
    if check_days is None:
        check_days = minimum_check_days()
    return with_admin_numbers(queryset).annotate(
        min_participants=F("course__min_participants"),
        below_minimum=Case(
            When(
                Q(status=SessionStatus.PLANNED, course__isnull=False)
                & Q(first_date__gte=today, first_date__lte=today + datetime.timedelta(days=check_days))
                & Q(confirmed_count__lt=F("course__min_participants")),
                then=Value(True),
            ),
            default=Value(False),
            output_field=BooleanField(),
        ),
    )


def sessions_below_minimum(*, today=None, check_days=None):
    """The sessions flagged for a go / no-go decision (see `with_minimum_flag`)."""
    return with_minimum_flag(Session.objects.all(), today=today, check_days=check_days).filter(
        below_minimum=True
    )


def is_below_minimum(session, *, today=None, check_days=None):
    """Whether this one session is flagged (see `sessions_below_minimum`)."""
    return sessions_below_minimum(today=today, check_days=check_days).filter(pk=session.pk).exists()


def decide_go(session, decision, actor, *, reason=""):
    """Record the go / no-go decision; "no go" cancels the session with the given reason.

    Cancelling goes through `registration.cancel_session`, so every participant is told and the
    registrations' history says "session cancelled". Nothing is saved when cancelling fails.
    """
    if decision not in (GoDecision.GO, GoDecision.NO_GO):
        raise RegistrationError(_("Choose go or no go."), "invalid_decision")
    with transaction.atomic():
        if decision == GoDecision.NO_GO:
            session = workflow.cancel_session(session, actor, reason=reason)
        else:
            session = Session.objects.select_for_update(of=("self",)).get(pk=session.pk)
            if session.status == SessionStatus.CANCELLED:
                raise RegistrationError(_("This session has already been cancelled."), "already_cancelled")
        Session.objects.filter(pk=session.pk).update(go_decision=decision)
        session.go_decision = decision
    return session


def participants(session):
    """The session's registrations, waiting list in queue order, with what the list shows.

    `team_shown` is the team the registration recorded or, when it recorded none (the employee
    had no team in their profile yet), the team their profile names now.
    """
    return list(
        Registration.objects.filter(session=session)
        .select_related("user")
        .annotate(
            status_order=_status_order(),
            team_shown=Coalesce(NullIf("team", Value("")), "user__profile__team__name", Value("")),
        )
        .order_by("status_order", "queued_at", "created_at", "pk")
    )


def _status_order():
    order = [
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.PENDING_APPROVAL,
        RegistrationStatus.WAITING,
        RegistrationStatus.DECLINED,
        RegistrationStatus.CANCELLED,
    ]
    return Case(
        *[When(status=status, then=Value(index)) for index, status in enumerate(order)],
        output_field=IntegerField(),
    )


def registration_history(registration):
    """The status changes of one registration, oldest first, with who made them."""
    return list(registration.changes.select_related("actor").order_by("created_at", "pk"))


def mark_attendance(session, attendance_by_registration, actor=None):
    """Set attendance (present / absent / not recorded) for confirmed registrations of `session`.

    `attendance_by_registration` maps registration ids to an `Attendance` value. Ids of other
    sessions or of registrations that are not confirmed are refused as a whole, so a tampered
    form changes nothing. Returns the number of registrations whose attendance changed; each of
    them is announced with `registration.attendance_recorded` after commit.
    """
    valid = set(Attendance.values)
    if any(value not in valid for value in attendance_by_registration.values()):
        raise RegistrationError(_("Unknown attendance value."), "invalid_attendance")
    with transaction.atomic():
        registrations = {
            registration.pk: registration
            for registration in Registration.objects.select_for_update().filter(
                session=session, pk__in=list(attendance_by_registration)
            )
        }
        if set(registrations) != set(attendance_by_registration) or any(
            registration.status != RegistrationStatus.CONFIRMED for registration in registrations.values()
        ):
            raise RegistrationError(
                _("Attendance can only be recorded for registered participants of this session."),
                "not_a_participant",
            )
        changed = [
            registration
            for pk, registration in registrations.items()
            if registration.attendance != attendance_by_registration[pk]
        ]
        for registration in changed:
            registration.attendance = attendance_by_registration[registration.pk]
        Registration.objects.bulk_update(changed, ["attendance"])
        for registration in changed:
            transaction.on_commit(
                lambda registration=registration: workflow.attendance_recorded.send(
                    sender=Registration,
                    registration=registration,
                    attendance=registration.attendance,
                    actor=actor,
                )
            )
    return len(changed)


def export_table(session):
    """Headings and rows of the participant list (for XLSX, CSV and the provider's mail)."""
    headings = [
        str(_("Name")),
        str(_("E-mail")),
        str(_("Team")),
        str(_("Status")),
        str(_("Attendance")),
        str(_("Registered at")),
    ]
    rows = [
        [
            registration.name,
            registration.email,
            registration.team_shown,
            str(registration.get_status_display()),
            str(registration.get_attendance_display()) if registration.attendance else "",
            timezone.localtime(registration.created_at).strftime("%d-%m-%Y %H:%M"),
        ]
        for registration in participants(session)
        if registration.status != RegistrationStatus.DECLINED
    ]
    return headings, rows


def export_filename(session, extension):
    first_day = session.first_day
    stamp = f"{first_day:%Y-%m-%d}-" if first_day else ""
    return f"deelnemers-{stamp}{slugify(session.display_title)[:60]}.{extension}"


def participants_xlsx(session):
    """The participant list as XLSX; what employees typed is written as inert text."""
    headings, rows = export_table(session)
    return to_xlsx(Table(headings, rows, title=str(_("Participants"))))


def participants_csv(session):
    headings, rows = export_table(session)
    return to_csv(Table(headings, rows))


def mail_participant_list(session, actor=None):
    """Mail the participant list (XLSX attached) to the session's training provider.

    Raises RegistrationError with a Dutch message when the session has no provider or the
    provider has no e-mail address; nothing is sent then.
    """
    session = (
        Session.objects.select_related("course__provider", "event")
        .prefetch_related("days")
        .get(pk=session.pk)
    )
    provider = session.course.provider if session.course_id else None
    if provider is None:
        raise RegistrationError(_("This session has no training provider to mail."), "no_provider")
    if not provider.email:
        raise RegistrationError(
            _("%(provider)s has no e-mail address. Add one to the provider first.")
            % {"provider": provider.name},
            "no_provider_email",
        )
    headings, rows = export_table(session)
    confirmed = [row for row in rows if row[3] == str(RegistrationStatus.CONFIRMED.label)]
    context = {
        "session": session,
        "provider": provider,
        "days": [
            {
                "date": date_format(day.date, "l j F Y"),
                "start": day.start_time.strftime("%H:%M"),
                "end": day.end_time.strftime("%H:%M"),
            }
            for day in session.sorted_days
        ],
        "confirmed_count": len(confirmed),
        "sender": actor.get_full_name() if actor is not None and actor.get_full_name() else "",
    }
    subject = _("Participant list: %(title)s") % {"title": session.display_title}
    message = templated_mail(
        "academy_pages/emails/participant_list",
        context,
        subject=subject,
        to=[provider.email],
        reply_to=[actor.email] if actor is not None and actor.email else None,
    )
    # The provider opens this file outside our walls: the same escaped XLSX as the download.
    message.attach(
        export_filename(session, "xlsx"),
        to_xlsx(Table(headings, rows, title=str(_("Participants")))),
        XLSX_CONTENT_TYPE,
    )
    message.send()
    return provider.email


__all__ = [
    "decide_go",
    "export_table",
    "is_below_minimum",
    "mail_participant_list",
    "mark_attendance",
    "minimum_check_days",
    "participants",
    "participants_csv",
    "participants_xlsx",
    "registration_history",
    "sessions_below_minimum",
    "with_minimum_flag",
    "with_admin_numbers",
]
