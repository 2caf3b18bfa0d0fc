from django import forms
from django.utils.translation import gettext_lazy as _


class FeedbackForm(forms.Form):
    """The "Was dit nuttig?" question under every article."""

    useful = forms.ChoiceField(
        label=_("Did you find this article useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose yes or no."),
            "invalid_choice": _("Choose yes or no."),
        },
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Keep your comment under %(limit_value)d characters.")},
    )

    def cleaned_useful(self):
        return self.cleaned_data["useful"] == "yes"
