"""Synonyms and abbreviations editors manage apply to every search, in both directions."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from search.models import Synonym
from tests.admin_access import assert_sent_to_admin_login
from tests.factories.search import SynonymFactory

pytestmark = pytest.mark.django_db


def titles(client, query):
    response = client.get("/zoeken/", {"q": query, "format": "json"})
    return sorted(result["title"] for result in response.json()["results"])


@pytest.fixture
def synonyms(db):
    SynonymFactory(terms="M365, Microsoft 365")
    SynonymFactory(terms="Awb, Algemene wet bestuursrecht")
    SynonymFactory(terms="SWBW, Samen West Betuws Werken")
    SynonymFactory(terms="MOT, managementontwikkeltraject")


@pytest.fixture
def articles(make_article):
    make_article("Werken met Teams", "Samenwerken in Microsoft 365 met Teams en OneDrive.")
    make_article("Licenties", "Iedere medewerker heeft een M365-licentie.")
    make_article("Bezwaar maken", "De Algemene wet bestuursrecht regelt bezwaar en beroep.")
    make_article("Programma", "Samen West Betuws Werken is ons ontwikkelprogramma.")
    make_article("Leiderschap", "Leidinggevenden volgen het managementontwikkeltraject.")


def test_abbreviation_finds_the_full_name_and_back(employee_client, synonyms, articles):
    assert titles(employee_client, "M365") == ["Licenties", "Werken met Teams"]
    assert titles(employee_client, "Microsoft 365") == ["Licenties", "Werken met Teams"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("awb", ["Bezwaar maken"]),
        ("algemene wet bestuursrecht", ["Bezwaar maken"]),
        ("SWBW", ["Programma"]),
        ("mot", ["Leiderschap"]),
        ("managementontwikkeltrajecten", ["Leiderschap"]),  # compared by stem
    ],
)
def test_each_synonym_group_works_both_ways(employee_client, synonyms, articles, query, expected):
    assert titles(employee_client, query) == expected


def test_synonym_combines_with_other_words(employee_client, synonyms, articles):
    assert titles(employee_client, "bezwaar awb") == ["Bezwaar maken"]


def test_without_synonym_the_abbreviation_finds_nothing(employee_client, articles):
    assert titles(employee_client, "awb") == []


def test_page_says_which_synonyms_were_added(employee_client, synonyms, articles):
    html = employee_client.get("/zoeken/", {"q": "awb"}).content.decode()
    assert "Ook gezocht op: algemene wet bestuursrecht" in html
    assert "<mark>Algemene</mark> <mark>wet</mark> <mark>bestuursrecht</mark>" in html


def test_a_synonym_needs_two_different_terms(db):
    with pytest.raises(ValidationError) as error:
        Synonym(terms="M365, m365").full_clean()
    assert error.value.message_dict["terms"] == [
        "Vul minstens twee verschillende termen in, gescheiden door komma's."
    ]


def test_editor_adds_a_synonym_in_the_admin(editor_client):
    response = editor_client.post(reverse("search_synonym:add"), {"terms": "HR, personeelszaken"})
    assert response.status_code == 302
    assert Synonym.objects.get().term_list() == ["hr", "personeelszaken"]


def test_employee_cannot_manage_synonyms(employee_client):
    response = employee_client.get("/admin/zoeken/synoniemen/")
    assert_sent_to_admin_login(response, "/admin/zoeken/synoniemen/")
