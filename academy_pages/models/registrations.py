"""Registrations for sessions, their history, and the participants' evaluations."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# A reason (cancelling, declining) goes into a mail to the employee or to everyone registered:
# a short paragraph, which 1,000 characters leaves ample room for.
REASON_MAX_LENGTH = 1000
# "What did you learn?" and "Remarks": room for a thorough answer of about a page and a half.
EVALUATION_TEXT_MAX_LENGTH = 4000


class RegistrationStatus(models.TextChoices):
    PENDING_APPROVAL = "pending_approval", _("Awaiting team leader approval")
    CONFIRMED = "confirmed", _("Registered")
    WAITING = "waiting", _("On the waiting list")
    DECLINED = "declined", _("Declined by team leader")
    CANCELLED = "cancelled", _("Cancelled")


# A person has at most one registration in these states per session.
ACTIVE_STATUSES = [
    RegistrationStatus.PENDING_APPROVAL,
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITING,
]


class ActorRole(models.TextChoices):
    EMPLOYEE = "employee", _("Employee")
    TEAM_LEADER = "team_leader", _("Team leader")
    COORDINATION_POINT = "coordination_point", _("Coordination point")
    SYSTEM = "system", _("Automatic")


class ChangeCause(models.TextChoices):
    """Why a registration changed; the reports count cancellations by cause."""

    REGISTERED = "registered", _("Registered")
    APPROVED = "approved", _("Approved by team leader")
    DECLINED = "declined", _("Declined by team leader")
    PROMOTED = "promoted", _("Moved up from the waiting list")
    CANCELLED_BY_EMPLOYEE = "cancelled_by_employee", _("Cancelled by the employee")
    CANCELLED_BY_COORDINATION = "cancelled_by_coordination", _("Cancelled by the coordination point")
    SESSION_CANCELLED = "session_cancelled", _("Session cancelled")


class Attendance(models.TextChoices):
    UNKNOWN = "", _("Not recorded")
    PRESENT = "present", _("Present")
    ABSENT = "absent", _("Absent")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting_list(self):
        """The waiting list in order: first come, first served."""
        return self.filter(status=RegistrationStatus.WAITING).order_by("queued_at", "pk")


class Registration(models.Model):
    """An employee's registration for one session."""

    session = models.ForeignKey(
        "academy_pages.Session",
        on_delete=models.PROTECT,
        related_name="registrations",
        verbose_name=_("session"),
    )
    # Empty only once the registration is anonymised (academy_pages.privacy).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="academy_registrations",
        verbose_name=_("employee"),
    )
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    # Taken from the account and profile when registering (registration.account_details) and
    # kept as they were then: lists, mails and reports show who registered, even after the
    # account changes.
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    team = models.CharField(_("team"), max_length=150, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=Attendance.choices, default=Attendance.UNKNOWN, blank=True
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True, db_index=True)
    # When the registration joined the waiting list; the list is served in this order.
    queued_at = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True, editable=False)
    # Set when the registration of an event day's workshop is anonymised: the same number for
    # one employee's workshops of that event day and unique within it, so the evaluation report
    # still counts distinct colleagues per event day. It says nothing across event days.
    anonymous_participant = models.PositiveIntegerField(null=True, blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        permissions = [("view_academy_report", "Can view the Academy status report")]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=Q(status__in=ACTIVE_STATUSES),
                name="one_active_registration_per_session",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.session}"

    @property
    def is_active(self):
        return self.status in ACTIVE_STATUSES


class RegistrationChange(models.Model):
    """One status change of a registration: who, when, from, to, and why."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="changes", verbose_name=_("registration")
    )
    from_status = models.CharField(_("from"), max_length=20, choices=RegistrationStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=RegistrationStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    actor_role = models.CharField(_("role"), max_length=20, choices=ActorRole.choices)
    cause = models.CharField(_("cause"), max_length=30, choices=ChangeCause.choices)
    reason = models.TextField(_("reason"), blank=True, max_length=REASON_MAX_LENGTH)
    created_at = models.DateTimeField(_("changed at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration change")
        verbose_name_plural = _("registration changes")

    def __str__(self):
        return f"{self.registration_id}: {self.from_status or '-'} → {self.to_status}"


class Evaluation(models.Model):
    """A participant's short evaluation after the session."""

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, related_name="evaluation", verbose_name=_("registration")
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(10)], help_text=_("From 1 to 10.")
    )
    learned = models.TextField(_("what did you learn?"), blank=True, max_length=EVALUATION_TEXT_MAX_LENGTH)
    remarks = models.TextField(_("remarks"), blank=True, max_length=EVALUATION_TEXT_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__gte=1) & Q(rating__lte=10), name="evaluation_rating_1_to_10"
            )
        ]

    def __str__(self):
        return f"{self.registration}: {self.rating}"
