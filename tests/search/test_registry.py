"""A page type becomes searchable by registering it; the search view needs no change."""

import pytest

from knowledge_base.models import KnowledgeBaseIndexPage
from search import registry

pytestmark = pytest.mark.django_db


@pytest.fixture
def index_pages_registered():
    registry.register(KnowledgeBaseIndexPage, text_fields=["intro"])
    yield
    registry.unregister(KnowledgeBaseIndexPage)


def types_found(client, query):
    data = client.get("/zoeken/", {"q": query, "format": "json"}).json()
    return sorted(result["type"] for result in data["results"]), data["facets"].get("type", [])


def test_unregistered_page_types_are_not_searched(employee_client, kb_index, make_article):
    make_article("Over de kennisbank", "De kennisbank bevat instructies.")
    kb_index.intro = "<p>Alle instructies op een rij.</p>"
    kb_index.save_revision().publish()
    types, _facet = types_found(employee_client, "instructies")
    assert len(types) == 1


def test_registered_page_type_appears_with_its_own_type_and_facet(
    employee_client, kb_index, make_article, index_pages_registered
):
    make_article("Over de kennisbank", "De kennisbank bevat instructies.")
    kb_index.intro = "<p>Alle instructies op een rij.</p>"
    kb_index.save_revision().publish()
    types, facet = types_found(employee_client, "instructies")
    assert len(types) == 2
    assert {item["value"] for item in facet} == {
        "knowledge_base.knowledgearticlepage",
        "knowledge_base.knowledgebaseindexpage",
    }
    data = employee_client.get("/zoeken/", {"q": "instructies", "format": "json"}).json()
    index_result = next(r for r in data["results"] if r["url"] == kb_index.url)
    assert index_result["snippet"] == "Alle <mark>instructies</mark> op een rij."


def test_text_of_stream_and_rich_text_fields_without_markup():
    from wagtail.rich_text import RichText

    assert registry.plain_text(RichText("<p>Een <b>vet</b> woord</p>")) == "Een vet woord"
    assert registry.plain_text("<p>Tekst</p>") == "Tekst"
    assert registry.plain_text(None) == ""
