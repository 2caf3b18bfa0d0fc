from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntranetConfig(AppConfig):
    name = "intranet"
    verbose_name = _("Intranet")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from intranet import signals

        signals.connect()
