"""Admin hooks of the report "Stand van zaken Academie" (imported from wagtail_hooks)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from academy_pages.admin_report import AcademyStatusReportView, can_see_report


class AcademyReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_admin_urls")
def register_academy_report_url():
    return [
        path(
            "academie/stand-van-zaken/",
            AcademyStatusReportView.as_view(),
            name="academy_status_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_academy_report_menu_item():
    return AcademyReportMenuItem(
        _("Academy status"),
        reverse("academy_status_report"),
        name="academy-status",
        icon_name="doc-full",
        order=1500,
    )
