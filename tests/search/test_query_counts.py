"""The search page makes the same number of queries however many articles match."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import insights
from tests.factories.knowledge_base import TopicFactory

pytestmark = pytest.mark.django_db


def add_articles(make_article, count, topics, start=0):
    for number in range(start, start + count):
        make_article(
            f"Training {number}",
            f"Medewerkers volgen trainingen, deel {number}.",
            topics=topics[: 1 + number % len(topics)],
        )


def count_queries(client, params):
    with CaptureQueriesContext(connection) as context:
        response = client.get("/zoeken/", params)
    assert response.status_code == 200
    return len(context.captured_queries), response


def cold_and_warm(client, params, clear_caches):
    """Queries of a search in a process that keeps nothing yet, and of the same search again."""
    insights.flush()  # statistics are written in batches; keep that write out of the count
    clear_caches()
    cold, response = count_queries(client, params)
    warm, _response = count_queries(client, params)
    return cold, warm, response


@pytest.mark.parametrize("params", [{"q": "training"}, {"q": "training", "format": "json"}])
def test_search_page_queries_do_not_grow_with_results(
    employee_client, make_article, params, settings, fresh_caches
):
    settings.SEARCH_STATISTICS_FLUSH_SECONDS = 3600
    topics = [TopicFactory(name=name) for name in ["Academie", "Lean", "Leercafé"]]
    add_articles(make_article, 10, topics)
    employee_client.get("/zoeken/", params)  # ContentType's own cache of the page types
    cold_10, warm_10, response = cold_and_warm(employee_client, params, fresh_caches)
    assert response.context is None or response.context["outcome"].total == 10

    add_articles(make_article, 90, topics, start=10)
    cold_100, warm_100, response = cold_and_warm(employee_client, params, fresh_caches)
    assert response.context is None or response.context["outcome"].total == 100
    assert cold_10 == cold_100
    assert warm_10 == warm_100
    # What is kept per content version spares queries; the answer itself is never kept.
    assert warm_100 < cold_100


def test_a_repeated_search_is_answered_afresh(employee_client, make_article, settings, fresh_caches):
    settings.SEARCH_STATISTICS_FLUSH_SECONDS = 3600
    add_articles(make_article, 3, [TopicFactory(name="Academie")])
    params = {"q": "training"}
    _cold, first, _response = cold_and_warm(employee_client, params, fresh_caches)
    second, response = count_queries(employee_client, params)
    assert second == first and response.context["outcome"].total == 3
    make_article("Training 3", "Nog een training.")
    assert employee_client.get("/zoeken/", params).context["outcome"].total == 4


def test_a_result_beyond_what_the_search_reads_costs_no_more_queries(
    employee_client, make_article, settings, fresh_caches, monkeypatch
):
    """Above `MAX_MATCHES` (here 20) the search neither counts the rest nor counts the facets in
    the database: the same queries as a result it reads whole."""
    from search import engine

    settings.SEARCH_STATISTICS_FLUSH_SECONDS = 3600
    monkeypatch.setattr(engine, "MAX_MATCHES", 20)
    topics = [TopicFactory(name=name) for name in ["Academie", "Lean", "Leercafé"]]
    add_articles(make_article, 10, topics)
    params = {"q": "training"}
    employee_client.get("/zoeken/", params)
    cold_10, warm_10, response = cold_and_warm(employee_client, params, fresh_caches)
    assert not response.context["outcome"].total_capped

    add_articles(make_article, 90, topics, start=10)
    cold_100, warm_100, response = cold_and_warm(employee_client, params, fresh_caches)
    assert response.context["outcome"].total_capped and response.context["outcome"].total == 20
    assert (cold_10, warm_10) == (cold_100, warm_100)
