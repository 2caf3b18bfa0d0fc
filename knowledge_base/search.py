"""Makes knowledge base articles part of the site search (imported by KnowledgeBaseConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from knowledge_base.models import KnowledgeArticlePage, KnowledgeBaseIndexPage
from search import registry

registry.register(
    KnowledgeArticlePage,
    text_fields=["summary", "body"],
    facets=[registry.Facet("topic", "topics", "name")],
)


def topic_links(request):
    """The topics with published articles, each a link to the knowledge base filtered on it."""
    index = KnowledgeBaseIndexPage.objects.live().public().first()
    if index is None:
        return []
    topics = index.topics_with_articles()
    return [{"title": topic.name, "url": index.topic_url(topic, request)} for topic in topics]


registry.register_browse_links("knowledge_base.topics", _("Topics in the knowledge base"), topic_links)
