"""The search page, its JSON answer, autocomplete and the click redirect, as employees use them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import insights
from search.models import QueryStatistic
from tests.factories.knowledge_base import TopicFactory

pytestmark = pytest.mark.django_db

SEARCH_URL = "/zoeken/"


def search_json(client, **params):
    response = client.get(SEARCH_URL, {"format": "json", **params})
    assert response.status_code == 200
    return response.json()


def result_titles(client, query, **params):
    return [result["title"] for result in search_json(client, q=query, **params)["results"]]


@pytest.mark.parametrize(
    "url", [SEARCH_URL + "?q=training", SEARCH_URL + "?q=training&format=json", "/zoeken/suggesties/?q=tra"]
)
def test_anonymous_visitor_is_sent_to_login(client, url, make_article):
    make_article("Trainingen", "Alle trainingen van de Academie.")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("people:login"))


def test_click_redirect_needs_login(client, make_article):
    page = make_article("Trainingen", "Alle trainingen.")
    response = client.get(reverse("search:click", args=[page.pk]), {"q": "training"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("people:login"))
    assert not QueryStatistic.objects.exists()


def test_results_show_title_type_date_and_highlighted_snippet(employee_client, make_article):
    make_article("Leren in de praktijk", "Medewerkers volgen trainingen bij de Academie.")
    html = employee_client.get(SEARCH_URL, {"q": "training"}).content.decode()
    assert "Leren in de praktijk" in html
    assert "Kennisbankartikel" in html or "Knowledge base article" in html
    assert "Medewerkers volgen <mark>trainingen</mark> bij de Academie." in html
    assert "<time datetime=" in html
    assert "1 resultaat voor “training”" in html


def test_snippet_escapes_page_text(employee_client, make_article):
    make_article("Veilig", "Tips & trucs: nooit <script>alert(1)</script> in een training.")
    snippet = search_json(employee_client, q="training")["results"][0]["snippet"]
    assert snippet.startswith("Tips &amp; trucs")
    assert "<script" not in snippet
    assert snippet.endswith("in een <mark>training</mark>.")


def test_json_answer_has_the_documented_shape(employee_client, make_article):
    make_article("Leren in de praktijk", "Medewerkers volgen trainingen.", topics=["Academie"])
    data = search_json(employee_client, q="trainingen")
    assert set(data) == {
        "query",
        "total",
        "total_capped",
        "results",
        "facets",
        "suggestion",
        "corrected_query",
    }
    assert data["total_capped"] is False
    assert data["query"] == "trainingen"
    assert data["total"] == 1
    assert set(data["results"][0]) == {"title", "url", "type", "snippet"}
    assert data["results"][0]["url"] == "/kennisbank/leren-in-de-praktijk/"
    assert data["facets"]["topic"] == [
        {"value": data["facets"]["topic"][0]["value"], "label": "Academie", "count": 1}
    ]
    assert data["suggestion"] is None


def test_facets_count_types_and_topics(employee_client, make_article):
    make_article("Training Lean", "Een training over lean.", topics=["Lean", "Academie"])
    make_article("Training Belbin", "Een training over teamrollen.", topics=["Academie"])
    make_article("Training gesprek", "Een training over het goede gesprek.")
    facets = search_json(employee_client, q="training")["facets"]
    assert [(item["label"], item["count"]) for item in facets["topic"]] == [("Academie", 2), ("Lean", 1)]
    assert [item["count"] for item in facets["type"]] == [3]

    html = employee_client.get(SEARCH_URL, {"q": "training"}).content.decode()
    # the counts are read out in Dutch, in the singular and the plural
    assert '<span aria-hidden="true">(2)</span><span class="visually-hidden">, 2 resultaten</span>' in html
    assert '<span aria-hidden="true">(1)</span><span class="visually-hidden">, 1 resultaat</span>' in html


def test_facet_counts_follow_a_published_topic_change(employee_client, make_article):
    lean = make_article("Training Lean", "Een training over lean.", topics=["Lean"])
    make_article("Training Belbin", "Een training over teamrollen.", topics=["Academie"])
    facets = search_json(employee_client, q="training")["facets"]
    assert [(item["label"], item["count"]) for item in facets["topic"]] == [("Academie", 1), ("Lean", 1)]

    lean.topics.set([TopicFactory(name="Academie")])
    lean.save_revision().publish()
    facets = search_json(employee_client, q="training")["facets"]
    assert [(item["label"], item["count"]) for item in facets["topic"]] == [("Academie", 2)]


def test_facet_links_keep_the_query_and_filter(employee_client, make_article):
    make_article("Training Lean", "Een training over lean.", topics=["Lean"])
    make_article("Training Belbin", "Een training over teamrollen.", topics=["Academie"])
    response = employee_client.get(SEARCH_URL, {"q": "training"})
    lean = next(
        value
        for facet in response.context["facets"]
        if facet["key"] == "topic"
        for value in facet["values"]
        if value["label"] == "Lean"
    )
    assert "q=training" in lean["url"]
    filtered = employee_client.get(lean["url"])
    titles = [result.title for result in filtered.context["outcome"].results]
    assert titles == ["Training Lean"]


def test_type_filter_limits_results(employee_client, make_article):
    make_article("Training Lean", "Een training over lean.")
    assert result_titles(employee_client, "training", type="knowledge_base.knowledgearticlepage") == [
        "Training Lean"
    ]
    data = search_json(employee_client, q="training", type="knowledge_base.knowledgebaseindexpage")
    assert data["total"] == 1  # unknown to the search registry: the filter is dropped


def test_unpublished_pages_never_appear(employee_client, make_article):
    page = make_article("Oude training", "Deze training bestaat niet meer.")
    make_article("Nieuwe training", "Deze training is actueel.")
    page.unpublish()
    assert result_titles(employee_client, "training") == ["Nieuwe training"]
    assert [
        r["title"] for r in employee_client.get("/zoeken/suggesties/", {"q": "oude"}).json()["results"]
    ] == []


def test_private_pages_never_appear(employee_client, make_article, private_section):
    make_article("Open training", "Deze training is voor iedereen.")
    assert result_titles(employee_client, "training") == ["Open training"]
    assert employee_client.get("/zoeken/suggesties/", {"q": "vertrouw"}).json()["results"] == []
    response = employee_client.get(reverse("search:click", args=[private_section.pk]), {"q": "training"})
    assert response.status_code == 404


def test_autocomplete_offers_titles_by_prefix(employee_client, make_article):
    make_article("Mindfulness op het werk")
    make_article("Model voor Lerend Veranderen")
    data = employee_client.get("/zoeken/suggesties/", {"q": "mind"}).json()
    assert [result["title"] for result in data["results"]] == ["Mindfulness op het werk"]


def test_search_box_works_without_javascript_and_is_labelled(employee_client):
    html = employee_client.get(SEARCH_URL).content.decode()
    assert '<form class="search-form" role="search" method="get" action="/zoeken/">' in html
    assert '<label class="utrecht-form-label" for="search-q">Zoekterm</label>' in html
    assert 'list="search-q-titles"' in html
    assert 'aria-describedby="search-q-hint"' in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "training", "page": "abc"}, "Die resultatenpagina bestaat niet; je ziet de eerste pagina."),
        ({"q": "training", "page": "999"}, "Die resultatenpagina bestaat niet; je ziet de laatste pagina."),
        ({"q": "training " * 300}, "Je zoekopdracht was te lang en is ingekort."),
        ({"q": '"'}, "Typ een zoekterm met letters of cijfers."),
        ({"q": "*"}, "Typ een zoekterm met letters of cijfers."),
        ({"q": "training", "topic": "abc"}, "Onbekende filterwaarde; het filter wordt genegeerd."),
        ({"q": "training", "type": "<script>"}, "Onbekend type; alle typen worden getoond."),
    ],
)
def test_bad_input_gets_a_dutch_message(employee_client, make_article, params, message):
    make_article("Training", "Een training.")
    response = employee_client.get(SEARCH_URL, params)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "query", ['"training', "training*", "AND(", "NEAR(", "training OR", "-", "^", "'", "\\"]
)
def test_search_operators_are_plain_words(employee_client, make_article, query):
    make_article("Training", "Een training.")
    assert employee_client.get(SEARCH_URL, {"q": query}).status_code == 200
    assert employee_client.get(SEARCH_URL, {"q": query, "format": "json"}).status_code == 200
    assert employee_client.get("/zoeken/suggesties/", {"q": query}).status_code == 200


def test_pagination(employee_client, make_article):
    for number in range(12):
        make_article(f"Training {number}", "Een training.")
    first = employee_client.get(SEARCH_URL, {"q": "training"})
    assert len(first.context["results"]) == 10
    assert first.context["next_url"] == "/zoeken/?q=training&page=2"
    second = employee_client.get(first.context["next_url"])
    assert len(second.context["results"]) == 2
    assert "Pagina 2 van 2" in second.content.decode()


def test_promoted_results_show_above_the_results(employee_client, make_article):
    promoted = make_article("Het leerplatform", "Alles over e-learning.")
    make_article("Trainingen", "Een training.")
    SearchPromotion.objects.create(query=Query.get("training"), page=promoted, description="Begin hier.")
    html = employee_client.get(SEARCH_URL, {"q": "Training"}).content.decode()
    assert "Aanbevolen" in html
    assert html.index("Het leerplatform") < html.index("Trainingen</a>")
    assert "Begin hier." in html


def test_a_promotion_added_or_removed_later_shows_at_once(employee_client, make_article):
    promoted = make_article("Het leerplatform", "Alles over e-learning.")
    make_article("Trainingen", "Een training.")
    assert "Aanbevolen" not in employee_client.get(SEARCH_URL, {"q": "training"}).content.decode()

    promotion = SearchPromotion.objects.create(query=Query.get("training"), page=promoted)
    assert "Aanbevolen" in employee_client.get(SEARCH_URL, {"q": "training"}).content.decode()

    promotion.delete()
    assert "Aanbevolen" not in employee_client.get(SEARCH_URL, {"q": "training"}).content.decode()


def test_unpublished_promoted_page_is_not_shown(employee_client, make_article):
    promoted = make_article("Het leerplatform", "Alles over e-learning.")
    SearchPromotion.objects.create(query=Query.get("training"), page=promoted)
    promoted.unpublish()
    assert "Aanbevolen" not in employee_client.get(SEARCH_URL, {"q": "training"}).content.decode()


def test_searches_and_clicks_are_counted_without_user(employee_client, make_article):
    page = make_article("Trainingen", "Een training.")
    employee_client.get(SEARCH_URL, {"q": "Training!"})
    employee_client.get(SEARCH_URL, {"q": "onbekendwoord"})
    response = employee_client.get(reverse("search:click", args=[page.pk]), {"q": "training"})
    assert response.status_code == 302
    assert response["Location"] == page.url
    insights.flush()
    stats = {row.query: row for row in QueryStatistic.objects.all()}
    assert (stats["training"].searches, stats["training"].zero_result_searches, stats["training"].clicks) == (
        1,
        0,
        1,
    )
    assert stats["onbekendwoord"].zero_result_searches == 1
    field_names = {field.name for field in QueryStatistic._meta.get_fields()}
    assert not field_names & {"user", "session", "ip", "ip_address"}


def test_result_links_go_through_the_click_counter(employee_client, make_article):
    page = make_article("Trainingen", "Een training.")
    html = employee_client.get(SEARCH_URL, {"q": "training"}).content.decode()
    assert f'href="/zoeken/klik/{page.pk}/?q=training"' in html


def test_cached_answer_never_shows_a_page_unpublished_since(employee_client, make_article):
    page = make_article("Oude training", "Deze training bestaat niet meer.")
    make_article("Nieuwe training", "Deze training is actueel.")
    assert sorted(result_titles(employee_client, "training")) == ["Nieuwe training", "Oude training"]
    page.unpublish()
    assert result_titles(employee_client, "training") == ["Nieuwe training"]
    assert search_json(employee_client, q="training")["total"] == 1


def test_cached_answer_never_shows_a_page_made_private_since(employee_client, make_article):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    page = make_article("Vertrouwelijke training", "Alleen voor het Coördinatiepunt.")
    assert result_titles(employee_client, "training") == ["Vertrouwelijke training"]
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Coördinatiepunt"))
    assert result_titles(employee_client, "training") == []


def test_words_in_the_body_are_found_and_shown(employee_client, make_article):
    make_article(
        "Teamontwikkeling",
        "Samen sterker als team.",
        body=[
            ("paragraph", "<p>Met de <b>teamrollen</b> van Belbin ontdek je wat ieder inbrengt.</p>"),
            ("callout", {"kind": "tip", "text": "<p>Doe de test samen.</p>"}),
        ],
    )
    data = search_json(employee_client, q="belbin")
    assert data["total"] == 1
    assert "Met de teamrollen van <mark>Belbin</mark> ontdek" in data["results"][0]["snippet"]


def test_cached_answer_notices_pages_added_without_signals(employee_client, make_article, kb_index):
    from tests.factories.knowledge_base import KnowledgeArticlePageFactory

    make_article("Eerste training", "Een training.")
    assert search_json(employee_client, q="training")["total"] == 1
    KnowledgeArticlePageFactory(parent=kb_index, title="Tweede training", summary="Nog een training.")
    assert search_json(employee_client, q="training")["total"] == 2


def test_a_republished_page_shows_its_new_title_and_text_at_once(employee_client, make_article):
    page = make_article("Training plannen", "Zo plan je een training.")
    assert search_json(employee_client, q="training")["results"][0]["title"] == "Training plannen"

    page.title = "Training inplannen"
    page.summary = "Zo plan je een training met je team."
    page.save_revision().publish()

    result = search_json(employee_client, q="training")["results"][0]
    assert result["title"] == "Training inplannen"
    assert result["snippet"] == "Zo plan je een <mark>training</mark> met je team."


def test_a_repeated_search_reads_no_page_again(employee_client, make_article):
    """What a result shows of a page is remembered per content version; the snippet is not."""
    for number in range(3):
        make_article(f"Training {number}", "Een training voor iedereen.")
    search_json(employee_client, q="training")

    with CaptureQueriesContext(connection) as second:
        data = search_json(employee_client, q="iedereen")
    assert data["total"] == 3
    assert all("<mark>iedereen</mark>" in result["snippet"] for result in data["results"])
    assert not [
        query for query in second.captured_queries if "knowledge_base_knowledgearticlepage" in query["sql"]
    ]
