import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from search import insights


@pytest.fixture
def private_section(make_article, kb_index):
    """An article that only the editors' group may read."""
    page = make_article("Vertrouwelijke training", "Alleen voor het Coördinatiepunt: trainingen.")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Coördinatiepunt"))
    return page


@pytest.fixture(autouse=True)
def flushed_statistics(db):
    """Unwritten search statistics must not leak from one test into the next."""
    yield
    insights.flush()  # into this test's database, which is rolled back next
