from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeBaseConfig(AppConfig):
    name = "knowledge_base"
    verbose_name = _("Knowledge base")

    def ready(self):
        from knowledge_base import search  # noqa: F401 (registers the article type for site search)
