"""Admin forms: teasers, feed tokens, the planning and "view the feed as ..."."""

from django import forms
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from intranet.text_limits import limit_length
from people.models import Team
from teasers.audience import Viewer
from teasers.models import TEXT_MAX_LENGTH, Audience, FeedToken, TokenAudience

# Dates this far from today are typing mistakes or edited addresses; outside these years the calendar
# arithmetic (a week later, months before a start date) would leave Python's date range.
FIRST_YEAR, LAST_YEAR = 1950, 2100


def check_year(value):
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise forms.ValidationError(
            _("Choose a date between %(first)s and %(last)s."),
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return value


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
        for name in ("display_from", "display_until"):
            if name in self.fields:
                self.fields[name].validators.append(check_year)

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


class PlanningForm(forms.Form):
    """The planning's period: a week or a month around a date (GET parameters, in Dutch)."""

    weergave = forms.ChoiceField(choices=[("week", _("Week")), ("maand", _("Month"))], required=False)
    datum = forms.DateField(required=False, validators=[check_year])


class FeedAsForm(forms.Form):
    """An audience and a moment, to see the feed as they will see it."""

    AUDIENCES = [
        ("everyone", _("Everyone (no team or group)")),
        ("team", _("A team")),
        ("group", _("A group")),
        ("new", _("A new colleague")),
    ]

    doelgroep = forms.ChoiceField(label=_("Audience"), choices=AUDIENCES, initial="everyone")
    team = forms.ModelChoiceField(label=_("Team"), queryset=None, required=False)
    groep = forms.ModelChoiceField(label=_("Group"), queryset=None, required=False)
    in_dienst = forms.DateField(
        label=_("Start date"),
        required=False,
        validators=[check_year],
        help_text=_("For a new colleague: the first working day."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    moment = forms.DateTimeField(
        label=_("Moment"),
        required=False,
        validators=[check_year],
        help_text=_("Dutch time; empty: now."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = Team.objects.order_by("name")
        self.fields["groep"].queryset = Group.objects.order_by("name")

    def clean(self):
        cleaned = super().clean()
        audience = cleaned.get("doelgroep")
        if audience == "team" and not cleaned.get("team"):
            self.add_error("team", _("Choose the team."))
        if audience == "group" and not cleaned.get("groep"):
            self.add_error("groep", _("Choose the group."))
        if audience == "new" and not cleaned.get("in_dienst"):
            self.add_error("in_dienst", _("Give the start date."))
        return cleaned

    def viewer(self):
        data = self.cleaned_data
        audience = data["doelgroep"]
        if audience == "team":
            return Viewer(team_ids=frozenset([data["team"].pk]))
        if audience == "group":
            return Viewer(group_ids=frozenset([data["groep"].pk]))
        if audience == "new":
            return Viewer(start_date=data["in_dienst"])
        return Viewer()
