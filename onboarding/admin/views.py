"""Admin screens of onboarding beyond the enrolment listing: the CSV import."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from onboarding.forms import EnrolmentImportForm
from onboarding.importing import EnrolmentImportError, import_enrolments

IMPORT_PERMISSION = "onboarding.add_enrolment"


class EnrolmentImportView(WagtailAdminTemplateMixin, FormView):
    """Upload, check (the preview lists every enrolment that would be made), then enrol."""

    form_class = EnrolmentImportForm
    template_name = "onboarding/admin/import.html"
    page_title = _("Enrol from a CSV file")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(IMPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            result = import_enrolments(
                form.cleaned_data["file"].read(),
                enrolled_by=self.request.user,
                dry_run=form.cleaned_data["dry_run"],
            )
        except EnrolmentImportError as error:
            for message in error.errors:
                form.add_error("file", message)
            return self.form_invalid(form)
        if result.dry_run:
            messages.info(self.request, result.summary())
            form = EnrolmentImportForm(initial={"dry_run": False})
            return self.render_to_response(self.get_context_data(form=form, result=result))
        messages.success(self.request, result.summary())
        return redirect(reverse("onboarding_enrolments:index"))
