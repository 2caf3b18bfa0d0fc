"""Forms employees fill in on the Academy's pages: catalogue filters, registration, evaluation."""

import datetime

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

from academy_pages.models import CourseCategory, Evaluation, SessionFormat, TrainingProvider
from academy_pages.models.registrations import EVALUATION_TEXT_MAX_LENGTH, REASON_MAX_LENGTH
from intranet.text_limits import LimitedCharField, limit_length

# How many months ahead the catalogue's month filter offers.
MONTHS_AHEAD = 12
# An answer to a course's extra question (motivation, experience, dietary wishes) is a few
# sentences; 2,000 characters is about a page. The team leader reads it in the approval mail.
ANSWER_MAX_LENGTH = 2000


def month_choices(today=None):
    """("2026-11", "november 2026") for this month and the next ones."""
    today = today or timezone.localdate()
    choices = []
    year, month = today.year, today.month
    for _step in range(MONTHS_AHEAD):
        first = datetime.date(year, month, 1)
        choices.append((f"{year:04d}-{month:02d}", formats.date_format(first, "F Y")))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return choices


class CatalogueFilterForm(forms.Form):
    """The catalogue's filters. Every field is optional; an unknown value is a field error."""

    categorie = forms.ModelChoiceField(
        label=_("Category"),
        queryset=CourseCategory.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All categories"),
        error_messages={"invalid_choice": _("There is no such category; choose one from the list.")},
    )
    aanbieder = forms.ModelChoiceField(
        label=_("Provider"),
        queryset=TrainingProvider.objects.all(),
        required=False,
        empty_label=_("All providers"),
        error_messages={"invalid_choice": _("There is no such provider; choose one from the list.")},
    )
    vorm = forms.ChoiceField(
        label=_("Format"),
        choices=[("", _("All formats")), *SessionFormat.choices],
        required=False,
        error_messages={"invalid_choice": _("There is no such format; choose one from the list.")},
    )
    maand = forms.ChoiceField(
        label=_("Month"),
        required=False,
        error_messages={"invalid_choice": _("Choose a month from the list.")},
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["maand"].choices = [("", _("Any month")), *month_choices(today)]

    @property
    def month_range(self):
        """(first day, first day of next month) of the chosen month, or None."""
        if not self.is_bound:
            return None
        self.is_valid()  # validates once; cleaned_data then holds the valid fields, even beside errors
        value = self.cleaned_data.get("maand")
        if not value:
            return None
        year, month = (int(part) for part in value.split("-"))
        start = datetime.date(year, month, 1)
        end = datetime.date(year + 1, 1, 1) if month == 12 else datetime.date(year, month + 1, 1)
        return start, end


class RegistrationForm(forms.Form):
    """The course's extra questions; name, e-mail and team are shown, not asked.

    Who registers comes from the account (`registration.account_details`): the form has no
    fields for it, so whatever a client posts for a name or an e-mail address is ignored.
    `account` holds those details for the template to show as text.

    The extra questions are the course's `CourseQuestion` rows, turned into form fields by
    Wagtail's form builder; the answers are stored by question label, so they stay readable
    when an editor later changes or removes a question.
    """

    # The NL Design System textarea turns red on :invalid, so an empty required question would
    # look wrong before the employee typed anything; the server checks every field anyway.
    use_required_attribute = False

    def __init__(self, *args, questions=(), session=None, account=None, **kwargs):
        self.session = session
        self.account = account or {}
        prefix = f"sessie-{session.pk}" if session is not None else None
        kwargs.setdefault("prefix", prefix)
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        self.question_names = []
        for clean_name, field in FormBuilder(self.questions).formfields.items():
            name = f"vraag_{clean_name}"
            if isinstance(field, forms.CharField):
                # One-line answers keep the form builder's shorter limit (255).
                limit_length(field, min(field.max_length or ANSWER_MAX_LENGTH, ANSWER_MAX_LENGTH))
            self.fields[name] = field
            self.question_names.append((name, str(field.label)))

    @property
    def answers(self):
        """The extra questions' answers as JSON-safe values, keyed by question label."""
        answers = {}
        for name, label in self.question_names:
            value = self.cleaned_data.get(name)
            if isinstance(value, datetime.date | datetime.datetime):
                value = value.isoformat()
            elif value is not None and not isinstance(value, str | bool | int | list):
                value = str(value)
            answers[label] = value
        return answers


class CancelForm(forms.Form):
    reason = LimitedCharField(
        label=_("Reason (optional)"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class EvaluationForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("Your rating (1 = very poor, 10 = excellent)"),
        choices=[("", "—")] + [(str(n), str(n)) for n in range(1, 11)],
        coerce=int,
        error_messages={
            "required": _("Give a rating from 1 to 10."),
            "invalid_choice": _("Give a rating from 1 to 10."),
        },
    )

    class Meta:
        model = Evaluation
        fields = ["rating", "learned", "remarks"]
        labels = {"learned": _("What did you learn?"), "remarks": _("Remarks")}
        widgets = {"learned": forms.Textarea(attrs={"rows": 4}), "remarks": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("learned", "remarks"):
            limit_length(self.fields[name], EVALUATION_TEXT_MAX_LENGTH)
