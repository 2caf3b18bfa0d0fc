"""The search page makes the same number of queries however many articles match."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import insights
from tests.factories.knowledge_base import KnowledgeArticlePageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def add_articles(kb_index, count, topics, start=0):
    for number in range(start, start + count):
        page = KnowledgeArticlePageFactory(
            parent=kb_index,
            title=f"Training {number}",
            summary=f"Medewerkers volgen trainingen, deel {number}.",
        )
        page.topics.set(topics[: 1 + number % len(topics)])
        page.save_revision().publish()


def count_queries(client, params):
    with CaptureQueriesContext(connection) as context:
        response = client.get("/zoeken/", params)
    assert response.status_code == 200
    return len(context.captured_queries), response


def cold_and_cached(client, params):
    """Queries of a first search (nothing cached) and of the same search again (answer cached)."""
    insights.flush()  # statistics are written in batches; keep that write out of the count
    cache.clear()
    cold, response = count_queries(client, params)
    cached, _response = count_queries(client, params)
    return cold, cached, response


@pytest.mark.parametrize("params", [{"q": "training"}, {"q": "training", "format": "json"}])
def test_search_page_queries_do_not_grow_with_results(employee_client, kb_index, params, settings):
    settings.SEARCH_STATISTICS_FLUSH_SECONDS = 3600
    topics = [TopicFactory(name=name) for name in ["Academie", "Lean", "Leercafé"]]
    add_articles(kb_index, 10, topics)
    employee_client.get("/zoeken/", params)  # warm per-process caches (content types)
    cold_10, cached_10, response = cold_and_cached(employee_client, params)
    assert response.context is None or response.context["outcome"].total == 10

    add_articles(kb_index, 90, topics, start=10)
    employee_client.get("/zoeken/", params)  # per-process data rebuilt after content changes
    cold_100, cached_100, response = cold_and_cached(employee_client, params)
    assert response.context is None or response.context["outcome"].total == 100
    assert cold_10 == cold_100
    assert cached_10 == cached_100
    assert cached_100 < cold_100


def test_answer_cache_can_be_turned_off(employee_client, kb_index, settings):
    """With SEARCH_ANSWER_CACHE_SECONDS = 0 (the bench's "uncached" figure) every search does the work."""
    settings.SEARCH_STATISTICS_FLUSH_SECONDS = 3600
    add_articles(kb_index, 3, [TopicFactory(name="Academie")])
    params = {"q": "training"}
    employee_client.get("/zoeken/", params)
    cold, cached, _response = cold_and_cached(employee_client, params)
    assert cached < cold

    settings.SEARCH_ANSWER_CACHE_SECONDS = 0
    _first, second, response = cold_and_cached(employee_client, params)
    assert second > cached  # the repeated search was not answered from the cache
    assert response.context["outcome"].total == 3
