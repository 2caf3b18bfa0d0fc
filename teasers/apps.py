from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeasersConfig(AppConfig):
    name = "teasers"
    verbose_name = _("Teasers")
