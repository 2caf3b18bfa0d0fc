"""Makes knowledge base articles part of the site search (imported by KnowledgeBaseConfig.ready)."""

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from knowledge_base.models import KnowledgeArticlePage, KnowledgeBaseIndexPage, Topic
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
    url = index.get_url(request)
    readable = KnowledgeArticlePage.objects.readable().values("pk")
    topics = Topic.objects.filter(articles__in=readable).distinct().order_by("name")
    return [{"title": topic.name, "url": f"{url}?{urlencode({'onderwerp': topic.slug})}"} for topic in topics]


registry.register_browse_links("knowledge_base.topics", _("Topics in the knowledge base"), topic_links)
