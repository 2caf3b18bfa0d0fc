"""Makes knowledge base articles part of the site search (imported by KnowledgeBaseConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from knowledge_base.models import KnowledgeArticlePage
from search import registry

registry.register(
    KnowledgeArticlePage,
    text_fields=["summary", "body"],
    facets=[registry.Facet("topic", _("Topic"), "topics", "name")],
)
