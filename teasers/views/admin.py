"""Admin views of the teasers app: feed tokens, the planning, and the feed as an audience sees it."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import CreateView

from teasers import planning, tokens
from teasers.forms import FeedAsForm, PlanningForm
from teasers.models import Teaser

# A teaser started from the planning goes live at eight in the morning.
DEFAULT_START_TIME = datetime.time(8)


class FeedTokenCreateView(generic.CreateView):
    """Makes the token and shows its secret once, on the page that answers the form."""

    def save_instance(self):
        self.raw_token = tokens.new_raw_token()
        self.form.instance.set_token(self.raw_token)
        return super().save_instance()

    def save_action(self):
        return TemplateResponse(
            self.request,
            "teasers/admin/token_created.html",
            {
                "token": self.object,
                "raw_token": self.raw_token,
                "index_url": self.get_success_url(),
                "header_title": _("Feed token made"),
                "header_icon": "key",
            },
        )


class FeedTokenEditView(generic.EditView):
    def save_instance(self):
        instance = super().save_instance()
        if self.form.cleaned_data.get("revoke"):
            tokens.revoke(instance)
        return instance


class TeaserCreateView(CreateView):
    """The add view of teasers; ?dag=YYYY-MM-DD (from the planning) starts the teaser that day."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        day = parse_date_or_none(self.request.GET.get("dag", ""))
        if day is None:
            return instance
        instance = instance or self.model()
        instance.display_from = datetime.datetime.combine(
            day, DEFAULT_START_TIME, tzinfo=timezone.get_current_timezone()
        )
        return instance


def parse_date_or_none(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


class EditorViewMixin:
    """Only for users who may change teasers."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("teasers.change_teaser"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]


class PlanningView(EditorViewMixin, WagtailAdminTemplateMixin, TemplateView):
    """Week or month: the teasers per day, and per campaign the teasers started against the target."""

    template_name = "teasers/admin/planning.html"
    page_title = _("Teaser planning")
    header_icon = "calendar"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PlanningForm(self.request.GET)
        today = timezone.localdate()
        if form.is_valid():
            view = form.cleaned_data["weergave"] or "week"
            day = form.cleaned_data["datum"] or today
        else:
            messages.warning(self.request, _("That date was not understood; the current week is shown."))
            view, day = "week", today
        if view == "maand":
            weeks = planning.plan_month(day)
            first = day.replace(day=1)
            previous = (first - datetime.timedelta(days=1)).replace(day=1)
            following = (first + datetime.timedelta(days=32)).replace(day=1)
        else:
            weeks = planning.plan_weeks(day, 1)
            previous = day - datetime.timedelta(weeks=1)
            following = day + datetime.timedelta(weeks=1)
        context.update(
            view=view,
            day=day,
            today=today,
            weeks=weeks,
            previous=previous,
            following=following,
            too_many=planning.TOO_MANY_PER_DAY,
            add_url=reverse(Teaser.snippet_viewset.get_url_name("add")),
            edit_url_name=Teaser.snippet_viewset.get_url_name("edit"),
            feed_as_url=reverse("teasers_planning:feed_as"),
        )
        return context


class FeedAsView(EditorViewMixin, WagtailAdminTemplateMixin, TemplateView):
    """ "View the feed as ...": the teasers an audience sees at a moment, without logging in as them."""

    template_name = "teasers/admin/feed_as.html"
    page_title = _("View the feed as ...")
    header_icon = "view"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = FeedAsForm(self.request.GET or None)
        teasers = None
        if form.is_valid():
            at = form.cleaned_data["moment"] or timezone.now()
            teasers = list(Teaser.objects.live_for(form.viewer(), at=at).select_related("campaign"))
            context["at"] = at
        context.update(form=form, teasers=teasers, planning_url=reverse("teasers_planning:index"))
        return context
