"""Wagtail admin hooks of the Academy: its menu, its report in the Reports menu, and its
figures in the coordination point's dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from academy_pages import participants
from academy_pages.admin.report import REPORT_PERMISSION, AcademyStatusReportView
from academy_pages.admin.viewsets import AcademyViewSetGroup
from academy_pages.models import Registration, RegistrationStatus, Session
from intranet.admin_menu import PermissionMenuItem
from intranet.dashboard import TodayItem


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


@hooks.register("register_today_item")
def sessions_under_their_minimum(request):
    if not request.user.has_perm("academy_pages.change_session"):
        return None
    return TodayItem(
        label=_("Sessions under their minimum: decide go / no go"),
        count=participants.sessions_below_minimum().count(),
        url=reverse("academy_sessions:index") + "?when=upcoming",
        order=10,
    )


@hooks.register("register_today_item")
def approvals_waiting(request):
    if not request.user.has_perm("academy_pages.view_registration"):
        return None
    waiting = Registration.objects.filter(
        status=RegistrationStatus.PENDING_APPROVAL, session__in=Session.objects.upcoming()
    )
    return TodayItem(
        label=_("Registrations waiting for a team leader's approval"),
        count=waiting.count(),
        url=reverse("academy_sessions:index") + "?when=upcoming",
        order=20,
    )
