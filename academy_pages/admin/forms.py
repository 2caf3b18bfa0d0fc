"""Forms of the Academy's admin screens."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from academy_pages.models import Attendance, GoDecision
from academy_pages.models.registrations import REASON_MAX_LENGTH
from intranet.text_limits import LimitedCharField


def _is_readable_id(value):
    """A whole number every database can compare with an id (at most 18 digits)."""
    return value.isascii() and value.isdecimal() and len(value) <= 18


class SessionAdminForm(WagtailAdminModelForm):
    """A session with its days; the rules an editor can break get a Dutch message at the field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            self._replace_unreadable_ids()
        if "capacity" in self.fields:
            self.fields["capacity"].min_value = 1
            self.fields["capacity"].widget.attrs["min"] = 1
            self.fields["capacity"].validators.append(_capacity_at_least_one)

    def _replace_unreadable_ids(self):
        """Wagtail's page choosers look a posted id up as it is, and "abc" or a 30-digit number
        crashes there; such a value becomes 0, an id no object has ("not a valid choice")."""
        data = self.data.copy()
        for name, field in self.fields.items():
            key = self.add_prefix(name)
            value = data.get(key)
            if isinstance(field, forms.ModelChoiceField) and value and not _is_readable_id(value):
                data[key] = "0"
        self.data = data

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
        formset = getattr(self, "formsets", {}).get("days")
        if formset is None:
            return
        # Validating the formset fills each day form's cleaned_data; the checks below also run
        # when a day has other errors, so every problem is reported at once, at its own day.
        formset.is_valid()
        days = [
            (form, *(_value(form, name) for name in ("date", "start_time", "end_time")))
            for form in formset.forms
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]
        days = [(form, date, start, end) for form, date, start, end in days if date is not None]
        if not days:
            raise ValidationError(_("Add at least one day to the session."), code="no_days")
        seen = set()
        previous = None
        for form, date, start, end in days:
            if date in seen:
                form.add_error("date", _("Each day of a session needs its own date."))
            elif previous is not None and date < previous:
                form.add_error("date", _("Put the days in date order, earliest first."))
            seen.add(date)
            previous = date
            if start and end and end <= start:
                form.add_error(
                    "end_time",
                    _("On %(date)s the end time is not after the start time.")
                    % {"date": date.strftime("%d-%m-%Y")},
                )
        deadline = cleaned.get("registration_deadline")
        _form, first_date, first_start, _end = min(days, key=lambda day: day[1])
        if deadline is not None and first_start:
            starts_at = timezone.make_aware(datetime.datetime.combine(first_date, first_start))
            if deadline > starts_at:
                self.add_error(
                    "registration_deadline",
                    _("The registration deadline must be before the first day starts."),
                )


def _value(form, name):
    """A day form's cleaned value, also when formset validation already removed it."""
    if name in form.cleaned_data:
        return form.cleaned_data[name]
    try:
        return form.fields[name].clean(form[name].data)
    except ValidationError:
        return None


def _capacity_at_least_one(value):
    if value is not None and value < 1:
        raise ValidationError(_("A session needs room for at least one participant."), code="capacity")


class TrainingProviderAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("contract_start"), cleaned.get("contract_end")
        if start and end and end < start:
            self.add_error("contract_end", _("The contract cannot end before it starts."))
        price = cleaned.get("price_per_session")
        if price is not None and price < 0:
            self.add_error("price_per_session", _("The price cannot be negative."))
        return cleaned


class ReasonForm(forms.Form):
    reason = LimitedCharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Give a reason.")},
    )


class CancelRegistrationForm(forms.Form):
    reason = LimitedCharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )


class GoDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(GoDecision.GO, GoDecision.GO.label), (GoDecision.NO_GO, GoDecision.NO_GO.label)],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose go or no go."), "invalid_choice": _("Choose go or no go.")},
    )
    reason = LimitedCharField(
        label=_("Reason for cancelling (no go)"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
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
