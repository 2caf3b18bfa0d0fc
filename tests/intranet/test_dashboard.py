"""The coordination point's dashboard panel: what needs them today, one query per figure."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.models import Registration, RegistrationStatus
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
from tests.factories.knowledge_base import KnowledgeArticlePageFactory, KnowledgeBaseIndexPageFactory
from tests.factories.people import UserFactory
from tests.factories.search import QueryStatisticFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"


def rows(html):
    """{label: count} of the panel's table."""
    panel = html[html.index('id="today-panel-heading"') :]
    panel = panel[: panel.index("</table>")]
    found = {}
    for row in panel.split("<tr>")[1:]:
        label = row.split("</a>")[0].rsplit(">", 1)[1]
        count = row.split("<strong>")[1].split("</strong>")[0]
        found[label] = int(count)
    return found


@pytest.fixture
def parents(home_page):
    return AcademyIndexPageFactory(parent=home_page), KnowledgeBaseIndexPageFactory(parent=home_page)


def make_work(parents, n):
    """`n` of everything the panel counts, and some of what it must leave out."""
    academy, kb = parents
    today = timezone.localdate()
    for _ in range(n):
        # Under its minimum of 4, starting within the check period.
        SessionFactory(course=CoursePageFactory(parent=academy, min_participants=4), days=[5])
        approval = CoursePageFactory(parent=academy, requires_approval=True, min_participants=1)
        workflow.register(SessionFactory(course=approval, days=[60]), UserFactory())
        KnowledgeArticlePageFactory(parent=kb, review_date=today - datetime.timedelta(days=1))
        QueryStatisticFactory(date=today - datetime.timedelta(days=2), searches=3, zero_result_searches=2)
    # Left out: an article due later, a zero-result search of last month, a handled approval.
    KnowledgeArticlePageFactory(parent=kb, review_date=today + datetime.timedelta(days=90))
    QueryStatisticFactory(date=today - datetime.timedelta(days=30), zero_result_searches=5)
    handled = CoursePageFactory(parent=academy, requires_approval=True, min_participants=1)
    registration = workflow.register(SessionFactory(course=handled, days=[60]), UserFactory()).registration
    Registration.objects.filter(pk=registration.pk).update(status=RegistrationStatus.DECLINED)


def test_the_coordination_point_sees_what_needs_them_today(editor_client, parents):
    make_work(parents, 2)

    html = editor_client.get(DASHBOARD).content.decode()

    assert rows(html) == {
        "Uitvoeringen onder hun minimum: besluit go / no go": 2,
        "Inschrijvingen die wachten op goedkeuring van een teamleider": 2,
        "Artikelen die een review nodig hebben": 2,
        "Zoekopdrachten zonder resultaten deze week": 4,
    }


def test_the_panel_costs_the_same_queries_for_few_and_many(editor_client, parents):
    make_work(parents, 1)
    editor_client.get(DASHBOARD)
    with CaptureQueriesContext(connection) as few:
        editor_client.get(DASHBOARD)
    make_work(parents, 6)
    with CaptureQueriesContext(connection) as many:
        editor_client.get(DASHBOARD)
    assert len(many) == len(few)


def test_an_admin_user_without_those_rights_gets_no_panel(client):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    html = client.get(DASHBOARD).content.decode()

    assert 'id="today-panel-heading"' not in html
