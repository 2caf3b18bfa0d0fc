"""Training providers in the admin: their courses, sessions and participant numbers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy_pages import registration as workflow
from academy_pages.models import Attendance, Registration, TrainingProvider
from tests.factories.academy import CoursePageFactory, SessionFactory, TrainingProviderFactory, register

pytestmark = pytest.mark.django_db

RESULTS_URL = "/admin/academy/providers/results/"


@pytest.fixture
def provider(academy, editor):
    provider = TrainingProviderFactory(name="Bureau Kracht", email="planning@kracht.example")
    course = CoursePageFactory(parent=academy, title="Kracht in verandering", provider=provider)
    other = CoursePageFactory(parent=academy, title="Persoonlijk leiderschap", provider=provider)
    held = SessionFactory(course=course, capacity=3, days=[3, 4])
    for _ in range(4):
        register(held)  # 3 confirmed, 1 waiting
    Registration.objects.filter(session=held, status="confirmed").order_by("pk").filter(
        pk__in=Registration.objects.filter(session=held, status="confirmed").order_by("pk").values("pk")[:2]
    ).update(attendance=Attendance.PRESENT)
    cancelled = SessionFactory(course=other)
    register(cancelled)
    workflow.cancel_session(cancelled, editor, reason="Trainer ziek")
    return provider


def test_provider_list_shows_courses_sessions_and_participants(editor_client, provider):
    html = editor_client.get(RESULTS_URL).content.decode()
    row = html[html.index("Bureau Kracht") :]
    cells = [cell.split(">")[-1].strip() for cell in row[: row.index("</tr>")].split("</td>")]
    # internal, courses, sessions (cancelled ones not counted), registered, attended
    assert cells[2:6] == ["2", "1", "3", "2"]


def test_provider_page_lists_its_courses_and_sessions(editor_client, provider):
    response = editor_client.get(f"/admin/academy/providers/inspect/{provider.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kracht in verandering" in html
    assert "Persoonlijk leiderschap" in html
    assert "Geannuleerd" in html
    assert "planning@kracht.example" in html


def test_provider_list_query_count_is_constant(editor_client, academy):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(RESULTS_URL).status_code == 200
        return len(captured)

    def add(count):
        for _ in range(count):
            register(
                SessionFactory(course=CoursePageFactory(parent=academy, provider=TrainingProviderFactory()))
            )

    add(5)
    queries()
    five = queries()
    add(15)
    assert queries() == five
    assert TrainingProvider.objects.count() == 20


def test_editor_can_add_a_provider_and_a_bad_contract_period_is_refused(editor_client):
    response = editor_client.post(
        "/admin/academy/providers/new/",
        {"name": "Bureau West", "contract_start": "2026-12-31", "contract_end": "2026-01-01", "email": ""},
    )
    assert response.status_code == 200
    assert "Het contract kan niet eindigen voordat het begint." in response.content.decode()
    assert not TrainingProvider.objects.filter(name="Bureau West").exists()
    response = editor_client.post(
        "/admin/academy/providers/new/",
        {"name": "Bureau West", "contract_start": "2026-01-01", "contract_end": "2026-12-31", "email": ""},
    )
    assert response.status_code == 302
    assert TrainingProvider.objects.filter(name="Bureau West").exists()
