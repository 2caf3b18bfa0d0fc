"""Free text in the Academy's forms has a limit: too much gives a Dutch message at the field."""

import pytest
from django.urls import reverse

from academy_pages import approval
from academy_pages import registration as workflow
from academy_pages.models import (
    Attendance,
    CourseQuestion,
    Evaluation,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    SessionStatus,
)
from tests.academy_pages.admin_support import participants_url
from tests.factories.academy import RegistrationFactory, SessionFactory
from tests.factories.people import EmployeeProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

HUGE = "x" * 100_000


def too_long(limit, typed=100_000):
    return f"Maximaal {limit} tekens; je hebt er {typed} getypt."


# --- Answers to a course's extra questions (2,000) ----------------------------------------------


@pytest.fixture
def motivation(course):
    CourseQuestion.objects.create(page=course, label="Motivatie", field_type="multiline", required=True)
    session = SessionFactory(course=course)
    field = f"sessie-{session.pk}-vraag_{CourseQuestion.objects.get().clean_name}"
    return session, field


def register_url(course, session):
    return course.url + course.reverse_subpage("register", args=[session.pk])


def test_a_100000_character_answer_is_refused_at_the_field(employee_client, course, motivation):
    session, field = motivation

    response = employee_client.post(register_url(course, session), {field: HUGE})

    assert response.status_code == 400
    html = response.content.decode()
    error_at = html.index(too_long(2000))
    assert html.rindex(f'for="id_{field}"', 0, error_at) > html.rindex("utrecht-form-field ", 0, error_at)
    assert not Registration.objects.exists()


def test_an_answer_of_exactly_2000_characters_is_accepted(employee_client, employee, course, motivation):
    session, field = motivation
    # Line breaks arrive as CR LF but count as one character, as in the browser.
    answer = ("y" * 99 + "\r\n") * 19 + "y" * 100

    response = employee_client.post(register_url(course, session), {field: answer})

    assert response.status_code == 302
    assert Registration.objects.get(user=employee).answers == {"Motivatie": answer}


def test_the_answer_field_tells_the_browser_its_limit(employee_client, course, motivation):
    CourseQuestion.objects.create(page=course, label="Functie", field_type="singleline", required=False)

    html = employee_client.get(course.url).content.decode()

    assert 'maxlength="2000"' in html
    assert 'maxlength="255"' in html  # one-line answers keep the shorter limit


# --- The evaluation's texts (4,000) ------------------------------------------------------------


@pytest.fixture
def attended(employee, course):
    """A confirmed registration for a session that ended two days ago."""
    return RegistrationFactory(
        session=SessionFactory(course=course, days=[-2]), user=employee, attendance=Attendance.PRESENT
    )


def evaluation_url(registration):
    return reverse("academy_evaluation", args=[registration.pk])


@pytest.mark.parametrize("field", ["learned", "remarks"])
def test_a_100000_character_evaluation_text_is_refused_at_the_field(employee_client, attended, field):
    response = employee_client.post(evaluation_url(attended), {"rating": "8", field: HUGE})

    assert response.status_code == 400
    assert too_long(4000) in response.content.decode()
    assert response.context["form"].errors[field] == [too_long(4000)]
    assert not Evaluation.objects.exists()


def test_evaluation_texts_of_exactly_4000_characters_are_accepted(employee_client, attended):
    page = employee_client.get(evaluation_url(attended)).content.decode()
    assert page.count('maxlength="4000"') == 2

    response = employee_client.post(
        evaluation_url(attended), {"rating": "8", "learned": "l" * 4000, "remarks": "r" * 4000}
    )

    assert response.status_code == 302
    evaluation = Evaluation.objects.get()
    assert (len(evaluation.learned), len(evaluation.remarks)) == (4000, 4000)


# --- Reasons for cancelling or declining (1,000) -----------------------------------------------


def cancel_url(registration):
    return reverse("academy_cancel_registration", args=[registration.pk])


def test_a_100000_character_cancellation_reason_is_refused_at_the_field(employee_client, employee, course):
    registration = workflow.register(SessionFactory(course=course, days=[30]), employee).registration
    field = f"afmelden-{registration.pk}-reason"

    response = employee_client.post(cancel_url(registration), {field: HUGE, "next": course.url})

    assert response.status_code == 400
    html = response.content.decode()
    assert too_long(1000) in html
    assert f'id="id_{field}-error"' in html
    assert "Je afmelding is niet opgeslagen" in html
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert not RegistrationChange.objects.filter(to_status=RegistrationStatus.CANCELLED).exists()


def test_a_cancellation_reason_of_exactly_1000_characters_is_accepted(employee_client, employee, course):
    registration = workflow.register(SessionFactory(course=course, days=[30]), employee).registration
    page = employee_client.get(reverse("academy_my_registrations")).content.decode()
    assert 'maxlength="1000"' in page

    field = f"afmelden-{registration.pk}-reason"
    response = employee_client.post(cancel_url(registration), {field: "r" * 1000})

    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert registration.changes.last().reason == "r" * 1000


def test_cancelling_on_someones_behalf_with_a_100000_character_reason_changes_nothing(editor_client, course):
    session = SessionFactory(course=course)
    registration = workflow.register(session, UserFactory()).registration

    def cancel(reason):
        return editor_client.post(
            participants_url(session),
            {
                "action": "cancel_registration",
                "registration": registration.pk,
                f"cancel-{registration.pk}-reason": reason,
            },
        )

    response = cancel(HUGE)

    assert response.status_code == 200
    assert too_long(1000) in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED

    cancel("r" * 1000)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


@pytest.mark.parametrize(
    "data",
    [
        {"action": "cancel_session", "cancel-session-reason": HUGE},
        {"action": "go_decision", "go-decision": "no_go", "go-reason": HUGE},
    ],
    ids=["cancel-session", "no-go"],
)
def test_cancelling_a_session_with_a_100000_character_reason_changes_nothing(editor_client, course, data):
    session = SessionFactory(course=course)

    response = editor_client.post(participants_url(session), data)

    assert response.status_code == 200
    assert too_long(1000) in response.content.decode()
    session.refresh_from_db()
    assert (session.status, session.cancellation_reason) == (SessionStatus.PLANNED, "")


def test_a_100000_character_reason_to_decline_is_refused_at_the_field(client, course):
    leader = UserFactory()
    course.requires_approval = True
    course.save()
    employee = EmployeeProfileFactory(team_leader=leader).user
    registration = workflow.register(SessionFactory(course=course), employee).registration
    client.force_login(leader)

    response = client.post(
        reverse("academy_approval:decline", args=[approval.make_token(registration)]), {"reason": HUGE}
    )

    assert too_long(1000) in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING_APPROVAL
