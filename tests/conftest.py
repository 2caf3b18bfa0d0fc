"""Fixtures every app's tests share: the site's home page, a knowledge base and two roles."""

import os

import pytest
from django.contrib.auth.models import Group
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from wagtail.embeds.finders import get_finders
from wagtail.models import Site

from intranet.memo import clear_all_caches
from knowledge_base.models import Topic
from people.groups import EDITORS, EMPLOYEES
from tests.factories.knowledge_base import (
    KnowledgeArticlePageFactory,
    KnowledgeBaseIndexPageFactory,
    TopicFactory,
)
from tests.factories.people import UserFactory

# Property-based tests (hypothesis): a modest number of examples, no deadline (the database and
# a busy machine make timings vary). "ci" is reproducible: the same examples on every run, and no
# example database. CI sets CI=true; HYPOTHESIS_PROFILE chooses another profile by hand
# ("thorough" for a long local hunt).
_shared = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}
hypothesis_settings.register_profile("ci", max_examples=60, derandomize=True, database=None, **_shared)
hypothesis_settings.register_profile("dev", max_examples=60, **_shared)
hypothesis_settings.register_profile("thorough", max_examples=5_000, **_shared)
hypothesis_settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with empty caches (intranet.memo.clear_all_caches): a rolled-back
    database repeats ids and content versions that an earlier test saw.

    This is the one place tests empty the caches. A test that counts queries from a cold start
    asks for this fixture by name and calls it: `fresh_caches()`."""
    clear_all_caches()
    yield clear_all_caches
    clear_all_caches()


@pytest.fixture
def embed_finders(settings):
    """Set WAGTAILEMBEDS_FINDERS for one test: `embed_finders([{"class": ...}])`.

    Wagtail builds the finders once per process (`get_finders` is cached), so the cache is
    emptied with each change and again after the test."""

    def use(finders):
        settings.WAGTAILEMBEDS_FINDERS = finders
        get_finders.cache_clear()

    yield use
    get_finders.cache_clear()


@pytest.fixture
def reachable_videos(embed_finders):
    """Video embeds as a reachable YouTube would answer (tests never use the internet)."""
    embed_finders([{"class": "tests.knowledge_base.finders.WorkingFinder"}])


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def kb_index(home_page):
    return KnowledgeBaseIndexPageFactory(parent=home_page)


@pytest.fixture
def make_article(kb_index):
    """Make knowledge base articles: `make_article("Title", "Summary", topics=["Lean"], ...)`.

    An article is published as an editor would publish it (a revision, which sets the dates and
    sends page_published); with `live=False` it stays a draft. Topics are Topic objects or names.
    Other keyword arguments go to KnowledgeArticlePageFactory; `parent` is the knowledge base
    unless given.
    """

    def make(title=None, summary=None, *, parent=None, topics=(), **kwargs):
        if title is not None:
            kwargs["title"] = title
        if summary is not None:
            kwargs["summary"] = summary
        page = KnowledgeArticlePageFactory(parent=parent or kb_index, **kwargs)
        if topics:
            page.topics.set(
                [topic if isinstance(topic, Topic) else TopicFactory(name=topic) for topic in topics]
            )
        if page.live:
            page.save_revision().publish()
        else:
            page.save()
        return page

    return make


@pytest.fixture
def article(make_article):
    """One published article in the knowledge base."""
    return make_article("Het Leercafé", "Elke maand leren collega's van elkaar in het Leercafé.")


@pytest.fixture
def employee(db):
    user = UserFactory(username="medewerker")
    user.groups.add(Group.objects.get(name=EMPLOYEES))
    return user


@pytest.fixture
def editor(db):
    user = UserFactory(username="redacteur")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def employee_client(client, employee):
    client.force_login(employee)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
