"""The benchmark's bulk generator must produce real Wagtail pages, not rows that only look like them."""

import pytest
from wagtail.models import Page

from bench.generate import add_articles, top_up, tree_number, tree_step
from knowledge_base.models import KnowledgeArticlePage, KnowledgeBaseIndexPage

pytestmark = pytest.mark.django_db


def test_tree_steps_round_trip_in_treebeards_alphabet():
    assert tree_step(1, Page.steplen, Page.alphabet) == "0001"
    assert tree_step(36, Page.steplen, Page.alphabet) == "0010"
    assert tree_number(tree_step(12345, Page.steplen, Page.alphabet), Page.alphabet) == 12345


def test_generated_articles_are_valid_live_pages_in_the_tree(home_page):
    ids = add_articles(30)

    index = KnowledgeBaseIndexPage.objects.get(slug="kennisbank")
    assert index.get_parent().pk == home_page.pk
    assert index.get_children().count() == 30
    assert Page.objects.get(pk=index.pk).numchild == 30
    # Treebeard's own consistency check: paths, depths and numchild all agree.
    assert Page.find_problems() == ([], [], [], [], [])
    articles = KnowledgeArticlePage.objects.filter(pk__in=ids).order_by("path")
    assert articles.live().count() == 30
    article = articles[7]
    assert article.url == f"/kennisbank/{article.slug}/"
    assert article.topics.exists()
    article.full_clean()


def test_generated_article_renders_for_an_employee(home_page, employee_client):
    [article_id] = add_articles(1)
    article = KnowledgeArticlePage.objects.get(pk=article_id)

    response = employee_client.get(article.url)

    assert response.status_code == 200
    assert article.title in response.text
    assert article.summary in response.text


def test_generated_articles_are_found_by_search(home_page):
    ids = set(add_articles(30))
    # Every generated article has a title and summary built from the nouns of the vocabulary;
    # searching an article's own title must find it.
    article = KnowledgeArticlePage.objects.get(pk=min(ids))

    results = Page.objects.live().specific().search(article.title)

    assert article.pk in {page.pk for page in results}
    found_in_bodies = {page.pk for page in KnowledgeArticlePage.objects.live().search("inwerkprogramma")}
    assert found_in_bodies
    assert found_in_bodies <= ids


def test_topping_up_adds_only_the_missing_articles_after_the_existing_ones(home_page):
    assert top_up(5) == 5
    first = list(KnowledgeArticlePage.objects.order_by("path").values_list("title", flat=True))

    assert top_up(8) == 3
    assert top_up(8) == 0

    titles = list(KnowledgeArticlePage.objects.order_by("path").values_list("title", flat=True))
    assert titles[:5] == first
    assert len(titles) == 8
    assert Page.find_problems() == ([], [], [], [], [])
