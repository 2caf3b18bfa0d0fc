"""The results page as an employee reads it: readable snippets and counts, filters that come
after the results heading, a way on when nothing is found, and the corrected query."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from search import registry
from search.models import QueryStatistic

pytestmark = pytest.mark.django_db

SEARCH_URL = "/zoeken/"

BODY = [
    {"type": "heading", "value": {"text": "Drie minuten oefenen", "level": "h2"}},
    {"type": "paragraph", "value": "<p>In de eerste oefening volg je een korte training.</p>"},
    {"type": "callout", "value": {"kind": "info", "text": "<p>Neem je laptop mee naar de training.</p>"}},
    {"type": "callout", "value": {"kind": "warning", "text": "<p>Meld je op tijd af.</p>"}},
    {
        "type": "steps",
        "value": {
            "title": "Zo meld je je aan",
            "steps": [{"type": "item", "value": {"title": "Kies een training", "text": ""}, "id": "a1"}],
        },
    },
]


def html_of(client, **params):
    response = client.get(SEARCH_URL, params)
    assert response.status_code == 200
    return response.content.decode()


def test_text_of_an_article_holds_its_sentences_and_no_block_names(make_article):
    article = make_article("Oefenen", "Oefenen in drie minuten.", body=BODY)
    text = registry.get(type(article)).text(article)
    sentences = ["Drie minuten oefenen", "In de eerste oefening", "Neem je laptop mee", "Kies een training"]
    for sentence in sentences:
        assert sentence in text
    for structure in ["h2", "info", "warning", "heading", "callout", "item", "a1"]:
        assert not re.search(rf"\b{structure}\b", text), structure


def test_snippet_has_no_block_names_and_starts_at_a_sentence(employee_client, make_article):
    make_article("Oefenen", "Oefenen in drie minuten voor iedereen die dat wil doen.", body=BODY)
    html = html_of(employee_client, q="laptop")
    snippet = re.search(r'<p class="utrecht-paragraph search-result__snippet">(.*?)</p>', html, re.S).group(1)
    assert "h2" not in snippet and "info" not in snippet
    assert snippet.startswith("… Neem je <mark>laptop</mark> mee naar de training.")


def test_facet_counts_are_separated_from_their_labels(employee_client, make_article):
    make_article("Training Lean", "Een training over lean.", topics=["Lean"])
    make_article("Training Belbin", "Een training over teamrollen.", topics=["Lean"])
    html = html_of(employee_client, q="training")
    assert re.search(
        r'<span class="search-facet__label">Lean</span>\s*<span class="search-facet__count">'
        r'<span aria-hidden="true">\(2\)</span><span class="visually-hidden">, 2 resultaten</span>',
        html,
    )


def test_filters_come_after_the_results_heading_and_before_the_list(employee_client, make_article):
    make_article("Training Lean", "Een training over lean.", topics=["Lean"])
    html = html_of(employee_client, q="training", topic="")
    heading = html.index('id="results-heading"')
    filters = html.index('<details class="search-filters"')
    results = html.index('<ol class="search-results__list"')
    assert heading < filters < results
    # closed in the page as sent: a phone shows the results first (filters.js opens it when wide)
    assert re.search(r'<details class="search-filters" data-search-filters>', html)


def test_a_chosen_filter_is_marked_current_and_counted(employee_client, make_article):
    article = make_article("Training Lean", "Een training over lean.", topics=["Lean"])
    topic = article.topics.get()
    html = html_of(employee_client, q="training", topic=topic.pk)
    assert 'aria-current="true"' in html
    assert "(1 gekozen)" in html


def test_long_facet_lists_show_the_top_values_and_the_rest_on_request(employee_client, make_article):
    for number in range(8):
        make_article(f"Training {number}", "Een training.", topics=[f"Onderwerp {number}"])
    html = html_of(employee_client, q="training")
    more = re.search(r'<details class="search-facet__more">(.*?)</details>', html, re.S).group(1)
    assert "Toon nog 3" in more
    assert more.count('class="search-facet__item"') == 3


def test_an_empty_result_offers_popular_searches_topics_and_the_contact(
    employee_client, make_article, settings
):
    settings.DEFAULT_FROM_EMAIL = "Coördinatiepunt Lerende Organisatie <leren@example.org>"
    make_article("Verlof aanvragen", "Zo vraag je verlof aan.", topics=["Verlof"])
    today = timezone.localdate()
    QueryStatistic.objects.create(query="verlof", date=today, searches=5, zero_result_searches=1)
    QueryStatistic.objects.create(query="jan de vries", date=today, searches=1)  # rare: never shown
    QueryStatistic.objects.create(query="xyzzy", date=today, searches=9, zero_result_searches=9)
    QueryStatistic.objects.create(
        query="oud", date=today - datetime.timedelta(days=400), searches=50, zero_result_searches=0
    )

    html = html_of(employee_client, q="qwertyuiop")
    ways_on = re.search(r'<div class="search-ways-on">(.*?)</div>', html, re.S).group(1)
    assert "Vaak gezocht" in ways_on
    assert 'href="/zoeken/?q=verlof"' in ways_on
    for hidden in ["jan de vries", "xyzzy", "oud"]:
        assert f">{hidden}<" not in ways_on
    assert "Onderwerpen in de kennisbank" in ways_on
    assert re.search(r'href="[^"]*\?onderwerp=verlof">Verlof</a>', ways_on)
    assert 'href="mailto:leren@example.org"' in ways_on
    assert "Coördinatiepunt Lerende Organisatie" in ways_on


def test_an_empty_result_offers_the_spelling_suggestion_first(employee_client, make_article):
    make_article("Mindfulness", "Rust en aandacht op het werk met mindfulness.")
    html = html_of(employee_client, q="mindfullness", exact=1)
    suggestion = html.index('Bedoelde je: <a class="utrecht-link" href="/zoeken/?q=mindfulness">')
    assert suggestion < html.index('<div class="search-ways-on">')


def test_the_corrected_query_is_shown_with_a_link_to_search_as_typed(employee_client, make_article):
    make_article("Mindfulness", "Rust en aandacht op het werk met mindfulness.")
    html = html_of(employee_client, q="mindfullness")
    assert "resultaat voor “mindfulness”" in html
    assert re.search(
        r"Resultaten voor <strong>mindfulness</strong>\. Zoek in plaats daarvan naar "
        r'<a class="utrecht-link" href="/zoeken/\?q=mindfullness&amp;exact=1">mindfullness</a>',
        html,
    )
    assert "/zoeken/klik/" in html  # the result itself is listed
    assert "Bedoelde je" not in html


def test_an_empty_result_reads_the_same_few_queries_however_many_topics(
    employee_client, make_article, fresh_caches
):
    def queries_of_an_empty_search():
        fresh_caches()
        employee_client.get(SEARCH_URL, {"q": "qwertyuiop"})  # the first reads the topics
        with CaptureQueriesContext(connection) as context:
            html = html_of(employee_client, q="qwertyuiop")
        return len(context.captured_queries), html

    make_article("Verlof", "Zo vraag je verlof aan.", topics=["Verlof"])
    few, _html = queries_of_an_empty_search()
    for number in range(6):
        make_article(f"Artikel {number}", "Tekst.", topics=[f"Onderwerp {number}"])
    many, html = queries_of_an_empty_search()
    assert few == many
    assert "Onderwerp 5" in html


def test_the_search_page_has_one_search_box_not_the_header_one_too(employee_client, make_article):
    make_article("Verlof", "Zo vraag je verlof aan.")
    html = html_of(employee_client, q="verlof")
    assert html.count('role="search"') == 1
    assert 'id="search-q"' in html and 'id="site-search-q"' not in html


def test_a_result_larger_than_the_search_reads_says_more_than_and_counts_no_filters(
    employee_client, make_article, monkeypatch
):
    """Beyond `MAX_MATCHES` (10,000; here 3) the search stops counting: the page says "more
    than", the filters are those of the matches read, without numbers."""
    from search import engine

    monkeypatch.setattr(engine, "MAX_MATCHES", 3)
    for number in range(5):
        make_article(f"Training {number}", "Een training over lean.", topics=["Lean"])

    html = html_of(employee_client, q="training")
    assert "Meer dan 3 resultaten voor “training”. Voeg een woord toe of kies een filter" in html
    assert '<span class="search-facet__label">Lean</span>' in html
    assert "search-facet__count" not in html
    assert html.count('<li class="search-result">') == 3

    answer = employee_client.get(SEARCH_URL, {"q": "training", "format": "json"}).json()
    assert answer["total"] == 3 and answer["total_capped"] is True
    assert {item["count"] for values in answer["facets"].values() for item in values} == {None}


