from django import forms
from django.utils.translation import gettext_lazy as _

from intranet.text_limits import LimitedCharField

# A reader's remark under an article: a few sentences for the article's owner. The model has the
# same limit (ArticleFeedback.comment).
COMMENT_MAX_LENGTH = 1000


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
    comment = LimitedCharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def cleaned_useful(self):
        return self.cleaned_data["useful"] == "yes"
