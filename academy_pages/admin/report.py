"""The admin report "Stand van zaken Academie": the table, a chart, and XLSX / CSV export.

A custom admin view rather than Wagtail's ReportView: ReportView lists objects, while this report
is one row of figures for a date. Exports go through `intranet.exports`, like every other export.
"""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from academy_pages.reports import LABELS, academy_status, launch_date_for, registrations_per_month
from intranet.exports import CSV, XLSX, Table, export_response

EARLIEST = datetime.date(2000, 1, 1)
LATEST = datetime.date(2100, 12, 31)

# Geometry of the chart of registrations per month (SVG user units).
CHART_WIDTH = 720
CHART_HEIGHT = 260
CHART_TOP = 24
CHART_BOTTOM = 40
CHART_LEFT = 16


REPORT_PERMISSION = "academy_pages.view_academy_report"


class ReportDateForm(forms.Form):
    date = forms.DateField(
        label=_("Report date"),
        required=False,
        help_text=_("Empty: today."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a valid date, for example 23-06-2022.")},
    )

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date is not None and not EARLIEST <= date <= LATEST:
            raise forms.ValidationError(
                _("Choose a date between %(earliest)s and %(latest)s."),
                params={"earliest": formats.date_format(EARLIEST), "latest": formats.date_format(LATEST)},
                code="out_of_range",
            )
        return date


class AcademyStatusReportView(WagtailAdminTemplateMixin, View):
    template_name = "academy_pages/reports/academy_status.html"
    page_title = _("Academy status")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": "", "label": gettext("Reports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request):
        form = ReportDateForm(request.GET if "date" in request.GET else None)
        if form.is_bound and not form.is_valid():
            # Only the message at the field: figures for another date than asked would mislead.
            return self.render_to_response(self.get_context_data(form=form, report=None))
        report_date = (form.cleaned_data["date"] if form.is_bound else None) or timezone.localdate()
        report = Report(report_date, launch_date_for(Site.find_for_request(request)))

        export = request.GET.get("export")
        if export in (XLSX, CSV):
            return report.as_xlsx() if export == XLSX else report.as_csv()
        return self.render_to_response(self.get_context_data(form=form, report=report))


class Report:
    """The computed report for one date, with its presentations (rows, chart, files)."""

    def __init__(self, report_date, launch_date):
        self.report_date = report_date
        self.launch_date = launch_date
        self.status = academy_status(report_date, launch_date)
        self.months = registrations_per_month(report_date)

    @property
    def rows(self):
        """(label, value, display value) in the seed's order."""
        return [(LABELS[key], value, formats.number_format(value)) for key, value in self.status.items()]

    @property
    def month_rows(self):
        return [(_month_label(month), count) for month, count in self.months]

    @property
    def export_query(self):
        return f"date={self.report_date.isoformat()}"

    @property
    def filename(self):
        return f"stand-van-zaken-academie-{self.report_date.isoformat()}"

    @property
    def chart(self):
        """Bars of registrations per month, laid out for an inline SVG."""
        highest = max((count for _, count in self.months), default=0) or 1
        plot_height = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM
        slot = (CHART_WIDTH - 2 * CHART_LEFT) / len(self.months)
        bars = []
        for index, (month, count) in enumerate(self.months):
            height = round(plot_height * count / highest, 1)
            x = round(CHART_LEFT + index * slot + slot * 0.15, 1)
            bars.append(
                {
                    "x": x,
                    "y": round(CHART_TOP + plot_height - height, 1),
                    "width": round(slot * 0.7, 1),
                    "height": height,
                    "centre": round(x + slot * 0.35, 1),
                    "value_y": round(CHART_TOP + plot_height - height - 4, 1),
                    "count": count,
                    "label": _month_label(month, short=True),
                    "long_label": _month_label(month),
                }
            )
        return {
            "width": CHART_WIDTH,
            "height": CHART_HEIGHT,
            "baseline": CHART_HEIGHT - CHART_BOTTOM,
            "label_y": CHART_HEIGHT - CHART_BOTTOM + 18,
            "left": CHART_LEFT,
            "right": CHART_WIDTH - CHART_LEFT,
            "bars": bars,
        }

    def _tables(self, file_format):
        """The figures and the months; XLSX gets the numbers, CSV the Dutch display values."""
        preamble = [
            [gettext("Academy status on %(date)s") % {"date": formats.date_format(self.report_date)}],
            [gettext("Launch date: %(date)s") % {"date": formats.date_format(self.launch_date)}],
            [],
        ]
        if file_format == XLSX:
            figures = [[str(label), value] for label, value, _display in self.rows]
        else:
            figures = [[str(label), display] for label, _value, display in self.rows]
        status = Table(
            [gettext("Figure"), gettext("Number")], figures, title=gettext("Status"), preamble=preamble
        )
        months = Table(
            [gettext("Month"), gettext("Registrations")], self.month_rows, title=gettext("Per month")
        )
        return status, months

    def as_csv(self):
        """Semicolon-separated with a BOM: what Dutch Excel opens as columns, accents intact."""
        return export_response(CSV, self.filename, *self._tables(CSV))

    def as_xlsx(self):
        """Two sheets: the figures (typed numbers, the average with two decimals) and the months."""
        return export_response(XLSX, self.filename, *self._tables(XLSX))


def _month_label(month, short=False):
    return formats.date_format(month, "M Y" if short else "F Y")
