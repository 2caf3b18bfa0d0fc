from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyPagesConfig(AppConfig):
    name = "academy_pages"
    verbose_name = _("West Betuwe Academie")

    def ready(self):
        # search registers page types for the site search; privacy registers personal data.
        from academy_pages import notifications, privacy, search  # noqa: F401

        notifications.connect_signals()
