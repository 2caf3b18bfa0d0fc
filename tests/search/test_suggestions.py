"""Typo tolerance: "Bedoelde je" suggestions from the words of published pages, on every database."""

import io

import pytest
from django.core.management import call_command

from search.models import IndexedWord, PageWords

pytestmark = pytest.mark.django_db


def search(client, query, **params):
    return client.get("/zoeken/", {"q": query, "format": "json", **params}).json()


def test_a_typo_shows_the_results_of_the_corrected_query(employee_client, make_article):
    make_article("Mindfulness", "Rust en aandacht op het werk met mindfulness.")
    data = search(employee_client, "mindfullness")
    assert data["query"] == "mindfullness"
    assert data["corrected_query"] == "mindfulness"
    assert [result["title"] for result in data["results"]] == ["Mindfulness"]
    assert data["suggestion"] is None


def test_searching_exactly_what_was_typed_offers_the_correction_instead(employee_client, make_article):
    make_article("Mindfulness", "Rust en aandacht op het werk met mindfulness.")
    data = search(employee_client, "mindfullness", exact="1")
    assert data["total"] == 0
    assert data["corrected_query"] is None
    assert data["suggestion"] == "mindfulness"
    assert search(employee_client, data["suggestion"])["total"] == 1


def test_a_known_word_is_never_corrected(employee_client, make_article):
    make_article("Mindfulness", "Rust en aandacht op het werk met mindfulness.")
    make_article("Mindfullness", "Zo schrijf je het niet.")
    data = search(employee_client, "mindfullness")
    assert data["corrected_query"] is None
    assert [result["title"] for result in data["results"]] == ["Mindfullness"]


def test_suggestion_is_a_link_to_that_search(employee_client, make_article):
    make_article("Mindfulness", "Rust en aandacht op het werk met mindfulness.")
    html = employee_client.get("/zoeken/", {"q": "mindfullness", "exact": "1"}).content.decode()
    assert 'Bedoelde je: <a class="utrecht-link" href="/zoeken/?q=mindfulness">mindfulness</a>?' in html


def test_only_the_misspelled_word_is_replaced(employee_client, make_article):
    make_article("Teamrollen", "Teamontwikkeling met de teamrollen van Belbin.")
    assert search(employee_client, "belbn teamrollen")["corrected_query"] == "belbin teamrollen"
    assert search(employee_client, "belbn teamrollen", exact="1")["suggestion"] == "belbin teamrollen"


def test_no_suggestion_when_words_are_known(employee_client, make_article):
    make_article("Lean", "Verspillingen zien en wegnemen.")
    assert search(employee_client, "verspilling")["suggestion"] is None


def test_no_suggestion_for_words_of_unpublished_pages(employee_client, make_article):
    page = make_article("Mindfulness", "Rust en aandacht met mindfulness.")
    page.unpublish()
    assert not IndexedWord.objects.filter(word="mindfulness").exists()
    assert search(employee_client, "mindfullness")["suggestion"] is None


def test_words_of_private_pages_are_not_suggested(employee_client, private_section):
    call_command("update_search_vocabulary", stdout=io.StringIO())
    assert not IndexedWord.objects.filter(word="vertrouwelijke").exists()
    assert search(employee_client, "vertrouwelijk")["suggestion"] is None


def test_republishing_updates_the_page_words(make_article):
    page = make_article("Leercafé", "Elke maand een leercafé.")
    assert IndexedWord.objects.get(word="leercafé").frequency == 1
    page.summary = "Elke maand een kennissessie."
    page.save_revision().publish()
    assert IndexedWord.objects.get(word="leercafé").frequency == 1  # still in the title
    assert IndexedWord.objects.filter(word="kennissessie").exists()
    assert not IndexedWord.objects.filter(word="maand", frequency=2).exists()


def test_command_rebuilds_the_vocabulary(make_article):
    make_article("Mindfulness", "Rust en aandacht met mindfulness.")
    make_article("Mindfulness op kantoor", "Ook hier mindfulness.")
    IndexedWord.objects.all().delete()
    PageWords.objects.all().delete()
    output = io.StringIO()
    call_command("update_search_vocabulary", stdout=output)
    assert "from 2 pages" in output.getvalue()
    assert IndexedWord.objects.get(word="mindfulness").frequency == 2
    assert PageWords.objects.count() == 2


def test_deleting_a_page_removes_its_words(make_article):
    page = make_article("Eenmalig", "Een uniekwoord.")
    page.delete()
    assert not IndexedWord.objects.filter(word="uniekwoord").exists()


def test_update_index_also_rebuilds_the_vocabulary(make_article):
    make_article("Mindfulness", "Rust en aandacht met mindfulness.")
    IndexedWord.objects.all().delete()
    output = io.StringIO()
    call_command("update_index", stdout=output)
    assert "Vocabulary rebuilt" in output.getvalue()
    assert IndexedWord.objects.filter(word="mindfulness").exists()
