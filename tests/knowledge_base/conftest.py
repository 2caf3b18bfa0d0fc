import pytest

from tests.factories.knowledge_base import KnowledgeArticlePageFactory


@pytest.fixture(autouse=True)
def fresh_embed_state(embed_finders):
    """Embeds never reach the internet in tests, and no test sees another's cached embeds."""
    embed_finders([{"class": "tests.knowledge_base.finders.UnreachableFinder"}])


@pytest.fixture
def make_article(kb_index):
    """Create a published article in the knowledge base; keyword arguments go to the factory."""

    def make(**kwargs):
        topics = kwargs.pop("topics", [])
        article = KnowledgeArticlePageFactory(parent=kwargs.pop("parent", kb_index), **kwargs)
        if topics:
            article.topics.set(topics)
            article.save()
        return article

    return make


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}
