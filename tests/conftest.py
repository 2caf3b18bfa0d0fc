"""Fixtures every app's tests share: the site's home page, a knowledge base and two roles."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Site

from intranet.memo import clear_all_caches
from people.groups import EDITORS, EMPLOYEES
from tests.factories.knowledge_base import KnowledgeBaseIndexPageFactory
from tests.factories.people import UserFactory


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
