"""Registering and cancelling through the course page: messages, errors, and nothing half-saved."""

import pytest
from django.core import mail
from django.test import Client

from academy_pages import registration as workflow
from academy_pages.models import CourseQuestion, Registration, RegistrationChange, RegistrationStatus
from tests.factories.academy import CoursePageFactory, SessionFactory
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def register_url(course, session):
    return course.url + course.reverse_subpage("register", args=[session.pk])


def form_data(session, **extra):
    prefix = f"sessie-{session.pk}-"
    return {prefix + key: value for key, value in extra.items()}


@pytest.fixture
def anna(client):
    """An employee with a team; logged in."""
    profile = EmployeeProfileFactory(
        user=UserFactory(username="a.bakker", first_name="Anna", last_name="Bakker"),
        team=TeamFactory(name="Team Financiën"),
    )
    client.force_login(profile.user)
    return profile.user


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_registering_gives_a_place_and_says_so(client, anna, course):
    session = SessionFactory(course=course, capacity=2)

    response = client.post(register_url(course, session), form_data(session), follow=True)

    registration = Registration.objects.get(session=session, user=anna)
    assert registration.status == RegistrationStatus.CONFIRMED
    assert (registration.name, registration.email, registration.team) == (
        "Anna Bakker",
        "a.bakker@westbetuwe.nl",
        "Team Financiën",
    )
    assert any("Je bent ingeschreven" in message for message in messages_of(response))


