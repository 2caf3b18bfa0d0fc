"""The configured search backend matches Dutch word forms on SQLite and PostgreSQL."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def titles(query):
    return {page.title for page in Page.objects.live().search(query)}


@pytest.fixture
def articles(make_article):
    make_article("Leren in de praktijk", "Medewerkers volgen trainingen bij de Academie.")
    make_article("Het goede gesprek", "De medewerker en de leidinggevende bespreken de ontwikkeling.")
    make_article("Lean werken", "Verspillingen in processen vinden.")


def test_singular_query_finds_plural_forms(articles):
    assert titles("training") == {"Leren in de praktijk"}
    assert titles("medewerker training") == {"Leren in de praktijk"}


def test_plural_query_finds_singular_form(articles):
    assert titles("medewerkers") == {"Leren in de praktijk", "Het goede gesprek"}


def test_all_words_must_match(articles):
    assert titles("training leidinggevende") == set()


def test_plural_of_other_word_forms(articles):
    assert titles("verspilling") == {"Lean werken"}


def test_operators_and_quotes_do_not_break_the_backend(articles):
    for query in ['"', "AND(", "*", "NEAR(a b)", "training\"'*", "^ - +"]:
        list(Page.objects.live().search(query))


def test_autocomplete_matches_title_prefix(articles):
    found = {page.title for page in Page.objects.live().autocomplete("gespr")}
    assert found == {"Het goede gesprek"}


def test_update_index_command_rebuilds_a_working_index(articles):
    call_command("update_index", verbosity=0)
    assert titles("trainingen") == {"Leren in de praktijk"}


def _stored(page):
    """How the index row of ``page`` stores its body vector, and the size of the TOAST table."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_compression(body), octet_length(body_text),"
            " (SELECT pg_relation_size(reltoastrelid) FROM pg_class"
            "  WHERE relname = 'wagtailsearch_indexentry')"
            " FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(page.pk)],
        )
        return cursor.fetchone()


def test_postgres_keeps_what_ranking_reads_in_the_row_and_the_plain_text_out(make_article):
    """Migration search.0006: the body vector stays in its row and the plain text goes to the
    TOAST table, so a search for a common word reads narrow rows and decompresses little."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("Column storage is a PostgreSQL setting.")
    # an article of a few hundred words
    words = " ".join(f"onderwerp{number} voor iedere medewerker" for number in range(40))
    page = make_article(
        "Een lang artikel",
        "Over trainingen.",
        body=[("paragraph", f"<p>{words}</p>")],
    )

    compression, text_length, toast_size = _stored(page)

    assert text_length > 1000  # long enough to make a difference to the row
    assert compression is None  # the vector is stored as it is: ranking decompresses nothing
    assert toast_size > 0  # the plain text went to the TOAST table
    assert titles("onderwerp7") == {"Een lang artikel"}
