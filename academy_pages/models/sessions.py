"""Sessions ("uitvoeringen") of a course, and the workshops of an event day."""

import datetime
import uuid
from urllib.parse import urlsplit

from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from academy_pages.models.registrations import REASON_MAX_LENGTH

# A dagdeel is a morning or an afternoon; anything longer than this counts as a whole day.
LONGEST_DAY_PART = datetime.timedelta(hours=5)
# Online links people recognise as a Microsoft Teams meeting.
TEAMS_HOSTS = {"teams.microsoft.com", "teams.live.com"}


class SessionFormat(models.TextChoices):
    PHYSICAL = "fysiek", _("On location")
    ONLINE = "online", _("Online")
    HYBRID = "hybride", _("Hybrid")


class SessionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CANCELLED = "cancelled", _("Cancelled")


class GoDecision(models.TextChoices):
    UNDECIDED = "", _("Not decided")
    GO = "go", _("Go")
    NO_GO = "no_go", _("No go")


class EventSlot(models.Model):
    """A time slot in an event day's programme; its workshops run in parallel."""

    event = models.ForeignKey(
        "academy_pages.EventPage", on_delete=models.CASCADE, related_name="slots", verbose_name=_("event")
    )
    title = models.CharField(_("title"), max_length=100, help_text=_("For example: Ronde 1."))
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    class Meta:
        ordering = ["start"]
        verbose_name = _("time slot")
        verbose_name_plural = _("time slots")
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="slot_ends_after_start")
        ]

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.start):%H:%M}–{timezone.localtime(self.end):%H:%M})"


def first_day_of(session=None):
    """The date of a session's first day, as a subquery: an annotation that does not join (and
    so multiply) the session's days. ``session`` refers to the session, ``OuterRef("pk")`` when the
    outer query is on sessions."""
    session = session if session is not None else OuterRef("pk")
    return Subquery(SessionDay.objects.filter(session=session).order_by("date").values("date")[:1])


class SessionQuerySet(models.QuerySet):
    def with_first_day(self):
        return self.annotate(first_day=first_day_of())

    def planned(self):
        return self.filter(status=SessionStatus.PLANNED)

    def cancelled(self):
        return self.filter(status=SessionStatus.CANCELLED)

    def of_courses(self):
        return self.filter(course__isnull=False)

    def upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.planned().with_first_day().filter(first_day__gte=today).order_by("first_day", "pk")

    def with_counts(self):
        """``confirmed_count``, ``waiting_count`` and the free places (``places_left``)."""
        from academy_pages.models.registrations import RegistrationStatus

        return self.annotate(
            # distinct: other annotations (with_first_day) join the days, which multiplies rows.
            confirmed_count=Count(
                "registrations",
                filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                distinct=True,
            ),
            waiting_count=Count(
                "registrations", filter=Q(registrations__status=RegistrationStatus.WAITING), distinct=True
            ),
        ).annotate(places_left=Greatest(F("capacity") - F("confirmed_count"), Value(0)))


