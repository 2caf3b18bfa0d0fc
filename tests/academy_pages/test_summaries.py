"""academy_pages.summaries.upcoming_for: what the home page shows of an employee's registrations."""

import pytest

from academy_pages import registration as workflow
from academy_pages.models import SessionStatus
from academy_pages.summaries import upcoming_for
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory, register
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    return CoursePageFactory(
        parent=AcademyIndexPageFactory(parent=home_page),
        title="Presenteren",
        allow_multiple_registrations=True,
    )


def test_sessions_soonest_first_with_their_page_and_status(employee, course):
    later = SessionFactory(course=course, days=[20], location="Culemborg")
    sooner = SessionFactory(course=course, days=[5], location="Geldermalsen")
    register(later, employee)
    register(sooner, employee)

    summary = upcoming_for(employee)

    assert [(s.location, s.status) for s in summary.sessions] == [
        ("Geldermalsen", "confirmed"),
        ("Culemborg", "confirmed"),
    ]
    assert summary.sessions[0].url == course.url
    assert summary.sessions[0].starts_at.hour == 9
    assert summary.waiting == []
    assert summary.overview_url == "/academie/mijn-inschrijvingen/"


def test_the_place_on_the_waiting_list(employee, course):
    full = SessionFactory(course=course, capacity=1, days=[5])
    register(full, UserFactory(username="eerste"))
    register(full, UserFactory(username="tweede"))
    register(full, employee)

    [waiting] = upcoming_for(employee).waiting

    assert (waiting.status, waiting.waiting_position) == ("waiting", 2)


def test_cancelled_registrations_and_sessions_and_other_peoples_are_left_out(employee, course):
    mine = register(SessionFactory(course=course, days=[5]), employee)
    workflow.cancel(mine, employee, by_coordination_point=True)
    cancelled_session = SessionFactory(course=course, days=[6])
    register(cancelled_session, employee)
    cancelled_session.status = SessionStatus.CANCELLED
    cancelled_session.save()
    register(SessionFactory(course=course, days=[7]), UserFactory(username="collega"))

    summary = upcoming_for(employee)

    assert summary.sessions == [] and summary.waiting == []


def test_at_most_limit_of_each(employee, course):
    for day in range(1, 6):
        register(SessionFactory(course=course, days=[day]), employee)

    assert len(upcoming_for(employee, limit=3).sessions) == 3


def test_one_query_however_many_registrations(employee, course, django_assert_num_queries):
    for day in range(1, 11):
        register(SessionFactory(course=course, days=[day]), employee)

    upcoming_for(employee)  # the site's root paths for the pages' URLs, cached afterwards
    with django_assert_num_queries(1):
        upcoming_for(employee)
