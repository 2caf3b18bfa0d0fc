import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from search import insights
from tests.factories.knowledge_base import KnowledgeArticlePageFactory, TopicFactory


@pytest.fixture
def article(kb_index):
    """Publish an article with the given title, summary and topics."""

    def make(title, summary="Een korte samenvatting.", topics=(), parent=None, **kwargs):
        page = KnowledgeArticlePageFactory(parent=parent or kb_index, title=title, summary=summary, **kwargs)
        if topics:
            page.topics.set([TopicFactory(name=name) for name in topics])
        # Publish as an editor would: sets the dates and sends page_published.
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def private_section(article, kb_index):
    """An article that only the editors' group may read."""
    page = article("Vertrouwelijke training", "Alleen voor het Coördinatiepunt: trainingen.")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Coördinatiepunt"))
    return page


@pytest.fixture(autouse=True)
def flushed_statistics(db):
    """Unwritten search statistics must not leak from one test into the next."""
    yield
    insights.flush()  # into this test's database, which is rolled back next
