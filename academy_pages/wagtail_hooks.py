"""Wagtail admin hooks of the Academy: its menu, and its report in the Reports menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from academy_pages.admin.report import REPORT_PERMISSION, AcademyStatusReportView
from academy_pages.admin.viewsets import AcademyViewSetGroup
from intranet.admin_menu import PermissionMenuItem


@hooks.register("register_admin_viewset")
def register_academy_viewsets():
    return AcademyViewSetGroup()


@hooks.register("register_admin_urls")
def register_academy_report_url():
    return [
        path("academie/stand-van-zaken/", AcademyStatusReportView.as_view(), name="academy_status_report")
    ]


@hooks.register("register_reports_menu_item")
def register_academy_report_menu_item():
    return PermissionMenuItem.requiring(REPORT_PERMISSION)(
        _("Academy status"),
        reverse("academy_status_report"),
        name="academy-status",
        icon_name="doc-full",
        order=1500,
    )
