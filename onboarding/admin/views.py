"""Admin screens of onboarding beyond the enrolment listing: the CSV import."""

from django.utils.translation import gettext_lazy as _

from intranet.admin_import import CsvImportView
from onboarding.forms import EnrolmentImportForm
from onboarding.importing import EnrolmentImportError, import_enrolments

IMPORT_PERMISSION = "onboarding.add_enrolment"


class EnrolmentImportView(CsvImportView):
    """Upload, check (the preview lists every enrolment that would be made), then enrol."""

    form_class = EnrolmentImportForm
    template_name = "onboarding/admin/import.html"
    page_title = _("Enrol from a CSV file")
    permission = IMPORT_PERMISSION
    import_error = EnrolmentImportError
    success_url_name = "onboarding_enrolments:index"

    def run_import(self, data, *, dry_run):
        return import_enrolments(data, enrolled_by=self.request.user, dry_run=dry_run)
