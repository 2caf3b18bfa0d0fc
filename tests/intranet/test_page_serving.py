"""Pages are served from a remembered route (intranet.routing), never from an outdated one."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from knowledge_base.models import ArticleFeedback
from people.groups import EDITORS
from tests.factories.knowledge_base import KnowledgeArticlePageFactory, KnowledgeBaseIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(kb_index):
    return KnowledgeArticlePageFactory(parent=kb_index, title="Het goede gesprek", slug="het-goede-gesprek")


def tables_read(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return " ".join(query["sql"] for query in queries)


def test_a_remembered_route_skips_the_site_tree_and_restriction_lookups(employee_client, article):
    first = tables_read(employee_client, article.url)
    assert "wagtailcore_site" in first and "wagtailcore_pageviewrestriction" in first

    again = tables_read(employee_client, article.url)
    assert "wagtailcore_site" not in again
    assert "wagtailcore_pageviewrestriction" not in again
    assert "wagtailcore_page" in again  # the content version's newest page; no tree walk:
    assert '"wagtailcore_page"."slug" =' not in again and "knowledge_base_knowledgearticlepage" not in again


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


def test_an_unpublished_or_deleted_page_is_gone_at_once(employee_client, article, kb_index):
    other = KnowledgeArticlePageFactory(parent=kb_index, title="Leercafé", slug="leercafe")
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


def test_a_routable_pages_sub_path_works_through_a_remembered_route(employee_client, employee, article):
    assert employee_client.get(article.url).status_code == 200  # remembers the article's route

    response = employee_client.post(article.url + "nuttig/", {"useful": "yes", "comment": ""})

    assert response.status_code == 302
    assert ArticleFeedback.objects.get(article=article, user=employee).useful is True
    assert employee_client.get(article.url + "bestaat-niet/").status_code == 404


def test_an_unknown_address_is_a_404_every_time(employee_client, kb_index):
    for _ in range(2):
        assert employee_client.get("/kennisbank/bestaat-niet/").status_code == 404


def test_public_pages_match_wagtails_public_as_restrictions_come_and_go(rf, kb_index, article, home_page):
    from wagtail.models import Page

    from intranet.pages import public

    other = KnowledgeArticlePageFactory(parent=kb_index, title="Leercafé", slug="leercafe")

    def both():
        ours = set(public(Page.objects.live(), rf.get("/")).values_list("pk", flat=True))
        wagtails = set(Page.objects.live().public().values_list("pk", flat=True))
        return ours, wagtails

    ours, wagtails = both()
    assert ours == wagtails and {article.pk, other.pk} <= ours

    restriction = editors_only(kb_index)
    ours, wagtails = both()
    assert ours == wagtails and article.pk not in ours and other.pk not in ours and home_page.pk in ours

    restriction.delete()
    editors_only(other)
    ours, wagtails = both()
    assert ours == wagtails and article.pk in ours and other.pk not in ours


def test_the_remembered_site_follows_a_change_of_the_sites_root(rf, home_page, kb_index):
    from wagtail.models import Site

    from intranet.routing import site_for_request

    assert site_for_request(rf.get("/", HTTP_HOST="localhost")).root_page_id == home_page.pk
    site = Site.objects.get(is_default_site=True)
    site.root_page = kb_index
    site.save()

    assert site_for_request(rf.get("/", HTTP_HOST="localhost")).root_page_id == kb_index.pk
