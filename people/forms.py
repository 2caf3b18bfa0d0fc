from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.utils.translation import gettext_lazy as _

from people.importing import COLUMNS, MAX_FILE_SIZE


class EmployeeImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"))
    dry_run = forms.BooleanField(
        label=_("Only check the file, save nothing"),
        required=False,
        initial=True,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "One employee per row, columns separated by ; or , with these names in the first row: "
            "%(columns)s. The first four are required. Dates as dd-mm-jjjj. An empty cell clears "
            "that value; unknown teams are created. Nothing is saved unless every row is correct."
        ) % {"columns": ";".join(COLUMNS)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 2 MB. Split it into smaller files."))
        return upload


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the intranet"), choices=settings.LANGUAGES)


class FirstPasswordResetForm(PasswordResetForm):
    """Also sends the link to active employees without a password yet (imported from CSV),
    so "forgot password" doubles as "set your first password"."""

    def get_users(self, email):
        User = get_user_model()
        email_field = User.get_email_field_name()
        return User._default_manager.filter(**{f"{email_field}__iexact": email, "is_active": True}).iterator()