def test_a_result_the_search_reads_whole_is_counted(employee_client, make_article, monkeypatch):
    from search import engine

    monkeypatch.setattr(engine, "MAX_MATCHES", 3)
    for number in range(3):
        make_article(f"Training {number}", "Een training over lean.", topics=["Lean"])

    answer = employee_client.get(SEARCH_URL, {"q": "training", "format": "json"}).json()
    assert answer["total"] == 3 and answer["total_capped"] is False
    assert answer["facets"]["topic"][0]["count"] == 3
    assert "3 resultaten voor “training”" in html_of(employee_client, q="training")


def test_an_older_page_with_the_query_in_its_title_is_found_beyond_what_the_search_reads(
    employee_client, make_article, monkeypatch
):
    """PostgreSQL reads the newest matches and the newest title matches; the page about the
    query comes first even when many newer pages mention it."""
    from search import engine

    monkeypatch.setattr(engine, "MAX_MATCHES", 3)
    make_article("Mindfulness", "Rust in je hoofd.")
    for number in range(6):
        make_article(f"Werkdruk {number}", "Probeer eens mindfulness in de pauze.")

    answer = employee_client.get(SEARCH_URL, {"q": "mindfulness", "format": "json"}).json()
    assert answer["total_capped"] is True
    assert answer["results"][0]["title"] == "Mindfulness"
