"""The overview of new colleagues for buddies, team leaders and the coordination point."""

from django import forms
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intranet.exports import Table
from onboarding import progress
from onboarding.models import Enrolment, OnboardingProgrammePage
from people.models import Team

# Colleagues per page of the overview; the export has them all.
PER_PAGE = 50


class OverviewFilterForm(forms.Form):
    """Filters of the overview. Choices are plain ids (no model lookup of what is posted), so an
    odd value is a form error, never a database error."""

    team = forms.TypedChoiceField(label=_("Team"), required=False, coerce=int, empty_value=None)
    programme = forms.TypedChoiceField(label=_("Programme"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), ("active", _("In progress")), ("finished", _("Finished"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].choices = [("", _("All teams")), *Team.objects.values_list("pk", "name")]
        self.fields["programme"].choices = [
            ("", _("All programmes")),
            *OnboardingProgrammePage.objects.order_by("title").values_list("pk", "title"),
        ]

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data.get("team"):
            queryset = queryset.filter(team_id=data["team"])
        if data.get("programme"):
            queryset = queryset.filter(programme_id=data["programme"])
        if data.get("status") == "active":
            queryset = queryset.filter(finished_at__isnull=True)
        elif data.get("status") == "finished":
            queryset = queryset.filter(finished_at__isnull=False)
        return queryset


def followed_enrolments(user, *, filter_form=None):
    """The enrolments `user` follows, filtered by the form, newest start date first."""
    enrolments = Enrolment.objects.followed_by(user).order_by("-start_date", "pk")
    if filter_form is not None:
        enrolments = filter_form.filter(enrolments)
    return enrolments


def followed_summaries(user, *, today, filter_form=None, with_guides=False):
    """The `EnrolmentSummary` of every enrolment `user` follows (filtered), in a fixed number of queries."""
    enrolments = followed_enrolments(user, filter_form=filter_form)
    return progress.summaries(enrolments, today=today, with_guides=with_guides)


def summaries_page(user, *, today, filter_form=None, page_number=None):
    """One page of the overview: (the Paginator page, its summaries)."""
    page = Paginator(followed_enrolments(user, filter_form=filter_form), PER_PAGE).get_page(page_number)
    ids = [enrolment.pk for enrolment in page.object_list.only("pk")]
    enrolments = Enrolment.objects.filter(pk__in=ids).order_by("-start_date", "pk")
    return page, progress.summaries(enrolments, today=today)


def overview_rows(summaries):
    """What the overview's table shows, as plain values: the template only prints them."""
    detail_url = reverse("onboarding:enrolment", args=[0]).removesuffix("0/")
    finished = str(_("finished"))
    rows = []
    for summary in summaries:
        enrolment = summary.enrolment
        last = summary.last_activity
        start = enrolment.start_date
        rows.append(
            {
                "name": user_name(enrolment.colleague),
                "url": f"{detail_url}{enrolment.pk}/",
                "programme": enrolment.programme_title,
                "team": enrolment.team.name if enrolment.team else "—",
                "start_iso": start.isoformat(),
                "start": f"{start.day}-{start.month}-{start.year}",
                "progress": finished if enrolment.is_finished else f"{summary.percent}%",
                "overdue": summary.overdue_count,
                "last_activity": timezone.localtime(last).strftime("%d-%m-%Y %H:%M") if last else "—",
            }
        )
    return rows


def user_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def export_table(summaries):
    headings = [
        str(_("New colleague")),
        str(_("E-mail")),
        str(_("Programme")),
        str(_("Team")),
        str(_("Start date")),
        str(_("Buddy")),
        str(_("Team leader")),
        str(_("Progress (%)")),
        str(_("Steps done")),
        str(_("Steps")),
        str(_("Overdue steps")),
        str(_("Last activity")),
        str(_("Finished")),
    ]
    rows = [
        [
            user_name(summary.enrolment.colleague),
            summary.enrolment.colleague.email,
            summary.enrolment.programme_title,
            summary.enrolment.team.name if summary.enrolment.team else "",
            summary.enrolment.start_date,
            user_name(summary.enrolment.buddy),
            user_name(summary.enrolment.team_leader),
            summary.percent,
            summary.done_count,
            summary.total,
            summary.overdue_count,
            summary.last_activity,
            summary.enrolment.finished_at,
        ]
        for summary in summaries
    ]
    return Table(headings, rows, title=str(_("New colleagues")))
