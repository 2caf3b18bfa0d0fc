"""The editors' screen for importing employees from a CSV file (Wagtail admin)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from people.forms import EmployeeImportForm
from people.importing import EmployeeImportError, import_employees

IMPORT_PERMISSION = "people.import_employees"


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
