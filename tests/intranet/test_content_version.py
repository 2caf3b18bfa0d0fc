"""The content version changes with everything a reader may see, and not with a draft."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from intranet.models import ContentVersion
from people.groups import EDITORS
from tests.factories.knowledge_base import KnowledgeArticlePageFactory, KnowledgeBaseIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(make_article):
    return make_article("Leercafé", slug="leercafe")


def changes(action):
    before = ContentVersion.current()
    action()
    return ContentVersion.current() != before


def test_publish_unpublish_and_delete_change_it(article):
    assert changes(lambda: article.save_revision().publish())
    assert changes(article.unpublish)
    assert changes(article.delete)


def test_a_saved_draft_does_not_change_it(article):
    article.title = "Leercafé (concept)"
    assert not changes(article.save_revision)


def test_a_move_and_a_new_slug_change_it(article, home_page):
    archive = KnowledgeBaseIndexPageFactory(parent=home_page, title="Archief", slug="archief")
    assert changes(lambda: article.move(archive, pos="last-child"))

    def rename():
        page = Page.objects.get(pk=article.pk).specific
        page.slug = "leercafe-2026"
        page.save_revision().publish()

    assert changes(rename)


def test_view_restrictions_and_their_groups_change_it(article):
    restriction = None

    def add():
        nonlocal restriction
        restriction = PageViewRestriction.objects.create(page=article, restriction_type="groups")

    assert changes(add)
    assert changes(lambda: restriction.groups.set([Group.objects.get(name=EDITORS)]))
    assert changes(restriction.delete)


def test_a_site_change_changes_it(home_page):
    site = Site.objects.get(is_default_site=True)

    def rename_host():
        site.hostname = "intranet.westbetuwe.nl"
        site.save()

    assert changes(rename_host)


def test_pages_added_without_signals_still_change_it(kb_index):
    # Bulk loads (such as the benchmark's generator) bypass Wagtail's signals.
    assert changes(lambda: KnowledgeArticlePageFactory(parent=kb_index, title="Belbin", slug="belbin"))


def test_it_is_read_once_per_request(rf, article):
    request = rf.get("/")
    first = ContentVersion.for_request(request)
    ContentVersion.changed()
    assert ContentVersion.for_request(request) == first
    assert ContentVersion.for_request(rf.get("/")) != first


def test_reading_it_never_writes(employee_client, article, kb_index):
    """No GET request writes to the database, not even on a database where nothing was published."""
    ContentVersion.objects.all().delete()
    for url in ("/", kb_index.url, article.url):
        with CaptureQueriesContext(connection) as queries:
            assert employee_client.get(url).status_code == 200
        writes = [
            q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]
        assert writes == [], url
    assert not ContentVersion.objects.exists()
    assert ContentVersion.current() == ContentVersion.current()
