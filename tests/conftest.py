"""Fixtures every app's tests share: the site's home page, a knowledge base and two roles."""

import os

import pytest
from django.contrib.auth.models import Group
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from wagtail.models import Site

from intranet.memo import clear_all_caches
from people.groups import EDITORS, EMPLOYEES
from tests.factories.knowledge_base import KnowledgeBaseIndexPageFactory
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
    database repeats ids and content versions that an earlier test saw."""
    clear_all_caches()
    yield
    clear_all_caches()


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def kb_index(home_page):
    return KnowledgeBaseIndexPageFactory(parent=home_page)


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
