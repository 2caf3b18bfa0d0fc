from django import forms
from django.conf import settings
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
