"""Forms of the Academy's admin screens."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from academy_pages.models import Attendance, GoDecision


class SessionAdminForm(WagtailAdminModelForm):
    """A session with its days; the rules an editor can break get a Dutch message at the field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "capacity" in self.fields:
            self.fields["capacity"].min_value = 1
            self.fields["capacity"].widget.attrs["min"] = 1
            self.fields["capacity"].validators.append(_capacity_at_least_one)

    def clean(self):
        cleaned = super().clean()
        course, event, slot = cleaned.get("course"), cleaned.get("event"), cleaned.get("slot")
        if course and event:
            self.add_error("event", _("Choose a course or an event day, not both."))
        elif not course and not event and "course" not in self.errors and "event" not in self.errors:
            self.add_error("course", _("Choose the course (or the event day) this session belongs to."))
        if slot is not None:
            if event is None:
                self.add_error("slot", _("A time slot is only for a workshop of an event day."))
            elif slot.event_id != event.pk:
                self.add_error("slot", _("This time slot belongs to another event day."))
        if event is not None and not cleaned.get("title"):
            self.add_error("title", _("Give the workshop a title."))
        self._clean_days(cleaned)
        return cleaned

    def _clean_days(self, cleaned):
        formset = self.formsets.get("days") if hasattr(self, "formsets") else None
        if formset is None or not formset.is_valid():
            return
        days = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        if not days:
            raise ValidationError(_("Add at least one day to the session."), code="no_days")
        dates = [day["date"] for day in days]
        if len(set(dates)) != len(dates):
            raise ValidationError(_("Each day of a session needs its own date."), code="duplicate_day")
        for day in days:
            if day["end_time"] <= day["start_time"]:
                raise ValidationError(
                    _("On %(date)s the end time is not after the start time.")
                    % {"date": day["date"].strftime("%d-%m-%Y")},
                    code="day_order",
                )
        if dates != sorted(dates):
            raise ValidationError(_("Put the days in date order, earliest first."), code="day_order")
        deadline = cleaned.get("registration_deadline")
        if deadline is not None:
            first = min(days, key=lambda day: day["date"])
            starts_at = timezone.make_aware(datetime.datetime.combine(first["date"], first["start_time"]))
            if deadline > starts_at:
                self.add_error(
                    "registration_deadline",
                    _("The registration deadline must be before the first day starts."),
                )


def _capacity_at_least_one(value):
    if value is not None and value < 1:
        raise ValidationError(_("A session needs room for at least one participant."), code="capacity")


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Give a reason.")},
    )


class CancelRegistrationForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), required=False)


class GoDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(GoDecision.GO, GoDecision.GO.label), (GoDecision.NO_GO, GoDecision.NO_GO.label)],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose go or no go."), "invalid_choice": _("Choose go or no go.")},
    )
    reason = forms.CharField(
        label=_("Reason for cancelling (no go)"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == GoDecision.NO_GO and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Give a reason: everyone registered will receive it."))
        return cleaned


class AttendanceForm(forms.Form):
    """One choice per confirmed participant, named attendance-<registration id>."""

    CHOICES = [
        (Attendance.UNKNOWN, Attendance.UNKNOWN.label),
        (Attendance.PRESENT, Attendance.PRESENT.label),
        (Attendance.ABSENT, Attendance.ABSENT.label),
    ]

    def __init__(self, *args, registrations, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = registrations
        for registration in registrations:
            self.fields[self.field_name(registration)] = forms.ChoiceField(
                label=registration.name,
                choices=self.CHOICES,
                initial=registration.attendance,
                required=False,
                widget=forms.RadioSelect,
            )

    @staticmethod
    def field_name(registration):
        return f"attendance-{registration.pk}"

    def rows(self):
        return [(registration, self[self.field_name(registration)]) for registration in self.registrations]

    def attendance_by_registration(self):
        # Only rows that were on the submitted form: someone confirmed in the meantime keeps
        # whatever was recorded for them.
        return {
            registration.pk: self.cleaned_data.get(self.field_name(registration)) or Attendance.UNKNOWN
            for registration in self.registrations
            if self.field_name(registration) in self.data
        }
