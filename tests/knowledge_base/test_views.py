"""What an employee sees on the knowledge base's index and article pages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from knowledge_base.models import KnowledgeArticlePage, RelatedArticle
from tests.factories.knowledge_base import TopicFactory
from tests.factories.people import TeamFactory, UserFactory
from tests.knowledge_base.conftest import heading, paragraph

pytestmark = pytest.mark.django_db


def test_article_shows_breadcrumbs_contents_and_facts(make_article, employee_client, kb_index):
    owner = UserFactory(first_name="Fatima", last_name="Yilmaz", email="f.yilmaz@westbetuwe.nl")
    article = make_article(
        title="Het goede gesprek",
        summary="Hoe je een goed gesprek voert.",
        owner_person=owner,
        owner_team=TeamFactory(name="HR"),
        body=[heading("Voorbereiden"), paragraph("<p>Lees je notities.</p>"), heading("Het gesprek")],
    )
    article.last_published_at = timezone.make_aware(datetime.datetime(2026, 3, 9, 10, 0))
    article.save()
    html = employee_client.get(article.url).content.decode()

    assert 'class="utrecht-breadcrumb-nav"' in html
    assert f'href="{kb_index.url}"' in html and ">Kennisbank</a>" in html
    assert 'aria-current="page">Het goede gesprek</a>' in html
    assert '<a class="utrecht-link utrecht-table-of-contents__list-item-label" href="#voorbereiden">' in html
    assert 'id="het-gesprek"' in html
    assert "9 maart 2026" in html
    assert "Fatima Yilmaz" in html and "mailto:f.yilmaz@westbetuwe.nl" in html and "HR" in html
    assert "1 minuut" in html


def test_article_lists_related_articles_chosen_first(make_article, employee_client):
    lean = TopicFactory(name="Lean")
    article = make_article(title="Verspillingen", topics=[lean])
    make_article(title="Lean in de praktijk", topics=[lean])
    chosen = make_article(title="Leercafé")
    RelatedArticle.objects.create(page=article, article=chosen)
    html = employee_client.get(article.url).content.decode()
    related = html[html.index('id="related-heading"') :]
    assert related.index("Leercafé") < related.index("Lean in de praktijk")


def test_index_shows_topics_with_article_counts(make_article, employee_client, kb_index):
    lean, hr = TopicFactory(name="Lean"), TopicFactory(name="HR-gesprekscyclus")
    TopicFactory(name="Leeg")
    make_article(title="Verspillingen", topics=[lean])
    make_article(title="Lean-training", topics=[lean, hr])
    make_article(title="Concept over lean", topics=[lean], live=False)
    response = employee_client.get(kb_index.url)
    topics = [(topic.name, topic.article_count) for topic in response.context["topics"]]
    assert topics == [("HR-gesprekscyclus", 1), ("Lean", 2)]
    html = response.content.decode()
    assert "2 artikelen" in html and "1 artikel" in html
    assert "Concept over lean" not in html


def test_index_filters_articles_by_topic(make_article, employee_client, kb_index):
    lean, hr = TopicFactory(name="Lean"), TopicFactory(name="HR")
    make_article(title="Verspillingen", topics=[lean])
    make_article(title="Het goede gesprek", topics=[hr])
    html = employee_client.get(kb_index.url, {"onderwerp": lean.slug}).content.decode()
    assert "Verspillingen" in html
    assert "Het goede gesprek" not in html
    assert "Artikelen over Lean" in html


def test_index_with_unknown_topic_says_so_and_shows_everything(make_article, employee_client, kb_index):
    make_article(title="Verspillingen")
    response = employee_client.get(kb_index.url, {"onderwerp": "bestaat-niet"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Er is geen onderwerp" in html
    assert "Verspillingen" in html


def test_anonymous_visitor_cannot_read_an_article(client, make_article):
    article = make_article()
    response = client.get(article.url)
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]


def build_knowledge_base(make_article, topics, start, count):
    owner = UserFactory()
    team = TeamFactory()
    articles = []
    for number in range(start, start + count):
        articles.append(
            make_article(
                title=f"Artikel {number}",
                topics=[topics[number % len(topics)], topics[(number + 1) % len(topics)]],
                owner_person=owner,
                owner_team=team,
                body=[heading(f"Kop {number}"), paragraph("<p>Tekst</p>")],
            )
        )
    return articles


def count_queries(client, url):
    client.get(url)  # warm caches that are per process, not per request
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_article_page_queries_do_not_grow_with_the_knowledge_base(make_article, employee_client):
    topics = [TopicFactory(name=f"Thema {n}") for n in range(3)]
    articles = build_knowledge_base(make_article, topics, 0, 10)
    article = articles[0]
    for other in articles[1:3]:
        RelatedArticle.objects.create(page=article, article=other)
    with_10 = count_queries(employee_client, article.url)
    build_knowledge_base(make_article, topics, 10, 90)
    with_100 = count_queries(employee_client, article.url)
    assert with_10 == with_100


def test_uncached_article_page_queries_and_related_articles_do_not_change_with_the_knowledge_base(
    make_article, employee_client, fresh_caches
):
    """The first render of an article (its fragment not cached yet) ranks the related articles:
    as many queries with 100 articles as with 10, and still the right five."""
    topics = [TopicFactory(name=f"Thema {n}") for n in range(3)]
    articles = build_knowledge_base(make_article, topics, 0, 10)
    article = articles[0]  # topics 0 and 1; article n has topics n % 3 and (n + 1) % 3
    chosen = articles[5]
    RelatedArticle.objects.create(page=article, article=chosen)

    def cold_render():
        employee_client.get(article.url)  # ContentType's and other per-process caches
        fresh_caches()
        with CaptureQueriesContext(connection) as queries:
            response = employee_client.get(article.url)
        assert response.status_code == 200
        return len(queries), list(response.context["related_articles"])

    def expected(all_articles):
        # The editor's choice, then the most shared topics, the newest, the title.
        candidates = [other for other in all_articles if other not in (article, chosen)]
        shared = {other.pk: len({n % 3, (n + 1) % 3} & {0, 1}) for n, other in enumerate(all_articles)}
        candidates = [other for other in candidates if shared[other.pk]]
        published = dict(KnowledgeArticlePage.objects.values_list("pk", "last_published_at"))
        candidates.sort(key=lambda other: other.title)
        candidates.sort(key=lambda other: published[other.pk], reverse=True)
        candidates.sort(key=lambda other: shared[other.pk], reverse=True)
        return [chosen, *candidates[:4]]

    with_10, related_10 = cold_render()
    assert related_10 == expected(articles)
    articles += build_knowledge_base(make_article, topics, 10, 90)
    with_100, related_100 = cold_render()
    assert with_10 == with_100
    assert related_100 == expected(articles)


def test_index_page_queries_do_not_grow_with_the_knowledge_base(make_article, employee_client, kb_index):
    topics = [TopicFactory(name=f"Thema {n}") for n in range(3)]
    build_knowledge_base(make_article, topics, 0, 10)
    with_10 = count_queries(employee_client, kb_index.url)
    build_knowledge_base(make_article, topics, 10, 90)
    with_100 = count_queries(employee_client, kb_index.url)
    assert with_10 == with_100
    filtered_10 = count_queries(employee_client, f"{kb_index.url}?onderwerp={topics[0].slug}")
    assert filtered_10 <= with_100 + 1


def test_breadcrumbs_go_into_the_base_templates_block_when_it_has_one(
    make_article, employee_client, settings, tmp_path
):
    (tmp_path / "base.html").write_text(
        "<header>{% block breadcrumbs %}{% endblock %}</header><main>{% block content %}{% endblock %}</main>"
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    article = make_article(title="Leercafé")
    html = employee_client.get(article.url).content.decode()
    assert html.count('class="utrecht-breadcrumb-nav"') == 1
    assert html.index('class="utrecht-breadcrumb-nav"') < html.index("<main>")


def test_index_paginates_and_survives_a_bad_page_number(make_article, employee_client, kb_index):
    for number in range(35):
        make_article(title=f"Artikel {number:02d}")
    first = employee_client.get(kb_index.url)
    assert len(first.context["articles"]) == 10
    assert "Pagina 1 van 4" in first.content.decode()
    second = employee_client.get(kb_index.url, {"pagina": "2"})
    assert [article.title for article in second.context["articles"]] == [
        f"Artikel {n}" for n in range(10, 20)
    ]
    bad = employee_client.get(kb_index.url, {"pagina": "niets"})
    assert bad.status_code == 200
    assert bad.context["articles"].number == 1


def test_index_pagination_links_every_page_the_nl_design_system_way(make_article, employee_client, kb_index):
    """Numbered page links with the current one marked, previous and next: not one button-like
    "Pagina 1 van 2"."""
    for number in range(35):
        make_article(title=f"Artikel {number:02d}")

    html = employee_client.get(kb_index.url, {"pagina": "2"}).content.decode()

    nav = html[html.index('<nav class="utrecht-pagination"') :]
    nav = nav[: nav.index("</nav>")]
    assert 'rel="prev" href="?pagina=1"' in nav
    assert 'rel="next" href="?pagina=3"' in nav
    assert (
        '<a class="utrecht-pagination__page-link utrecht-pagination__page-link--current" '
        'aria-current="page" href="?pagina=2" aria-label="Pagina 2">2</a>'
    ) in nav
    for number in (1, 3, 4):
        assert f'href="?pagina={number}" aria-label="Pagina {number}">{number}</a>' in nav


def test_the_index_has_the_same_breadcrumb_as_the_academy_catalogue(employee_client, kb_index):
    html = employee_client.get(kb_index.url).content.decode()
    nav = html[html.index('<nav class="utrecht-breadcrumb-nav"') :]
    nav = nav[: nav.index("</nav>")]
    assert 'class="utrecht-breadcrumb-nav__separator" aria-hidden="true">›</span>' in nav
    assert f'aria-current="page">{kb_index.title}</a>' in nav
