import datetime

from django.db.models import Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from intranet.admin_menu import PermissionMenuItem
from intranet.dashboard import TodayItem
from search.admin_views import PrefilledPromotionCreateView, SearchInsightsView
from search.models import QueryStatistic, Synonym


class SynonymCreateView(CreateView):
    """Accepts ``?terms=`` so a query from the insights report arrives filled in."""

    def get_initial(self):
        initial = super().get_initial()
        if self.request.GET.get("terms"):
            initial["terms"] = self.request.GET["terms"][:500] + ", "
        return initial


class SynonymViewSet(ModelViewSet):
    model = Synonym
    name = "search_synonym"
    url_prefix = "zoeken/synoniemen"
    icon = "list-ul"
    menu_label = _("Synonyms")
    form_fields = ["terms"]
    list_display = ["__str__"]
    search_fields = ["terms"]
    add_view_class = SynonymCreateView


class InsightsViewSet(ViewSet):
    name = "search_insights"
    url_prefix = "zoeken/inzichten"
    icon = "search"
    menu_label = _("Search insights")

    menu_item_class = PermissionMenuItem.requiring("search.view_querystatistic")

    def get_urlpatterns(self):
        return [
            path("", SearchInsightsView.as_view(), name="index"),
            path("results/", SearchInsightsView.as_view(results_only=True), name="index_results"),
            path("aanbevolen/nieuw/", PrefilledPromotionCreateView.as_view(), name="add_promotion"),
        ]


class PromotionsMenu(ViewSet):
    name = "search_promotions_link"
    menu_label = _("Promoted results")
    menu_icon = "pick"
    menu_name = "search-promotions"

    @property
    def menu_url(self):
        return reverse("wagtailsearchpromotions:index")

    menu_item_class = PermissionMenuItem.requiring("wagtailsearchpromotions.change_searchpromotion")


class SearchViewSetGroup(ViewSetGroup):
    menu_label = _("Site search")
    menu_icon = "search"
    menu_order = 300
    items = (SynonymViewSet, InsightsViewSet, PromotionsMenu)


@hooks.register("register_admin_viewset")
def register_search_admin():
    return SearchViewSetGroup()


# "This week": today and the six days before it.
WEEK_DAYS = 7


@hooks.register("register_today_item")
def zero_result_searches_this_week(request):
    if not request.user.has_perm("search.view_querystatistic"):
        return None
    start = timezone.localdate() - datetime.timedelta(days=WEEK_DAYS - 1)
    total = QueryStatistic.objects.filter(date__gte=start).aggregate(total=Sum("zero_result_searches"))
    return TodayItem(
        label=_("Searches without results this week"),
        count=total["total"] or 0,
        url=reverse("search_insights:index") + "?" + urlencode({"zero_results": "on", "start": start}),
        order=40,
    )
