from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyPagesConfig(AppConfig):
    name = "academy_pages"
    verbose_name = _("West Betuwe Academie")

    def ready(self):
        from academy_pages import notifications, search  # noqa: F401 (search registers page types)

        notifications.connect_signals()
