"""'Mijn inschrijvingen': the employee's own registrations, and the home page block."""

import pytest
from django.db import connection
from django.template import Context, RequestContext, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from academy_pages import registration as workflow
from academy_pages.models import Attendance, Evaluation
from tests.factories.academy import CoursePageFactory, RegistrationFactory, SessionFactory, register
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

URL = "/academie/mijn-inschrijvingen/"


def test_url_name():
    from django.urls import reverse

    assert reverse("academy_my_registrations") == URL


def test_registrations_are_grouped_upcoming_waiting_and_past(employee_client, employee, academy):
    upcoming = SessionFactory(
        course=CoursePageFactory(parent=academy, title="Kracht in verandering"), days=[10]
    )
    full = SessionFactory(course=CoursePageFactory(parent=academy, title="Omgaan met conflicten"), capacity=1)
    register(full, UserFactory())
    past = SessionFactory(course=CoursePageFactory(parent=academy, title="De Zes Denkhoeden"), days=[-10])
    register(upcoming, employee)
    register(full, employee)
    RegistrationFactory(session=past, user=employee, attendance=Attendance.PRESENT)

    response = employee_client.get(URL)

    assert response.status_code == 200
    assert [r.session.display_title for r in response.context["upcoming"]] == ["Kracht in verandering"]
    assert [r.session.display_title for r in response.context["waiting"]] == ["Omgaan met conflicten"]
    assert [r.session.display_title for r in response.context["past"]] == ["De Zes Denkhoeden"]
    html = response.content.decode()
    assert "Aanwezig" in html
    assert "(nummer 1)" in html


def test_waiting_list_position_counts_the_people_ahead(employee_client, employee, course):
    session = SessionFactory(course=course, capacity=1)
    for _ in range(3):
        register(session, UserFactory())  # one place, then two on the waiting list

    register(session, employee)

    response = employee_client.get(URL)
    assert response.context["waiting"][0].waiting_position == 3


def test_pending_approval_is_upcoming(employee_client, employee, academy):
    course = CoursePageFactory(parent=academy, requires_approval=True)
    register(SessionFactory(course=course), employee)

    response = employee_client.get(URL)

    assert len(response.context["upcoming"]) == 1
    assert "Wacht op goedkeuring" in response.content.decode()


def test_cancelled_registrations_are_not_listed(employee_client, employee, course):
    registration = register(SessionFactory(course=course, days=[30]), employee)
    workflow.cancel(registration, employee)

    response = employee_client.get(URL)

    assert response.context["upcoming"] == []


def test_nobody_sees_another_employees_registrations(employee_client, employee, academy):
    colleague = UserFactory(first_name="Geheime", last_name="Collega")
    secret = SessionFactory(course=CoursePageFactory(parent=academy, title="Training van een collega"))
    register(secret, colleague)
    RegistrationFactory(session=SessionFactory(course=secret.course, days=[-5]), user=colleague)

    response = employee_client.get(URL)

    assert response.context["upcoming"] == [] and response.context["past"] == []
    assert "Training van een collega" not in response.content.decode()


def test_past_attended_session_links_to_the_evaluation_until_evaluated(employee_client, employee, course):
    registration = RegistrationFactory(
        session=SessionFactory(course=course, days=[-3]), user=employee, attendance=Attendance.PRESENT
    )
    evaluation_url = f"/academie/mijn-inschrijvingen/{registration.pk}/evaluatie/"

    assert evaluation_url in employee_client.get(URL).content.decode()

    Evaluation.objects.create(registration=registration, rating=8)
    html = employee_client.get(URL).content.decode()
    assert evaluation_url not in html
    assert "met een 8" in html


def test_absent_employee_gets_no_evaluation_link(employee_client, employee, course):
    registration = RegistrationFactory(
        session=SessionFactory(course=course, days=[-3]), user=employee, attendance=Attendance.ABSENT
    )

    html = employee_client.get(URL).content.decode()

    assert f"/{registration.pk}/evaluatie/" not in html
    assert "Afwezig" in html


def test_upcoming_registration_has_a_cancel_form(employee_client, employee, course):
    registration = register(SessionFactory(course=course, days=[30]), employee)

    html = employee_client.get(URL).content.decode()

    assert f'action="/academie/mijn-inschrijvingen/{registration.pk}/afmelden/"' in html
    assert 'method="post"' in html


def test_page_makes_the_same_number_of_queries_for_few_and_many_registrations(
    employee_client, employee, academy, fresh_caches
):
    def add(count):
        for index in range(count):
            course = CoursePageFactory(parent=academy, allow_multiple_registrations=True)
            register(SessionFactory(course=course, days=[10 + index, 20 + index]), employee)
            full = SessionFactory(course=course, capacity=1, days=[50 + index])
            register(full, UserFactory())
            register(full, employee)
            RegistrationFactory(
                session=SessionFactory(course=course, days=[-5 - index]),
                user=employee,
                attendance=Attendance.PRESENT,
            )

    add(2)
    employee_client.get(URL)
    # Publishing pages renews the content version behind the cached menu: start both counts cold.
    fresh_caches()
    with CaptureQueriesContext(connection) as few:
        employee_client.get(URL)
    add(10)
    fresh_caches()
    with CaptureQueriesContext(connection) as many:
        response = employee_client.get(URL)

    assert len(response.context["upcoming"]) == 12
    assert len(few) == len(many)


def render_block(user):
    request = RequestFactory().get("/")
    request.user = user
    template = Template("{% load academy_tags %}{% my_registrations %}")
    return template.render(RequestContext(request, {}))


def test_home_page_block_shows_the_next_three_registrations(employee, academy):
    titles = ["Eerste", "Tweede", "Derde", "Vierde"]
    for offset, title in zip([5, 10, 15, 20], reversed(titles), strict=True):
        register(
            SessionFactory(course=CoursePageFactory(parent=academy, title=title), days=[25 - offset]),
            employee,
        )
    register(SessionFactory(course=CoursePageFactory(parent=academy, title="Van een ander")), UserFactory())

    html = render_block(employee)

    assert [title for title in titles if title in html] == ["Eerste", "Tweede", "Derde"]
    assert html.index("Eerste") < html.index("Tweede") < html.index("Derde")
    assert "Van een ander" not in html
    assert URL in html


def test_home_page_block_without_registrations(employee):
    html = render_block(employee)
    assert "niet ingeschreven" in html


def test_home_page_block_needs_no_request():
    assert "niet ingeschreven" in Template("{% load academy_tags %}{% my_registrations %}").render(
        Context({})
    )


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "inloggen" in response.url
