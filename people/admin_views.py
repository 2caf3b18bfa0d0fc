"""The editors' screens in the Wagtail admin: importing employees from a CSV file, and
unlocking logins that are blocked after too many wrong passwords."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from people import throttling
from people.forms import EmployeeImportForm
from people.importing import EmployeeImportError, import_employees

IMPORT_PERMISSION = "people.import_employees"
UNLOCK_PERMISSION = "people.unlock_logins"


class EmployeeImportView(WagtailAdminTemplateMixin, FormView):
    form_class = EmployeeImportForm
    template_name = "people/admin/import.html"
    page_title = _("Import employees")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(IMPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            result = import_employees(
                form.cleaned_data["file"].read(),
                importer=self.request.user,
                dry_run=form.cleaned_data["dry_run"],
            )
        except EmployeeImportError as error:
            for message in error.errors:
                form.add_error("file", message)
            return self.form_invalid(form)
        if result.dry_run:
            messages.info(self.request, result.summary())
            # Show the form again so the editor can upload the same file for real.
            return self.render_to_response(self.get_context_data(form=EmployeeImportForm(), result=result))
        messages.success(self.request, result.summary())
        return redirect(reverse("people_import:index"))


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
