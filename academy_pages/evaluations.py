"""Evaluation averages per session, course, provider, event day and workshop.

Every level is one aggregate query, however many sessions there are. Participants are confirmed
registrations (for an event day: distinct colleagues, as the 2022 Leercafé counted "171 collega's");
the average is over all evaluations given for the level's sessions.
"""

from dataclasses import dataclass

from django.db.models import Avg, Count, Q
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from academy_pages.models import (
    CoursePage,
    EventPage,
    RegistrationStatus,
    Session,
    SessionStatus,
    TrainingProvider,
)
from academy_pages.models.sessions import first_day_of


def format_average(value):
    """An average the Dutch way with one decimal (7,7); a dash when there are no evaluations."""
    if value is None:
        return "–"
    return number_format(round(value, 1), decimal_pos=1, use_l10n=True)


@dataclass(frozen=True)
class Level:
    slug: str
    label: str


LEVELS = [
    Level("session", _("Per session")),
    Level("course", _("Per course")),
    Level("provider", _("Per training provider")),
    Level("event", _("Per event day")),
    Level("workshop", _("Per workshop")),
]
LEVEL_SLUGS = [level.slug for level in LEVELS]


def _confirmed(prefix):
    return Q(**{f"{prefix}status": RegistrationStatus.CONFIRMED})


def session_averages(*, events=False):
    """Per course session (or, with events=True, per event workshop): participants and average."""
    sessions = Session.objects.filter(event__isnull=not events, course__isnull=events)
    return list(
        sessions.annotate(
            first_date=first_day_of(),
            participant_count=Count("registrations", filter=_confirmed("registrations__"), distinct=True),
            evaluation_count=Count("registrations__evaluation"),
            average=Avg("registrations__evaluation__rating"),
        )
        .select_related("course", "event", "slot")
        .order_by("-first_date", "pk")
    )


def course_averages():
    planned = Q(sessions__status=SessionStatus.PLANNED)
    return list(
        CoursePage.objects.annotate(
            session_count=Count("sessions", filter=planned, distinct=True),
            participant_count=Count(
                "sessions__registrations", filter=_confirmed("sessions__registrations__"), distinct=True
            ),
            evaluation_count=Count("sessions__registrations__evaluation"),
            average=Avg("sessions__registrations__evaluation__rating"),
        )
        .select_related("provider")
        .order_by("title", "pk")
    )


def provider_averages():
    path = "courses__sessions"
    return list(
        TrainingProvider.objects.annotate(
            course_count=Count("courses", distinct=True),
            session_count=Count(path, filter=Q(**{f"{path}__status": SessionStatus.PLANNED}), distinct=True),
            participant_count=Count(
                f"{path}__registrations", filter=_confirmed(f"{path}__registrations__"), distinct=True
            ),
            evaluation_count=Count(f"{path}__registrations__evaluation"),
            average=Avg(f"{path}__registrations__evaluation__rating"),
        ).order_by("name", "pk")
    )


def event_averages():
    """Per event day: workshops, distinct participating colleagues, registrations and the average."""
    confirmed = _confirmed("workshops__registrations__")
    return list(
        EventPage.objects.annotate(
            workshop_count=Count(
                "workshops", filter=Q(workshops__status=SessionStatus.PLANNED), distinct=True
            ),
            # Anonymised registrations keep a per-event number instead of the user (privacy.py).
            participant_count=Count("workshops__registrations__user", filter=confirmed, distinct=True)
            + Count("workshops__registrations__anonymous_participant", filter=confirmed, distinct=True),
            registration_count=Count("workshops__registrations", filter=confirmed, distinct=True),
            evaluation_count=Count("workshops__registrations__evaluation"),
            average=Avg("workshops__registrations__evaluation__rating"),
        ).order_by("title", "pk")
    )


def report_table(level):
    """Headings, display rows (averages as 7,7) and raw rows (numbers) for one level."""
    if level not in LEVEL_SLUGS:
        raise ValueError(level)
    participants, evaluations, average = _("Participants"), _("Evaluations"), _("Average rating")
    if level in ("session", "workshop"):
        headings = [
            _("Workshop") if level == "workshop" else _("Session"),
            _("Event day") if level == "workshop" else _("Course"),
            _("First day"),
            _("Status"),
            participants,
            evaluations,
            average,
        ]
        raw = [
            [
                session.display_title,
                (session.event.title if session.event_id else "")
                if level == "workshop"
                else (session.course.title if session.course_id else ""),
                session.first_date,
                str(session.get_status_display()),
                session.participant_count,
                session.evaluation_count,
                session.average,
            ]
            for session in session_averages(events=level == "workshop")
        ]
    elif level == "course":
        headings = [_("Course"), _("Training provider"), _("Sessions"), participants, evaluations, average]
        raw = [
            [
                course.title,
                course.provider.name if course.provider_id else "",
                course.session_count,
                course.participant_count,
                course.evaluation_count,
                course.average,
            ]
            for course in course_averages()
        ]
    elif level == "provider":
        headings = [_("Training provider"), _("Courses"), _("Sessions"), participants, evaluations, average]
        raw = [
            [
                provider.name,
                provider.course_count,
                provider.session_count,
                provider.participant_count,
                provider.evaluation_count,
                provider.average,
            ]
            for provider in provider_averages()
        ]
    else:
        headings = [_("Event day"), _("Workshops"), participants, _("Registrations"), evaluations, average]
        raw = [
            [
                event.title,
                event.workshop_count,
                event.participant_count,
                event.registration_count,
                event.evaluation_count,
                event.average,
            ]
            for event in event_averages()
        ]
    for row in raw:
        if row[-1] is not None:
            row[-1] = round(float(row[-1]), 1)
    display = [[*row[:-1], format_average(row[-1])] for row in raw]
    return [str(heading) for heading in headings], display, raw


__all__ = [
    "LEVELS",
    "course_averages",
    "event_averages",
    "format_average",
    "provider_averages",
    "report_table",
    "session_averages",
]
