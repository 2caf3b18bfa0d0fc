"""The search finds what employees type: word forms, compounds, questions and exact titles.

Each case publishes articles and searches through the JSON answer, as the results page does,
on the database the suite runs on (CI runs it on SQLite and PostgreSQL): the behaviour must be
the same on both.
"""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

pytestmark = pytest.mark.django_db


def titles(client, query, **params):
    data = client.get("/zoeken/", {"q": query, "format": "json", **params}).json()
    return [result["title"] for result in data["results"]]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("aangevraagd", "Zo kun je verlof aanvragen in het personeelsportaal."),
        ("beoordeeld", "De beoordeling vindt eens per jaar plaats."),
        ("gedeclareerd", "Reiskosten declareren doe je binnen drie maanden."),
        ("fiets", "Via de werkgever kun je fietsen voordelig aanschaffen."),
        ("fietsen", "Je kiest zelf een fiets bij een erkende dealer."),
        ("gesprekje", "Plan een gesprek met je leidinggevende."),
        ("trainingen", "Deze training duurt twee dagdelen."),
        ("leercafe", "Kom naar het leercafé in het gemeentehuis."),
    ],
)
def test_a_word_form_finds_the_other_form(employee_client, make_article, query, text):
    make_article("Artikel", text)
    make_article("Ander artikel", "Over iets heel anders: de kantine en de koffie.")
    assert titles(employee_client, query) == ["Artikel"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("fiets plan", "Met het fietsplan koop je voordelig een fiets."),
        ("thuis werk vergoeding", "De thuiswerkvergoeding wordt maandelijks uitbetaald."),
        ("reiskostenvergoeding", "De vergoeding van reiskosten hangt af van de afstand."),
        ("verlofaanvraag", "Een aanvraag voor verlof dien je in bij je teamleider."),
        ("dienstauto", "Reserveer de dienst-auto via het reserveringssysteem."),
        ("dienst auto", "Reserveer de dienst-auto via het reserveringssysteem."),
    ],
)
def test_a_compound_written_apart_or_together_finds_the_text(employee_client, make_article, query, text):
    make_article("Artikel", text)
    make_article("Ander artikel", "Over de kantine, de koffie en de plannen voor het werk.")
    assert titles(employee_client, query) == ["Artikel"]


def test_a_question_finds_the_article_without_every_word(employee_client, make_article):
    make_article("Laptop aanvragen", "Een nieuwe laptop vraag je aan bij de servicedesk.")
    make_article("Telefoon", "Een mobiele telefoon krijg je van de servicedesk.")
    make_article("Kantine", "De kantine is open van acht tot twee.")
    found = titles(employee_client, "hoe kan ik een nieuwe laptop krijgen")
    assert found[0] == "Laptop aanvragen"
    assert "Kantine" not in found


def test_a_relaxed_match_ranks_the_pages_with_most_of_the_words_first(employee_client, make_article):
    make_article("Laptop aanvragen", "Een nieuwe laptop vraag je aan bij de servicedesk.")
    make_article("Kantine", "De kantine is open van acht tot twee.")
    make_article("Werkplek", "Je laptop mag mee naar de kantine.")
    make_article("Vergaderen", "Koffie en thee staan klaar.")
    # no page has all three words
    found = titles(employee_client, "laptop kantine parkeren")
    assert found[0] == "Werkplek"
    assert "Vergaderen" not in found


def test_a_rare_word_of_a_question_counts_for_more_than_its_common_words(employee_client, make_article):
    for number in range(6):
        make_article(f"Nieuws {number}", "Hoe lang duurt het nog? Het duurt lang, het werk duurt lang.")
    make_article("Zwangerschapsverlof", "Je krijgt zestien weken verlof rond de bevalling.")
    assert titles(employee_client, "hoe lang duurt zwangerschapsverlof")[0] == "Zwangerschapsverlof"


def test_stop_words_alone_still_find_a_title_of_stop_words(employee_client, make_article):
    make_article("Wie is wie", "Het smoelenboek van de gemeente.")
    assert titles(employee_client, "wie is wie") == ["Wie is wie"]


def test_a_title_match_ranks_above_body_mentions(employee_client, make_article):
    for number in range(3):
        make_article(
            f"Nieuwsbrief {number}", "Over onboarding en het inwerkprogramma, onboarding voor iedereen."
        )
    make_article("Onboarding", "Zo ga je van start bij de gemeente.")
    assert titles(employee_client, "onboarding")[0] == "Onboarding"


def test_an_exact_title_ranks_first(employee_client, make_article):
    make_article("Verlof", "Alles over verlof, verlof aanvragen en verlof opnemen: verlof, verlof.")
    make_article("Verlof aanvragen", "Zo doe je dat.")
    assert titles(employee_client, "verlof aanvragen")[0] == "Verlof aanvragen"
    assert titles(employee_client, "verlof")[0] == "Verlof"


def test_a_promotion_shows_for_another_form_of_its_query(employee_client, make_article):
    promoted = make_article("Trainingsaanbod", "Alle trainingen.")
    SearchPromotion.objects.create(query=Query.get("training"), page=promoted, description="Begin hier.")
    data = employee_client.get("/zoeken/", {"q": "trainingen", "format": "json"}).json()
    html = employee_client.get("/zoeken/", {"q": "trainingen"}).content.decode()
    assert data["results"][0]["title"] == "Trainingsaanbod"
    assert "Begin hier." in html


def test_the_snippet_marks_the_words_searched_for_not_the_stop_words(employee_client, make_article):
    make_article("Laptop aanvragen", "Een nieuwe laptop vraag je aan bij de servicedesk.")
    query = "hoe vraag ik een nieuwe laptop aan"
    data = employee_client.get("/zoeken/", {"q": query, "format": "json"}).json()
    snippet = data["results"][0]["snippet"]
    assert "<mark>laptop</mark>" in snippet and "<mark>nieuwe</mark>" in snippet
    assert "<mark>Een</mark>" not in snippet and "<mark>aan</mark>" not in snippet
