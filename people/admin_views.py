"""The editors' screens in the Wagtail admin: importing employees from a CSV file, and
unlocking logins that are blocked after too many wrong passwords."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from intranet.admin_import import CsvImportView
from people import throttling
from people.forms import EmployeeImportForm
from people.importing import EmployeeImportError, import_employees

IMPORT_PERMISSION = "people.import_employees"
UNLOCK_PERMISSION = "people.unlock_logins"


class EmployeeImportView(CsvImportView):
    form_class = EmployeeImportForm
    template_name = "people/admin/import.html"
    page_title = _("Import employees")
    permission = IMPORT_PERMISSION
    import_error = EmployeeImportError
    success_url_name = "people_import:index"

    def run_import(self, data, *, dry_run):
        return import_employees(data, importer=self.request.user, dry_run=dry_run)


class UnlockForm(forms.Form):
    kind = forms.ChoiceField(choices=[(throttling.USERNAME, ""), (throttling.CLIENT, "")])
    value = forms.CharField(max_length=255)


class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    """The user names and client addresses that are locked now, each with "Ontgrendelen"."""

    template_name = "people/admin/lockouts.html"
    page_title = _("Blocked logins")
    header_icon = "lock"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(UNLOCK_PERMISSION):
            # A PermissionDenied would become Wagtail's redirect to the dashboard.
            context = {"message": _("You may not unlock logins."), "back_url": reverse("wagtailadmin_home")}
            return render(request, "people/admin/forbidden.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["lockouts"] = throttling.current_lockouts(self.request)
        return context

    def post(self, request, *args, **kwargs):
        form = UnlockForm(request.POST)
        if form.is_valid():
            throttling.unlock(form.cleaned_data["kind"], form.cleaned_data["value"])
            messages.success(request, _("Unlocked: %(value)s.") % {"value": form.cleaned_data["value"]})
        else:
            messages.error(request, _("Nothing was unlocked: the request was incomplete."))
        return redirect(reverse("login_lockouts:index"))
