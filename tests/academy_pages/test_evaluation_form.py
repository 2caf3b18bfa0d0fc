"""The evaluation form after a session: only for the own, attended registration, only once."""

import pytest

from academy_pages import registration as workflow
from academy_pages.models import Attendance, Evaluation, RegistrationStatus
from tests.factories.academy import RegistrationFactory, SessionFactory
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db


def url(registration):
    return f"/academie/mijn-inschrijvingen/{registration.pk}/evaluatie/"


@pytest.fixture
def attended(employee, course):
    return RegistrationFactory(
        session=SessionFactory(course=course, days=[-2]), user=employee, attendance=Attendance.PRESENT
    )


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_attendee_fills_in_the_evaluation(employee_client, attended):
    form = employee_client.get(url(attended))
    assert form.status_code == 200
    assert 'for="id_rating"' in form.content.decode()

    response = employee_client.post(
        url(attended), {"rating": "8", "learned": "Beter luisteren.", "remarks": ""}, follow=True
    )

    evaluation = Evaluation.objects.get(registration=attended)
    assert (evaluation.rating, evaluation.learned) == (8, "Beter luisteren.")
    assert any("Bedankt" in message for message in messages_of(response))


@pytest.mark.parametrize("rating", ["0", "11", "acht", ""])
def test_rating_outside_1_to_10_gives_a_dutch_message(employee_client, attended, rating):
    response = employee_client.post(url(attended), {"rating": rating, "learned": "", "remarks": ""})

    assert response.status_code == 400
    assert "Geef een cijfer van 1 tot en met 10" in response.content.decode()
    assert not Evaluation.objects.exists()


def test_only_once(employee_client, attended):
    Evaluation.objects.create(registration=attended, rating=7)

    response = employee_client.post(url(attended), {"rating": "3"}, follow=True)

    assert Evaluation.objects.get().rating == 7
    assert any("al geëvalueerd" in message for message in messages_of(response))


def test_not_for_someone_elses_registration(client, attended):
    client.force_login(UserFactory())

    assert client.get(url(attended)).status_code == 404
    assert client.post(url(attended), {"rating": "1"}).status_code == 404
    assert not Evaluation.objects.exists()


def test_not_when_marked_absent(employee_client, attended):
    attended.attendance = Attendance.ABSENT
    attended.save()

    response = employee_client.post(url(attended), {"rating": "9"}, follow=True)

    assert not Evaluation.objects.exists()
    assert any("afgelopen" in message for message in messages_of(response))


def test_past_confirmed_session_without_attendance_can_be_evaluated(employee_client, attended):
    attended.attendance = Attendance.UNKNOWN
    attended.save()

    employee_client.post(url(attended), {"rating": "6"})

    assert Evaluation.objects.get().rating == 6


def test_not_before_the_session_has_ended(employee_client, employee, course):
    registration = workflow.register(SessionFactory(course=course, days=[3]), employee).registration

    employee_client.post(url(registration), {"rating": "9"})

    assert not Evaluation.objects.exists()


def test_not_from_the_waiting_list(employee_client, attended):
    attended.status = RegistrationStatus.WAITING
    attended.save()

    employee_client.post(url(attended), {"rating": "9"})

    assert not Evaluation.objects.exists()