class Session(ClusterableModel):
    """One run of a course ("uitvoering"), or one workshop of an event day.

    Exactly one of `course` and `event` is set. Registrations always point at a session, so an
    event's workshops use the same registration rules as courses.
    """

    course = models.ForeignKey(
        "academy_pages.CoursePage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sessions",
        verbose_name=_("course"),
    )
    event = models.ForeignKey(
        "academy_pages.EventPage",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="workshops",
        verbose_name=_("event"),
    )
    slot = models.ForeignKey(
        EventSlot,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="workshops",
        verbose_name=_("time slot"),
        help_text=_("Only for workshops of an event day."),
    )
    title = models.CharField(
        _("title"),
        max_length=150,
        blank=True,
        help_text=_("Needed for a workshop; for a course session the course title is used."),
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One line about the workshop, shown in the event day's programme."),
    )
    format = models.CharField(
        _("format"), max_length=10, choices=SessionFormat.choices, default=SessionFormat.PHYSICAL
    )
    location = models.CharField(_("location"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    trainer = models.CharField(_("trainer"), max_length=150, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), help_text=_("Maximum number of participants."))
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Empty: registration is open until the start of the first day."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=SessionStatus.choices, default=SessionStatus.PLANNED
    )
    cancellation_reason = models.TextField(
        _("reason for cancellation"), blank=True, max_length=REASON_MAX_LENGTH
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    go_decision = models.CharField(
        _("go / no-go"), max_length=10, choices=GoDecision.choices, default=GoDecision.UNDECIDED, blank=True
    )
    # Calendar invites: a stable UID and a SEQUENCE raised on every change, so mail clients
    # update or remove the entry they already have.
    calendar_uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=(Q(course__isnull=False) & Q(event__isnull=True))
                | (Q(course__isnull=True) & Q(event__isnull=False)),
                name="session_belongs_to_course_or_event",
            ),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="session_capacity_positive"),
        ]

    def __str__(self):
        first = self.first_day
        return f"{self.display_title} ({first:%d-%m-%Y})" if first else self.display_title

    @property
    def display_title(self):
        if self.title:
            return self.title
        return self.course.title if self.course_id else ""

    @property
    def offering(self):
        """The page employees register on: the course, or the event of a workshop."""
        return self.course if self.course_id else self.event

    @property
    def is_cancelled(self):
        return self.status == SessionStatus.CANCELLED

    @property
    def sorted_days(self):
        # Uses the prefetch cache when the caller prefetched `days`.
        return sorted(self.days.all(), key=lambda day: (day.date, day.start_time))

    @property
    def first_day(self):
        # SessionQuerySet.with_first_day() annotates the same value; use it when present.
        if "_first_day" in self.__dict__:
            return self.__dict__["_first_day"]
        days = self.sorted_days
        return days[0].date if days else None

    @first_day.setter
    def first_day(self, value):
        # Lets the `first_day` annotation load onto instances instead of raising AttributeError.
        self.__dict__["_first_day"] = value

    @property
    def starts_at(self):
        days = self.sorted_days
        return days[0].start if days else None

    @property
    def ends_at(self):
        days = self.sorted_days
        return days[-1].end if days else None

    @property
    def effective_deadline(self):
        return self.registration_deadline or self.starts_at

    @property
    def online_link_label(self):
        """What the online link says: the meeting service people know, else the link's host."""
        host = urlsplit(self.online_url).hostname or ""
        host = host.removeprefix("www.")
        if host in TEAMS_HOSTS:
            return _("Join via Teams")
        return _("Join via %(host)s") % {"host": host} if host else ""

    @property
    def duration_label(self):
        """ "1 dag", "3 dagdelen": whole days when every day is one, otherwise parts of a day."""
        days = self.sorted_days
        if not days:
            return ""
        parts = [day.day_parts for day in days]
        if all(part == 2 for part in parts):
            return ngettext("%(count)s day", "%(count)s days", len(parts)) % {"count": len(parts)}
        total = sum(parts)
        return ngettext("%(count)s part of a day", "%(count)s parts of a day", total) % {"count": total}


class SessionDay(models.Model):
    """One day of a (possibly multi-day) session."""

    session = ParentalKey(Session, on_delete=models.CASCADE, related_name="days", verbose_name=_("session"))
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"), default=datetime.time(9, 0))
    end_time = models.TimeField(_("end time"), default=datetime.time(12, 30))

    class Meta:
        ordering = ["date", "start_time"]
        verbose_name = _("session day")
        verbose_name_plural = _("session days")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")), name="day_ends_after_start"
            ),
            models.UniqueConstraint(fields=["session", "date"], name="one_entry_per_session_day"),
        ]

    def __str__(self):
        return f"{self.date:%d-%m-%Y} {self.start_time:%H:%M}–{self.end_time:%H:%M}"

    @property
    def day_parts(self):
        """A morning or an afternoon is one part of the day ("dagdeel"); a longer day is two."""
        start = datetime.datetime.combine(self.date, self.start_time)
        end = datetime.datetime.combine(self.date, self.end_time)
        return 2 if end - start > LONGEST_DAY_PART else 1

    @property
    def start(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.start_time))

    @property
    def end(self):
        return timezone.make_aware(datetime.datetime.combine(self.date, self.end_time))
