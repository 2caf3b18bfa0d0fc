"""The fast ranked list of matches (``ranked_matches``) finds exactly what the ordinary search
finds, in the same order, and never a page that may not be shown."""

import pytest
from django.db import connection
from modelsearch.query import And, Or, Phrase, PlainText

from intranet.models import ContentVersion
from search import engine
from search.queries import plan

pytestmark = pytest.mark.django_db

QUERIES = [
    "training",
    "medewerker",
    "medewerker training",
    "lean verspillingen",
    "de training",  # a stop word and a word
    "de",  # only a stop word: nothing
    Phrase("volgen trainingen"),
    Or([PlainText("lean"), Phrase("goede gesprek")]),
    And([PlainText("training"), Or([PlainText("lean"), PlainText("academie")])]),
]


@pytest.fixture
def library(make_article, private_section, kb_index):
    """Articles that rank differently, two that tie, one unpublished and one private."""
    pages = {
        "title": make_article("Training", "Alles over de training van medewerkers."),
        "twice": make_article("Leren", "Medewerkers volgen trainingen, trainingen en nog eens trainingen."),
        "tie_a": make_article(
            "Tweeling", "Een medewerker volgt een training bij de Academie.", slug="tweeling-a"
        ),
        "tie_b": make_article(
            "Tweeling", "Een medewerker volgt een training bij de Academie.", slug="tweeling-b"
        ),
        "lean": make_article("Lean werken", "Verspillingen vinden met lean, ook na een training."),
        "talk": make_article(
            "Het goede gesprek", "De medewerker en de leidinggevende bespreken de training."
        ),
        "other": make_article("Fietsen", "Fietsen naar het werk."),
        "private": private_section,
    }
    draft = make_article("Training in concept", "Deze training is nog niet gepubliceerd.")
    draft.unpublish()
    pages["draft"] = draft
    return pages


def ranked(query, type_key=None, facet_filters=None):
    base, _types = engine.searchable_pages(type_key, facet_filters)
    search_query = plan(query).strict() if isinstance(query, str) else query
    results = base.search(search_query)
    return engine.ranked_matches(results), [(page.pk, page.content_type_id) for page in results]


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_ranked_matches_are_the_search_results_in_the_same_order(library, query):
    fast, ordinary = ranked(query)
    assert fast == ordinary


def test_ranked_matches_leave_out_unpublished_and_private_pages(library):
    fast, _ordinary = ranked("training")
    found = [pk for pk, _content_type_id in fast]
    assert library["draft"].pk not in found
    assert library["private"].pk not in found
    assert {library["title"].pk, library["twice"].pk, library["tie_a"].pk, library["lean"].pk} <= set(found)
    assert library["other"].pk not in found


def test_ranked_matches_are_ordered_by_relevance(library):
    fast, _ordinary = ranked("training")
    # The word in the title or three times in the text beats one mention (PostgreSQL weighs
    # the title, SQLite's BM25 the repetition); a list by id alone would not start there.
    assert fast[0][0] in {library["title"].pk, library["twice"].pk}
    assert fast != sorted(fast, reverse=True)


def test_ranked_matches_respect_the_type_filter(library):
    fast, ordinary = ranked("training", type_key="academy_pages.coursepage")
    assert fast == ordinary == []


def test_postgres_ranks_from_the_index_entries(library):
    if connection.vendor != "postgresql":
        pytest.skip("The index-entry ranking query exists only in the PostgreSQL backend.")
    base, _types = engine.searchable_pages()
    results = base.search(plan("medewerker training").strict())
    compiler = results.query_compiler
    rows = compiler.ranked_entries(compiler.get_config(results.backend), 100)
    assert rows is not None  # the fast path was taken, not the fallback
    assert rows == [(page.pk, page.content_type_id) for page in results]


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_ranked_matches_within_the_known_searchable_ids_are_the_same(library, query, rf):
    base, _types = engine.searchable_pages()
    search_query = plan(query).strict() if isinstance(query, str) else query
    within = engine.searchable_ids(base, None, {}, rf.get("/"))
    assert library["private"].pk not in within and library["draft"].pk not in within

    with_ids = engine.ranked_matches(base.search(search_query), within=within)

    assert with_ids == engine.ranked_matches(base.search(search_query))


def test_a_truncated_list_within_known_ids_falls_back_to_the_query(library, rf):
    base, _types = engine.searchable_pages()
    within = engine.searchable_ids(base, None, {}, rf.get("/"))
    without_ids = engine.ranked_matches(base.search("training"), limit=2)

    # With room for only two rows, reading first and keeping the visible ones afterwards could
    # lose visible matches behind invisible ones; the backends then filter in the query.
    with_ids = engine.ranked_matches(base.search("training"), limit=2, within=within)
    assert with_ids == without_ids and len(with_ids) == 2
    assert library["private"].pk not in [pk for pk, _content_type_id in with_ids]


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_ranked_matches_with_the_content_version_are_the_same(library, query, rf):
    """With the content version, the SQLite backend ranks from the FTS table and its entry map."""
    base, _types = engine.searchable_pages()
    search_query = plan(query).strict() if isinstance(query, str) else query
    request = rf.get("/")
    within = engine.searchable_ids(base, None, {}, request)

    remembered = engine.ranked_matches(
        base.search(search_query), within=within, state=ContentVersion.for_request(request)
    )

    assert remembered == engine.ranked_matches(base.search(search_query))


def test_a_page_indexed_after_the_entries_were_remembered_is_ranked(library, make_article):
    """An index entry newer than the remembered ones is read when a search first meets it,
    even under the same state token (for example a page indexed by another process)."""
    base, _types = engine.searchable_pages()
    before = engine.ranked_matches(
        base.search("training"), within=frozenset(base.values_list("pk", flat=True)), state="same"
    )
    newcomer = make_article("Training voor nieuwe collega's", "Een training over trainingen en trainingen.")
    base, _types = engine.searchable_pages()

    after = engine.ranked_matches(
        base.search("training"), within=frozenset(base.values_list("pk", flat=True)), state="same"
    )

    assert newcomer.pk not in [pk for pk, _content_type_id in before]
    assert newcomer.pk in [pk for pk, _content_type_id in after]
    assert after == engine.ranked_matches(base.search("training"))
