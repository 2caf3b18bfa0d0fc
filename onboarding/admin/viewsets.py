"""The "Inwerken" menu of the admin: enrolments of new colleagues."""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from intranet.admin_menu import PermissionMenuItem
from intranet.exports import ListExportMixin
from onboarding.admin.views import IMPORT_PERMISSION, EnrolmentImportView
from onboarding.forms import EnrolmentAdminForm
from onboarding.models import Enrolment, OnboardingProgrammePage
from people.models import Team


class EnrolmentFilterSet(WagtailFilterSet):
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"),
        queryset=OnboardingProgrammePage.objects.order_by("title"),
        field_name="programme",
        to_field_name="id",
    )
    team = django_filters.ModelChoiceFilter(label=_("Team"), queryset=Team.objects.all())

    class Meta:
        model = Enrolment
        fields = []


class EnrolmentIndexView(ListExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("colleague", "programme", "team", "buddy", "team_leader")
        )


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Enrolments")
    url_prefix = "onboarding/enrolments"
    index_view_class = EnrolmentIndexView
    filterset_class = EnrolmentFilterSet
    search_fields = ["colleague__first_name", "colleague__last_name", "programme_title"]
    search_backend_name = None
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        TitleColumn("__str__", label=_("Enrolment"), url_name="onboarding_enrolments:edit"),
        DateColumn("start_date", label=_("Start date"), sort_key="start_date"),
        Column("team", label=_("Team")),
        Column("buddy", label=_("Buddy")),
        Column("team_leader", label=_("Team leader")),
        DateColumn("finished_at", label=_("Finished")),
    ]
    list_export = [
        "colleague",
        "programme_title",
        "start_date",
        "team",
        "buddy",
        "team_leader",
        "finished_at",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("colleague"), FieldPanel("programme")]),
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("team")]),
            FieldRowPanel([FieldPanel("buddy"), FieldPanel("team_leader")]),
        ],
        base_form_class=EnrolmentAdminForm,
    )


class EnrolmentImportViewSet(ViewSet):
    name = "onboarding_import"
    icon = "upload"
    menu_label = _("Enrol from CSV")
    menu_item_class = PermissionMenuItem.requiring(IMPORT_PERMISSION)

    def get_urlpatterns(self):
        return [path("", EnrolmentImportView.as_view(), name="index")]


class OnboardingViewSetGroup(ViewSetGroup):
    menu_label = _("Onboarding")
    menu_icon = "user"
    menu_order = 260
    items = (EnrolmentViewSet("onboarding_enrolments"), EnrolmentImportViewSet())
