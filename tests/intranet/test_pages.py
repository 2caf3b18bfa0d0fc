"""intranet.pages.IntranetPage: the same view restrictions as Wagtail's, found with one query when
none applies."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from people.groups import EDITORS
from tests.factories.knowledge_base import KnowledgeBaseIndexPageFactory

pytestmark = pytest.mark.django_db


def restrict(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=EDITORS)])
    return restriction


def wagtails(page):
    """What Wagtail's own Page.get_view_restrictions finds for the page."""
    return set(Page.get_view_restrictions(page).values_list("pk", flat=True))


def ours(page):
    return {restriction.pk for restriction in page.get_view_restrictions()}


@pytest.fixture
def tree(home_page, make_article):
    archive = KnowledgeBaseIndexPageFactory(parent=home_page, title="Archief", slug="archief")
    return {
        "open": make_article("Open", slug="open"),
        "restricted": make_article("Dicht", slug="dicht"),
        "in_archive": make_article("Oud", slug="oud", parent=archive),
        "archive": archive,
    }


def test_the_same_restrictions_as_wagtail_on_pages_and_ancestors(tree):
    on_page = restrict(tree["restricted"])
    on_ancestor = restrict(tree["archive"])
    for name in ("open", "restricted", "in_archive", "archive"):
        page = Page.objects.get(pk=tree[name].pk).specific
        assert ours(page) == wagtails(page), name
    assert ours(tree["restricted"].specific) == {on_page.pk}
    assert ours(Page.objects.get(pk=tree["in_archive"].pk).specific) == {on_ancestor.pk}
    assert ours(tree["open"].specific) == set()


def test_an_alias_has_the_restrictions_of_its_source(tree, kb_index):
    source = restrict(tree["restricted"])
    alias = tree["restricted"].create_alias(parent=tree["archive"], update_slug="dicht-alias")
    alias = Page.objects.get(pk=alias.pk).specific
    assert ours(alias) == wagtails(alias) == {source.pk}


def test_an_alias_of_an_alias_has_the_restrictions_of_the_first_source(tree, home_page):
    source = restrict(tree["restricted"])
    first = tree["restricted"].create_alias(parent=tree["archive"], update_slug="alias-1")
    second = first.create_alias(parent=home_page, update_slug="alias-2")
    second = Page.objects.get(pk=second.pk).specific
    assert ours(second) == wagtails(second) == {source.pk}


def test_an_employee_is_refused_an_alias_of_a_restricted_page(tree, employee_client):
    restrict(tree["restricted"])
    alias = tree["restricted"].create_alias(parent=tree["archive"], update_slug="dicht-alias")
    response = employee_client.get(Page.objects.get(pk=alias.pk).url)
    assert response.status_code != 200 and "Dicht" not in response.content.decode()


def test_a_page_without_restrictions_is_checked_in_one_query(tree):
    page = Page.objects.get(pk=tree["open"].pk).specific
    with CaptureQueriesContext(connection) as queries:
        assert list(page.get_view_restrictions()) == []
    assert len(queries) == 1
