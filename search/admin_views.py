"""Admin screens of the coordination point: search insights and one-step fixes for a query."""

import datetime

import django_filters
from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.contrib.search_promotions.views.settings import CreateView as PromotionCreateView
from wagtail.permission_policies import ModelPermissionPolicy

from intranet.exports import FORMATS, ListExportMixin
from search import insights
from search.models import QueryStatistic

DEFAULT_PERIOD_DAYS = 30


class PeriodForm(forms.Form):
    """Checks the chosen period; errors show at the field in Dutch."""

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        today = timezone.localdate()
        if start and start > today:
            self.add_error("start", _("The start date cannot be in the future."))
        if start and end and end < start:
            self.add_error("end", _("The end date must be on or after the start date."))
        return cleaned


class CheckboxFilter(django_filters.BooleanFilter):
    """A yes-only filter shown as a checkbox: unticked means "no filter", not "False"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxInput)
        super().__init__(*args, **kwargs)


class CheckboxFilterAdapter(BaseFilterAdapter):
    """The chip of a ticked checkbox says just its label; an unticked one shows no chip."""

    def get_active_filters(self):
        if self.value:
            yield ActiveFilter(
                self.bound_field.auto_id,
                self.filter.label,
                gettext("yes"),
                self.get_url_without_filter_param(self.name),
            )


register_filter_adapter_class(CheckboxFilter, adapter_class=CheckboxFilterAdapter)


class InsightsFilterSet(WagtailFilterSet):
    start = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", label=_("From"), widget=AdminDateInput
    )
    end = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", label=_("Until"), widget=AdminDateInput
    )
    zero_results = CheckboxFilter(label=_("Only queries without results"), method="filter_nothing")

    class Meta:
        model = QueryStatistic
        fields = []
        form = PeriodForm

    def filter_nothing(self, queryset, name, value):
        # Applied after aggregation by the view: a day-level filter would change the totals.
        return queryset


class ActionsColumn(Column):
    cell_template_name = "search/admin/actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        query = instance["query"]
        context["zero_results"] = bool(instance["total_zero_results"])
        context["synonym_url"] = reverse("search_synonym:add") + "?" + urlencode({"terms": query})
        context["promotion_url"] = reverse("search_insights:add_promotion") + "?" + urlencode({"q": query})
        return context


class PercentageColumn(Column):
    def get_value(self, instance):
        value = instance.get(self.accessor)
        return "–" if value is None else f"{value:.0f}%"


def _one_decimal(value):
    return None if value is None else round(value, 1)


class SearchInsightsView(ListExportMixin, ReportView):
    """What employees searched for; the export writes their queries as inert text."""

    page_title = _("Search insights")
    header_icon = "search"
    index_url_name = "search_insights:index"
    index_results_url_name = "search_insights:index_results"
    filterset_class = InsightsFilterSet
    permission_policy = ModelPermissionPolicy(QueryStatistic)
    permission_required = "view"
    default_ordering = "-total_searches"
    columns = [
        Column("query", label=_("Query"), sort_key="query"),
        NumberColumn("total_searches", label=_("Searches"), sort_key="total_searches"),
        NumberColumn("total_zero_results", label=_("Without results"), sort_key="total_zero_results"),
        NumberColumn("total_clicks", label=_("Clicks"), sort_key="total_clicks"),
        PercentageColumn("click_through", label=_("Click-through"), sort_key="click_through"),
        ActionsColumn("actions", label=_("Add")),
    ]
    list_export = ["query", "total_searches", "total_zero_results", "total_clicks", "click_through"]
    export_headings = {
        "query": _("Query"),
        "total_searches": _("Searches"),
        "total_zero_results": _("Without results"),
        "total_clicks": _("Clicks"),
        "click_through": _("Click-through (%)"),
    }
    custom_field_preprocess = {"click_through": dict.fromkeys(FORMATS, _one_decimal)}

    def get_base_queryset(self):
        insights.flush()  # include this process's latest counts
        return QueryStatistic.objects.all()

    def get_queryset(self):
        queryset = self.filter_queryset(self.get_base_queryset())
        data = self.filters.form.cleaned_data if self.filters and self.filters.is_valid() else {}
        if not data.get("start") and not data.get("end"):
            queryset = queryset.filter(
                date__gte=timezone.localdate() - datetime.timedelta(days=DEFAULT_PERIOD_DAYS)
            )
        queryset = queryset.per_query()
        if data.get("zero_results"):
            queryset = queryset.filter(total_zero_results__gt=0)
        return self.order_queryset(queryset)


class PrefilledPromotionCreateView(PromotionCreateView):
    """Wagtail's "add promoted result" form with the query filled in (``?q=``)."""

    def get_initial(self):
        initial = super().get_initial()
        initial["query_string"] = self.request.GET.get("q", "")[:255]
        return initial