def test_a_posted_name_email_and_team_are_ignored_for_those_of_the_account(
    client, anna, course, django_capture_on_commit_callbacks
):
    session = SessionFactory(course=course)
    spam = {
        "name": "Gratis iPhone! https://spam.example/win",
        "email": "buiten@evil.example",
        "team": "Team Nep",
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(register_url(course, session), form_data(session, **spam))

    assert response.status_code == 302
    registration = Registration.objects.get(session=session)
    assert registration.user == anna
    assert (registration.name, registration.email, registration.team) == (
        "Anna Bakker",
        "a.bakker@westbetuwe.nl",
        "Team Financiën",
    )
    # The confirmation goes to the account's own address, nowhere else.
    assert [message.to for message in mail.outbox] == [["a.bakker@westbetuwe.nl"]]
    assert "evil.example" not in mail.outbox[0].message().as_string()
    assert "spam.example" not in mail.outbox[0].message().as_string()


def test_an_account_without_an_email_address_gets_a_dutch_message_and_nothing_is_saved(client, course):
    user = UserFactory(username="zonder.mail", email="")
    client.force_login(user)
    session = SessionFactory(course=course)

    response = client.post(register_url(course, session), form_data(session, email="ik@evil.example"))

    assert response.status_code == 400
    assert not Registration.objects.exists()
    assert mail.outbox == []
    assert "Je account heeft geen e-mailadres" in response.content.decode()


def test_full_session_puts_the_employee_on_the_waiting_list_and_says_so(employee_client, employee, course):
    session = SessionFactory(course=course, capacity=1)
    other = UserFactory()
    workflow.register(session, other)

    response = employee_client.post(register_url(course, session), form_data(session), follow=True)

    assert Registration.objects.get(session=session, user=employee).status == RegistrationStatus.WAITING
    assert any("wachtlijst" in message for message in messages_of(response))


def test_course_with_approval_says_the_registration_awaits_the_team_leader(
    employee_client, employee, academy
):
    course = CoursePageFactory(parent=academy, requires_approval=True)
    session = SessionFactory(course=course)

    response = employee_client.post(register_url(course, session), form_data(session), follow=True)

    assert Registration.objects.get(user=employee).status == RegistrationStatus.PENDING_APPROVAL
    assert any("goedkeuring van je teamleider" in message for message in messages_of(response))


def test_overlapping_sessions_give_a_warning(employee_client, employee, academy):
    first = SessionFactory(course=CoursePageFactory(parent=academy), days=[14])
    workflow.register(first, employee)
    course = CoursePageFactory(parent=academy)
    second = SessionFactory(course=course, days=[14])

    response = employee_client.post(register_url(course, second), form_data(second), follow=True)

    assert Registration.objects.filter(user=employee).count() == 2
    warnings = [message for message in messages_of(response) if "overlapt" in message]
    assert warnings and first.display_title in warnings[0]


def test_answers_to_extra_questions_are_stored_by_label(employee_client, employee, course):
    CourseQuestion.objects.create(page=course, label="Motivatie", field_type="multiline", required=True)
    session = SessionFactory(course=course)
    question = f"vraag_{CourseQuestion.objects.get().clean_name}"

    employee_client.post(
        register_url(course, session), form_data(session, **{question: "Ik wil beter leren presenteren."})
    )

    assert Registration.objects.get(user=employee).answers == {"Motivatie": "Ik wil beter leren presenteren."}


def test_missing_required_answer_saves_nothing_and_shows_the_error_at_the_field(employee_client, course):
    CourseQuestion.objects.create(page=course, label="Motivatie", field_type="multiline", required=True)
    session = SessionFactory(course=course)

    response = employee_client.post(register_url(course, session), form_data(session))

    assert response.status_code == 400
    assert not Registration.objects.exists()
    assert "Dit is een verplicht veld" in response.content.decode()


def test_double_registration_shows_the_dutch_rule_at_the_form_and_saves_nothing(
    employee_client, employee, course
):
    session = SessionFactory(course=course)
    workflow.register(session, employee)
    changes = RegistrationChange.objects.count()

    # A second tab still showing the form posts again.
    response = employee_client.post(register_url(course, session), form_data(session))

    assert response.status_code == 400
    assert Registration.objects.filter(user=employee).count() == 1
    assert RegistrationChange.objects.count() == changes
    assert "Je bent al ingeschreven voor deze uitvoering" in response.content.decode()


def test_registration_after_the_deadline_is_refused_with_a_message(employee_client, course):
    session = SessionFactory(course=course, days=[-1])

    response = employee_client.post(register_url(course, session), form_data(session))

    assert response.status_code == 400
    assert not Registration.objects.exists()
    assert "Deze uitvoering is al begonnen" in response.content.decode()


def test_cancelled_session_refuses_registration(employee_client, editor, course):
    session = SessionFactory(course=course)
    other = SessionFactory(course=course, days=[21])
    workflow.cancel_session(session, editor, reason="Te weinig aanmeldingen")

    response = employee_client.post(register_url(course, session), form_data(session))

    assert not Registration.objects.exists()
    assert response.status_code == 400
    html = response.content.decode()
    assert "Deze uitvoering is geannuleerd" in html
    # The course page still shows the other session with its form.
    assert f'id="sessie-{other.pk}"' in html


def test_registering_needs_post(employee_client, course):
    session = SessionFactory(course=course)

    response = employee_client.get(register_url(course, session))

    assert response.status_code == 302
    assert not Registration.objects.exists()


def test_session_of_another_course_cannot_be_registered_through_this_page(employee_client, academy, course):
    other_session = SessionFactory(course=CoursePageFactory(parent=academy))

    response = employee_client.post(register_url(course, other_session), form_data(other_session))

    assert response.status_code == 404
    assert not Registration.objects.exists()


def test_registration_needs_a_csrf_token(employee, course):
    session = SessionFactory(course=course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(employee)

    response = client.post(register_url(course, session), form_data(session))

    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_cancel_with_a_reason(employee_client, employee, course):
    session = SessionFactory(course=course, days=[30])
    registration = workflow.register(session, employee).registration

    response = employee_client.post(
        f"/academie/mijn-inschrijvingen/{registration.pk}/afmelden/",
        {f"afmelden-{registration.pk}-reason": "Ik ben ziek", "next": course.url},
    )

    assert response.status_code == 302
    assert response.url == course.url
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert registration.changes.last().reason == "Ik ben ziek"


def test_cancel_after_the_deadline_is_refused_with_a_dutch_message(employee_client, employee, academy):
    course = CoursePageFactory(parent=academy, cancellation_deadline_days=5)
    session = SessionFactory(course=course, days=[2])
    registration = workflow.register(session, employee).registration

    response = employee_client.post(f"/academie/mijn-inschrijvingen/{registration.pk}/afmelden/", follow=True)

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert any("termijn om af te melden is verstreken" in message for message in messages_of(response))


def test_cancel_ignores_an_offsite_next_url(employee_client, employee, course):
    session = SessionFactory(course=course, days=[30])
    registration = workflow.register(session, employee).registration

    response = employee_client.post(
        f"/academie/mijn-inschrijvingen/{registration.pk}/afmelden/", {"next": "https://evil.example/"}
    )

    assert response.url == "/academie/mijn-inschrijvingen/"


def test_cancel_needs_post(employee_client, employee, course):
    session = SessionFactory(course=course, days=[30])
    registration = workflow.register(session, employee).registration

    response = employee_client.get(f"/academie/mijn-inschrijvingen/{registration.pk}/afmelden/")

    assert response.status_code == 405
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_nobody_can_cancel_someone_elses_registration(employee_client, course):
    session = SessionFactory(course=course, days=[30])
    other = UserFactory()
    registration = workflow.register(session, other).registration

    response = employee_client.post(f"/academie/mijn-inschrijvingen/{registration.pk}/afmelden/")

    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_after_registering_the_page_opens_on_the_confirmation(client, anna, course):
    """Not on the session further down, where the message at the top is off screen."""
    session = SessionFactory(course=course)

    response = client.post(register_url(course, session), form_data(session))

    assert response.status_code == 302
    assert response.url == f"{course.url}#meldingen"
    page = client.get(course.url).content.decode()
    assert 'id="meldingen"' in page
    assert page.index('id="meldingen"') < page.index(f'id="sessie-{session.pk}"')


def test_a_second_session_of_the_course_is_refused_with_the_way_to_switch(client, anna, course):
    first = SessionFactory(course=course, days=[10])
    second = SessionFactory(course=course, days=[40])
    workflow.register(first, anna)

    response = client.post(register_url(course, second), form_data(second))

    assert response.status_code == 400
    html = response.content.decode()
    assert "Je hebt al een inschrijving voor deze cursus" in html
    assert "Annuleer eerst die inschrijving" in html
    assert not Registration.objects.filter(session=second).exists()
