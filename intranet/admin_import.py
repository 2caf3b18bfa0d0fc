"""One admin screen for every CSV import: upload, check (a preview that saves nothing), import.

An app gives the form (a `file` and a `dry_run` field), the permission, the import function and
the error it raises with a Dutch message per problem in `errors`; the screen shows those
messages at the file field, the preview with the form again, and the summary after an import.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class CsvImportView(WagtailAdminTemplateMixin, FormView):
    header_icon = "upload"
    permission = None  # "app.codename"
    import_error = Exception  # the import's error class, with `errors`
    success_url_name = None  # where to go after a real import

    def run_import(self, data, *, dry_run):
        """Import `data` (bytes) or check it; returns a result with `dry_run` and `summary()`."""
        raise NotImplementedError

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            result = self.run_import(form.cleaned_data["file"].read(), dry_run=form.cleaned_data["dry_run"])
        except self.import_error as error:
            for message in error.errors:
                form.add_error("file", message)
            return self.form_invalid(form)
        if result.dry_run:
            messages.info(self.request, result.summary())
            # The form again, set to import for real, so the same file can be uploaded.
            form = self.form_class(initial={"dry_run": False})
            return self.render_to_response(self.get_context_data(form=form, result=result))
        messages.success(self.request, result.summary())
        return redirect(reverse(self.success_url_name))
