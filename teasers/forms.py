"""Admin forms of teasers and feed tokens."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from intranet.text_limits import limit_length
from teasers.models import TEXT_MAX_LENGTH, Audience, FeedToken, TokenAudience


class CountedTextarea(forms.Textarea):
    """A textarea with a running count of its characters against its `maxlength`."""

    template_name = "teasers/admin/counted_textarea.html"

    class Media:
        js = ["teasers/admin/char_count.js"]

    def __init__(self, attrs=None):
        super().__init__({"rows": 4, **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["count_template"] = _("%(count)s of %(limit)s characters")
        return context


class TeaserForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "text" in self.fields:
            self.fields["text"].widget = CountedTextarea()
            limit_length(self.fields["text"], TEXT_MAX_LENGTH)

    def clean(self):
        cleaned = super().clean()
        audience = cleaned.get("audience")
        if audience == Audience.TEAMS and not cleaned.get("teams"):
            self.add_error("teams", _("Choose at least one team for this audience."))
        if audience == Audience.GROUPS and not cleaned.get("groups"):
            self.add_error("groups", _("Choose at least one group for this audience."))
        return cleaned


class FeedTokenForm(WagtailAdminModelForm):
    revoke = forms.BooleanField(
        label=_("Revoke"),
        required=False,
        help_text=_("A revoked token no longer opens the feed; this cannot be undone."),
    )

    class Meta:
        model = FeedToken
        fields = ["name", "audience", "team", "group"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None or self.instance.is_revoked:
            del self.fields["revoke"]

    def clean(self):
        cleaned = super().clean()
        audience = cleaned.get("audience")
        if audience != TokenAudience.TEAM:
            cleaned["team"] = None
        if audience != TokenAudience.GROUP:
            cleaned["group"] = None
        return cleaned
