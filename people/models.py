"""Employees and teams: who works where, and who their team leader is; and the records that
protect their accounts (address changes, failed logins, password reset requests)."""

from axes.models import AccessAttempt
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Team(models.Model):
    """An afdeling or team of the municipality; editors manage the list."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    department = models.CharField(
        _("department"),
        max_length=150,
        blank=True,
        help_text=_("The afdeling this team belongs to, if any."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self):
        return self.name


class EmployeeProfileQuerySet(models.QuerySet):
    def for_user(self, user):
        """The user's profile with team and team leader loaded; made if it is missing."""
        profile = self.select_related("team", "team_leader").filter(user=user).first()
        if profile is None:
            profile, _created = self.get_or_create(user=user)
        return profile


class EmployeeProfile(models.Model):
    """What the intranet knows about an employee beyond their login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="profile",
        verbose_name=_("user"),
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("team"),
    )
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    team_leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="team_members",
        verbose_name=_("team leader"),
        help_text=_("Approves training requests and follows onboarding progress."),
    )
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        help_text=_("First working day at the municipality; onboarding counts from this date."),
    )

    objects = EmployeeProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("employee profile")
        verbose_name_plural = _("employee profiles")
        permissions = [("import_employees", _("Can import employees from a CSV file"))]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()


class EmailChangeStatus(models.TextChoices):
    PENDING = "pending", _("awaiting confirmation")
    CONFIRMED = "confirmed", _("confirmed")
    CANCELLED = "cancelled", _("cancelled")


class EmailChangeRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=EmailChangeStatus.PENDING)


class EmailChangeRequest(models.Model):
    """A new e-mail address for an account that only counts once the account holder confirms it.

    See people.email_change for when a change needs confirmation and how the link works.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="email_change_requests",
        verbose_name=_("user"),
    )
    old_email = models.EmailField(_("old e-mail address"), blank=True)
    new_email = models.EmailField(_("new e-mail address"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=20, choices=EmailChangeStatus.choices, default=EmailChangeStatus.PENDING
    )
    decided_at = models.DateTimeField(_("confirmed or cancelled at"), null=True, blank=True)

    objects = EmailChangeRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("e-mail address change")
        verbose_name_plural = _("e-mail address changes")

    def __str__(self):
        return f"{self.user} → {self.new_email}"


class LoginAttempt(AccessAttempt):
    """Failed logins as django-axes counts them; this proxy carries the permission to unlock."""

    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [("unlock_logins", _("Can unlock blocked logins"))]
        verbose_name = _("failed login")
        verbose_name_plural = _("failed logins")


class PasswordResetRequest(models.Model):
    """A recent request for a password reset mail, kept for an hour to limit them.

    `key` is an HMAC of the e-mail address or client address (people.throttling), never the
    address itself. Rows older than the limit's window are deleted by the next request.
    """

    class Kind(models.TextChoices):
        EMAIL = "email", _("e-mail address")
        CLIENT = "client", _("client address")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    key = models.CharField(_("key"), max_length=64)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now, db_index=True)

    class Meta:
        default_permissions = ()
        indexes = [models.Index(fields=["kind", "key", "requested_at"], name="people_reset_limit_idx")]
        verbose_name = _("password reset request")
        verbose_name_plural = _("password reset requests")

    def __str__(self):
        return f"{self.kind} {self.requested_at:%Y-%m-%d %H:%M}"
