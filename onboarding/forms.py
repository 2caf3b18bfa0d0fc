"""Forms of onboarding: enrolling in the admin."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from onboarding.enrolment import fill_from_profile
from onboarding.importing import COLUMNS
from onboarding.models import Enrolment, OnboardingProgrammePage
from people.importing import MAX_FILE_SIZE


def _is_readable_id(value):
    """A whole number every database can compare with an id (at most 18 digits)."""
    return value.isascii() and value.isdecimal() and len(value) <= 18


def user_label(user):
    return user.get_full_name() or user.get_username()


class EnrolmentAdminForm(WagtailAdminModelForm):
    """An enrolment; an empty start date, team or team leader comes from the employee profile."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            # A posted id that is not a readable number would crash the database lookup.
            data = self.data.copy()
            for name, field in self.fields.items():
                key = self.add_prefix(name)
                value = data.get(key)
                if isinstance(field, forms.ModelChoiceField) and value and not _is_readable_id(value):
                    data[key] = "0"
            self.data = data
        users = get_user_model().objects.filter(is_active=True).order_by("first_name", "last_name")
        for name in ("colleague", "buddy", "team_leader"):
            if name in self.fields:
                self.fields[name].queryset = users
                self.fields[name].label_from_instance = user_label
        if "programme" in self.fields:
            self.fields["programme"].queryset = OnboardingProgrammePage.objects.order_by("title")
        if "start_date" in self.fields:
            self.fields["start_date"].required = False
            self.fields["start_date"].help_text = _(
                "Empty: the start date of the employee profile. The due dates of the steps count from here."
            )

    def clean(self):
        cleaned = super().clean()
        colleague = cleaned.get("colleague")
        if colleague is None:
            return cleaned
        self.instance.colleague = colleague
        for name in ("start_date", "team", "team_leader"):
            if name in self.fields:
                setattr(self.instance, name, cleaned.get(name))
        fill_from_profile(self.instance)
        for name in ("start_date", "team", "team_leader"):
            if name in self.fields:
                cleaned[name] = getattr(self.instance, name)
        if cleaned.get("start_date") is None and "start_date" not in self.errors:
            self.add_error("start_date", _("Give a start date: the employee profile has none."))
        programme = cleaned.get("programme")
        if programme is not None:
            duplicate = Enrolment.objects.filter(colleague=colleague, programme=programme)
            if self.instance.pk:
                duplicate = duplicate.exclude(pk=self.instance.pk)
            if duplicate.exists():
                self.add_error("programme", _("This colleague already follows this programme."))
        return cleaned

    def save(self, commit=True):
        enrolment = super().save(commit=False)
        if enrolment.programme is not None and (
            enrolment.pk is None or not enrolment.programme_title or "programme" in self.changed_data
        ):
            enrolment.programme_title = enrolment.programme.title
        if commit:
            enrolment.save()
        return enrolment


class EnrolmentImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))
    dry_run = forms.BooleanField(label=_("Only check the file, save nothing"), required=False, initial=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "One enrolment per row, columns separated by ; or , with these names in the first row: "
            "%(columns)s. E-mail address and programme are required; the colleague's account must "
            "exist. Empty start date or team: from the employee profile. Nothing is saved unless "
            "every row is correct."
        ) % {"columns": ";".join(COLUMNS)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 2 MB. Split it into smaller files."))
        return upload


def _user_choices(users):
    return [
        (user.pk, f"{user_label(user)} ({user.email})" if user.email else user_label(user)) for user in users
    ]


class LeaderEnrolmentForm(forms.Form):
    """A team leader enrols a member of their team (the coordination point: anyone).

    Choices are plain ids checked against the lists offered, so a tampered or odd value is a
    form error, never a database error. Team and team leader come from the employee profile.
    """

    colleague = forms.TypedChoiceField(label=_("New colleague"), coerce=int)
    programme = forms.TypedChoiceField(label=_("Programme"), coerce=int)
    start_date = forms.DateField(
        label=_("Start date"),
        required=False,
        help_text=_("Empty: the start date of the employee profile."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    buddy = forms.TypedChoiceField(label=_("Buddy"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, colleagues, buddies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["colleague"].choices = [("", "—"), *_user_choices(colleagues)]
        self.fields["buddy"].choices = [("", "—"), *_user_choices(buddies)]
        self.fields["programme"].choices = [
            ("", "—"),
            *OnboardingProgrammePage.objects.live().order_by("title").values_list("pk", "title"),
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("buddy") and cleaned.get("buddy") == cleaned.get("colleague"):
            self.add_error("buddy", _("A new colleague cannot be their own buddy."))
        return cleaned
