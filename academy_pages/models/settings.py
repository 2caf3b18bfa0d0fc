import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="calendar")
class AcademySettings(BaseSiteSetting):
    """Academy-wide choices of the coordination point."""

    launch_date = models.DateField(
        _("launch date"),
        default=datetime.date(2022, 4, 12),
        help_text=_("The Academy's launch; the report counts sessions from this date."),
    )
    reminder_working_days = models.PositiveSmallIntegerField(
        _("reminder (working days before)"),
        default=2,
        help_text=_("Participants get a reminder this many working days before the first day."),
    )
    minimum_check_days = models.PositiveSmallIntegerField(
        _("minimum check (days before)"),
        default=14,
        help_text=_("Sessions under their minimum this many days before the start are flagged."),
    )

    class Meta:
        verbose_name = _("Academy settings")
