"""Makes knowledge base articles part of the site search (imported by KnowledgeBaseConfig.ready)."""

from knowledge_base.models import KnowledgeArticlePage
from search import registry

registry.register(
    KnowledgeArticlePage,
    text_fields=["summary", "body"],
    facets=[registry.Facet("topic", "topics", "name")],
)
