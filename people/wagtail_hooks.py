"""The "Medewerkers" menu of the Wagtail admin: teams, employee profiles and the CSV import."""

from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from intranet.admin_menu import PermissionMenuItem
from intranet.exports import FORMATS, ListExportMixin
from people.admin_views import IMPORT_PERMISSION, UNLOCK_PERMISSION, EmployeeImportView, LockoutsView
from people.models import EmployeeProfile, Team
from people.rights import has_more_rights


class ProfilePermissionPolicy(ModelPermissionPolicy):
    """Profiles are made with their user (signal or import), never on their own; and nobody
    changes the profile of an account with more rights than their own (people.rights)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("change", "delete") and has_more_rights(instance.user, user):
            return False
        return super().user_has_permission_for_instance(user, action, instance)


register_permission_policy(EmployeeProfile, ProfilePermissionPolicy(EmployeeProfile))


class TeamViewSet(ModelViewSet):
    model = Team
    icon = "group"
    menu_label = _("Teams")
    form_fields = ["name", "department"]
    list_display = ["name", "department"]
    search_fields = ["name", "department"]
    search_backend_name = None
    copy_view_enabled = False


class ProfileInstancePermissionMixin:
    """Wagtail's generic edit and delete views check the model permission only. A profile of an
    account with more rights than the editor gets a 403 before any form is shown or saved (a
    PermissionDenied would become Wagtail's redirect to the dashboard)."""

    def dispatch(self, request, *args, **kwargs):
        profile = getattr(self, "object", None) or self.get_object()
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, self.permission_required, profile
        ):
            context = {
                "message": _(
                    "This account has more rights than yours, so you cannot change its profile. "
                    "Ask an administrator."
                ),
                "back_url": reverse(self.index_url_name),
            }
            return render(request, "people/admin/forbidden.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)


class EmployeeProfileEditView(ProfileInstancePermissionMixin, EditView):
    pass


class EmployeeProfileDeleteView(ProfileInstancePermissionMixin, DeleteView):
    pass


def _person(user):
    return (user.get_full_name() or user.get_username()) if user is not None else None


class EmployeeProfileIndexView(ListExportMixin, IndexView):
    """The profile list; its XLSX and CSV go through the shared export helper."""

    # The team leader by name, not by login name.
    custom_field_preprocess = {"team_leader": dict.fromkeys(FORMATS, _person)}


class EmployeeProfileViewSet(ModelViewSet):
    model = EmployeeProfile
    icon = "user"
    menu_label = _("Employee profiles")
    form_fields = ["team", "job_title", "team_leader", "start_date"]
    list_display = ["__str__", "team", "job_title", "team_leader", "start_date"]
    list_filter = ["team"]
    search_fields = ["user__first_name", "user__last_name", "user__username", "job_title"]
    search_backend_name = None
    copy_view_enabled = False
    index_view_class = EmployeeProfileIndexView
    edit_view_class = EmployeeProfileEditView
    delete_view_class = EmployeeProfileDeleteView
    # Dotted paths: Wagtail reads export values with getattr, so "user__email" failed with a 500.
    list_export = ["__str__", "user.email", "team", "job_title", "team_leader", "start_date"]
    export_headings = {"__str__": _("Name"), "user.email": _("E-mail")}

    def get_queryset(self, request):
        return EmployeeProfile.objects.select_related("user", "team", "team_leader")


class EmployeeImportViewSet(ViewSet):
    name = "people_import"
    icon = "upload"
    menu_label = _("Import employees")
    menu_item_class = PermissionMenuItem.requiring(IMPORT_PERMISSION)

    def get_urlpatterns(self):
        return [path("", EmployeeImportView.as_view(), name="index")]


class LockoutsViewSet(ViewSet):
    name = "login_lockouts"
    icon = "lock"
    menu_label = _("Blocked logins")
    menu_item_class = PermissionMenuItem.requiring(UNLOCK_PERMISSION)

    def get_urlpatterns(self):
        return [path("", LockoutsView.as_view(), name="index")]


class PeopleViewSetGroup(ViewSetGroup):
    menu_label = _("Employees")
    menu_icon = "group"
    menu_order = 300
    items = (
        TeamViewSet("teams"),
        EmployeeProfileViewSet("employee_profiles"),
        EmployeeImportViewSet(),
        LockoutsViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()
