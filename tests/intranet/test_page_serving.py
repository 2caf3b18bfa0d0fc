"""Pages are served as Wagtail routes them, and the cached article fragments are never outdated."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from knowledge_base.models import ArticleFeedback
from people.groups import EDITORS
from tests.factories.knowledge_base import KnowledgeBaseIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(make_article):
    return make_article("Het goede gesprek", slug="het-goede-gesprek")


def test_a_page_moved_elsewhere_is_found_at_its_new_address_only(employee_client, article, home_page):
    old_url = article.url
    assert employee_client.get(old_url).status_code == 200
    other = KnowledgeBaseIndexPageFactory(parent=home_page, title="Archief", slug="archief")

    article.move(other, pos="last-child")

    article.refresh_from_db()
    assert article.url == "/archief/het-goede-gesprek/"
    old = employee_client.get(old_url)  # Wagtail's automatic redirect, not the page itself
    assert old.status_code == 301 and old["Location"] == article.url
    assert "Het goede gesprek" in employee_client.get(article.url).content.decode()


def test_a_renamed_page_is_found_at_its_new_slug_only(employee_client, article):
    assert employee_client.get("/kennisbank/het-goede-gesprek/").status_code == 200
    article.slug = "goede-gesprek"
    article.save_revision().publish()

    assert employee_client.get("/kennisbank/het-goede-gesprek/").status_code == 404
    assert employee_client.get("/kennisbank/goede-gesprek/").status_code == 200


def test_an_unpublished_or_deleted_page_is_gone_at_once(employee_client, article, make_article):
    other = make_article("Leercafé", slug="leercafe")
    for page in (article, other):
        assert employee_client.get(page.url).status_code == 200

    article.unpublish()
    other.delete()

    assert employee_client.get("/kennisbank/het-goede-gesprek/").status_code == 404
    assert employee_client.get("/kennisbank/leercafe/").status_code == 404


def test_a_published_edit_is_served_at_once(employee_client, article):
    assert "Het goede gesprek" in employee_client.get(article.url).content.decode()
    article.title = "Het goede gesprek voeren"
    article.save_revision().publish()
    assert "Het goede gesprek voeren" in employee_client.get(article.url).content.decode()


def editors_only(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=EDITORS)])
    return restriction


@pytest.mark.parametrize("on_ancestor", [False, True])
def test_a_view_restriction_added_later_applies_at_once(
    employee_client, editor, article, kb_index, on_ancestor
):
    assert employee_client.get(article.url).status_code == 200

    editors_only(kb_index if on_ancestor else article)

    response = employee_client.get(article.url)
    assert response.status_code != 200 and "Het goede gesprek" not in response.content.decode()
    editor_client = Client()
    editor_client.force_login(editor)
    assert editor_client.get(article.url).status_code == 200
    # Every request of the employee is checked again, not only the first after the change.
    assert employee_client.get(article.url).status_code != 200


def test_a_restriction_lifted_later_no_longer_applies(employee_client, article):
    restriction = editors_only(article)
    assert employee_client.get(article.url).status_code != 200

    restriction.delete()

    assert employee_client.get(article.url).status_code == 200


def test_a_routable_pages_sub_path_works(employee_client, employee, article):
    assert employee_client.get(article.url).status_code == 200

    response = employee_client.post(article.url + "nuttig/", {"useful": "yes", "comment": ""})

    assert response.status_code == 302
    assert ArticleFeedback.objects.get(article=article, user=employee).useful is True
    assert employee_client.get(article.url + "bestaat-niet/").status_code == 404


def test_an_unknown_address_is_a_404_every_time(employee_client, kb_index):
    for _ in range(2):
        assert employee_client.get("/kennisbank/bestaat-niet/").status_code == 404
