"""A team leader enrols a member of their team; the coordination point anyone; others nobody."""

import datetime

import pytest

from onboarding.models import Enrolment
from tests.factories.people import EmployeeProfileFactory, UserFactory
from tests.onboarding.conftest import MONDAY

pytestmark = pytest.mark.django_db

URL = "/inwerkprogramma/nieuwe-collegas/inschrijven/"


def test_a_team_leader_enrols_a_team_member(client, leader, newcomer, buddy, programme, team):
    EmployeeProfileFactory(user=buddy, team=team)
    client.force_login(leader)

    html = client.get(URL).content.decode()
    assert "Nina Nieuw" in html and "Bob Buddy" in html

    response = client.post(URL, {"colleague": newcomer.pk, "programme": programme.pk, "buddy": buddy.pk})

    assert response.status_code == 302
    enrolment = Enrolment.objects.get()
    assert (enrolment.colleague, enrolment.start_date, enrolment.team_leader, enrolment.buddy) == (
        newcomer,
        MONDAY,
        leader,
        buddy,
    )
    assert enrolment.enrolled_by == leader


def test_someone_outside_the_team_cannot_be_chosen(client, leader, programme):
    outsider = EmployeeProfileFactory(user=UserFactory(first_name="Otto"), team_leader=UserFactory()).user
    client.force_login(leader)
    EmployeeProfileFactory(user=UserFactory(), team_leader=leader)  # someone leader does lead

    response = client.post(URL, {"colleague": outsider.pk, "programme": programme.pk})

    assert response.status_code == 400
    assert "geen beschikbare keuze" in response.content.decode()
    assert not Enrolment.objects.exists()


@pytest.mark.parametrize("value", ["abc", "9" * 30, ""])
def test_odd_values_are_form_errors(client, leader, newcomer, programme, value):
    client.force_login(leader)

    response = client.post(URL, {"colleague": value, "programme": value, "start_date": value})

    assert response.status_code == 400
    assert not Enrolment.objects.exists()


def test_enrolling_twice_is_a_clear_error(client, leader, enrolment):
    client.force_login(leader)

    response = client.post(URL, {"colleague": enrolment.colleague_id, "programme": enrolment.programme_id})

    assert response.status_code == 400
    assert "Deze collega volgt dit programma al." in response.content.decode()


def test_a_given_start_date_wins(client, leader, newcomer, programme):
    client.force_login(leader)

    client.post(URL, {"colleague": newcomer.pk, "programme": programme.pk, "start_date": "2027-01-04"})

    assert Enrolment.objects.get().start_date == datetime.date(2027, 1, 4)


def test_the_coordination_point_may_enrol_anyone(editor_client, newcomer, programme):
    response = editor_client.post(URL, {"colleague": newcomer.pk, "programme": programme.pk})

    assert response.status_code == 302
    assert Enrolment.objects.get().colleague == newcomer


@pytest.mark.parametrize("role", ["newcomer", "buddy"])
def test_anyone_else_gets_a_404(client, request, newcomer, programme, role):
    client.force_login(request.getfixturevalue(role))

    assert client.get(URL).status_code == 404
    assert client.post(URL, {"colleague": newcomer.pk, "programme": programme.pk}).status_code == 404
    assert not Enrolment.objects.exists()
