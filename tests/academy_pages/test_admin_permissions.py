"""Only the coordination point runs the Academy in the admin; nobody else changes anything."""

import pytest
from django.contrib.auth.models import Group, Permission

from academy_pages.models import RegistrationStatus, SessionStatus
from people.groups import EDITORS
from tests.academy_pages.admin_support import participants_url
from tests.factories.academy import SessionFactory, register
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

ADMIN_URLS = [
    "/admin/academy/sessions/",
    "/admin/academy/sessions/new/",
    "/admin/academy/providers/",
    "/admin/academy/categories/",
    "/admin/academy/evaluations/",
]


@pytest.fixture
def session_with_waiting_list(course):
    session = SessionFactory(course=course, capacity=1)
    register(session)
    waiting = register(session)
    return session, waiting


@pytest.fixture
def admin_user_without_academy_rights(client):
    """Someone who may use the admin (e.g. for pages) but has none of the Academy permissions."""
    group = Group.objects.create(name="Alleen beheer")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = UserFactory(username="paginabeheer")
    user.groups.add(group)
    client.force_login(user)
    return client


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_editors_reach_every_academy_screen(editor_client, url):
    assert editor_client.get(url).status_code == 200


def test_academy_menu_is_shown_to_editors(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "Academie" in html
    assert "Uitvoeringen" in html


@pytest.mark.parametrize("url", ADMIN_URLS)
def test_employees_do_not_get_in(employee_client, url):
    response = employee_client.get(url)
    # Employees have no admin access at all: Wagtail sends them to the login page.
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_employee_cannot_promote_or_cancel(employee_client, session_with_waiting_list):
    session, waiting = session_with_waiting_list
    employee_client.post(participants_url(session), {"action": "promote", "registration": waiting.pk})
    employee_client.post(
        participants_url(session), {"action": "cancel_session", "cancel-session-reason": "x"}
    )
    waiting.refresh_from_db()
    session.refresh_from_db()
    assert waiting.status == RegistrationStatus.WAITING
    assert session.status == SessionStatus.PLANNED


def test_admin_user_without_academy_permissions_gets_403(
    admin_user_without_academy_rights, session_with_waiting_list
):
    client = admin_user_without_academy_rights
    session, waiting = session_with_waiting_list

    assert client.get(participants_url(session)).status_code == 403
    assert client.get(f"{participants_url(session)}export/csv/").status_code == 403
    assert client.get("/admin/academy/evaluations/").status_code == 403
    response = client.post(participants_url(session), {"action": "promote", "registration": waiting.pk})

    assert response.status_code == 403
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.WAITING


def test_viewing_participants_is_not_enough_to_change_them(client, session_with_waiting_list):
    group = Group.objects.create(name="Meekijkers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_registration")
    )
    user = UserFactory(username="meekijker")
    user.groups.add(group)
    client.force_login(user)
    session, waiting = session_with_waiting_list

    assert client.get(participants_url(session)).status_code == 200
    response = client.post(participants_url(session), {"action": "promote", "registration": waiting.pk})

    assert response.status_code == 403
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.WAITING


def test_the_coordination_point_group_has_the_academy_permissions():
    codenames = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))
    assert {"change_session", "change_registration", "view_evaluation", "add_trainingprovider"} <= codenames
    # Registrations and their history are kept for the reports.
    assert not {"delete_registration", "delete_registrationchange"} & codenames
