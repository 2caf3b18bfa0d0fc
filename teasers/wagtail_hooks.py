"""The "Teasers" menu of the admin: teasers, campaigns and feed tokens."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, StatusTagColumn
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from intranet.admin_menu import PermissionMenuItem
from teasers import stats
from teasers.forms import FeedTokenForm, TeaserForm
from teasers.models import Campaign, FeedToken, Teaser
from teasers.views import admin as admin_views


class ClickRateColumn(Column):
    def get_value(self, instance):
        rate = stats.click_rate(instance.total_views, instance.total_clicks)
        return "–" if rate is None else f"{rate:.1f}%".replace(".", ",")


def stats_columns():
    return [
        Column("total_views", label=_("Views"), sort_key="total_views"),
        Column("total_clicks", label=_("Clicks"), sort_key="total_clicks"),
        ClickRateColumn("click_rate", label=_("Click rate")),
    ]


class TeaserViewSet(SnippetViewSet):
    model = Teaser
    icon = "pick"
    menu_label = _("Teasers")
    edit_handler = ObjectList(Teaser.panels, base_form_class=TeaserForm)
    add_view_class = admin_views.TeaserCreateView
    list_display = [
        "title",
        "campaign",
        "audience",
        DateColumn("display_from", label=_("Show from")),
        DateColumn("display_until", label=_("Show until")),
        BooleanColumn("pinned", label=_("Pinned")),
        *stats_columns(),
    ]
    list_filter = ["campaign", "audience", "pinned", "live"]
    search_fields = ["title", "text"]
    search_backend_name = None
    ordering = ["-display_from"]

    def get_queryset(self, request):
        return stats.with_totals(Teaser.objects.select_related("campaign"))


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "tag"
    menu_label = _("Campaigns")
    list_display = ["name", "target_per_week", *stats_columns()]
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["name"]

    def get_queryset(self, request):
        return stats.campaigns_with_totals(Campaign.objects.all())


class TokenStateColumn(StatusTagColumn):
    def get_value(self, instance):
        return _("Revoked") if instance.is_revoked else _("Active")


class FeedTokenViewSet(ModelViewSet):
    model = FeedToken
    name = "teasers_feedtoken"
    url_prefix = "teasers/feedtokens"
    icon = "key"
    menu_label = _("Feed tokens")
    form_fields = ["name", "audience", "team", "group"]
    add_view_class = admin_views.FeedTokenCreateView
    edit_view_class = admin_views.FeedTokenEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        "audience",
        Column("token_hint", label=_("Token begins with")),
        DateColumn("created_at", label=_("Created")),
        DateColumn("last_used_at", label=_("Last used")),
        TokenStateColumn("revoked_at", label=_("State"), primary=lambda token: not token.is_revoked),
    ]
    list_filter = ["audience"]

    def get_form_class(self, for_update=False):
        return FeedTokenForm


class PlanningViewSet(ViewSet):
    name = "teasers_planning"
    url_prefix = "teasers/planning"
    icon = "calendar"
    menu_label = _("Planning")
    menu_item_class = PermissionMenuItem.requiring("teasers.change_teaser")

    def get_urlpatterns(self):
        return [
            path("", admin_views.PlanningView.as_view(), name="index"),
            path("feed-als/", admin_views.FeedAsView.as_view(), name="feed_as"),
        ]


class TeasersGroup(ViewSetGroup):
    menu_label = _("Teasers")
    menu_icon = "pick"
    menu_order = 250
    items = (TeaserViewSet, PlanningViewSet, CampaignViewSet, FeedTokenViewSet)


@hooks.register("register_admin_viewset")
def register_teasers_viewsets():
    return TeasersGroup()
