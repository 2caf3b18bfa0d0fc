"""The Academy's catalogue page: what an employee sees per course, the filters, and query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy_pages import registration as workflow
from academy_pages.models import Session, SessionFormat
from tests.factories.academy import (
    CourseCategoryFactory,
    CoursePageFactory,
    SessionFactory,
    TrainingProviderFactory,
    in_days,
)
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db


def fill(session, count):
    for _ in range(count):
        user = UserFactory()
        workflow.register(session, user)


def course_titles(response):
    return [course.title for course in response.context["courses"]]


def test_catalogue_shows_next_session_and_places_left(employee_client, academy):
    course = CoursePageFactory(parent=academy, title="Presenteren met impact")
    later = SessionFactory(course=course, capacity=8, days=[40])
    sooner = SessionFactory(course=course, capacity=5, days=[10, 17])
    fill(sooner, 2)
    fill(later, 1)

    response = employee_client.get(academy.url)

    assert response.status_code == 200
    shown = response.context["courses"][0]
    assert shown.next_session == sooner
    assert shown.next_session.places_left == 3
    html = response.content.decode()
    assert "Presenteren met impact" in html
    assert in_days(10).strftime("%Y") in html
    assert course.provider.name in html


def test_full_next_session_shows_waiting_list(employee_client, academy):
    course = CoursePageFactory(parent=academy)
    session = SessionFactory(course=course, capacity=1)
    fill(session, 1)

    response = employee_client.get(academy.url)

    assert response.context["courses"][0].next_session.places_left == 0
    assert "wachtlijst" in response.content.decode()


def test_places_left_are_not_multiplied_by_a_sessions_days(employee_client, academy):
    course = CoursePageFactory(parent=academy)
    session = SessionFactory(course=course, capacity=10, days=[10, 11, 12])
    fill(session, 2)

    response = employee_client.get(academy.url)

    assert response.context["courses"][0].next_session.places_left == 8


def test_past_and_cancelled_sessions_are_not_the_next_session(employee_client, academy, editor):
    course = CoursePageFactory(parent=academy)
    SessionFactory(course=course, days=[-3])
    cancelled = SessionFactory(course=course, days=[5])
    workflow.cancel_session(cancelled, editor, reason="Trainer ziek")

    response = employee_client.get(academy.url)

    assert response.context["courses"][0].next_session is None
    assert "Geen uitvoering gepland" in response.content.decode()


def test_filter_by_category_and_provider(employee_client, academy):
    leadership = CourseCategoryFactory(name="Persoonlijk leiderschap", slug="persoonlijk-leiderschap")
    bureau = TrainingProviderFactory(name="Bureau Groei")
    CoursePageFactory(parent=academy, title="Kracht in verandering", category=leadership, provider=bureau)
    CoursePageFactory(parent=academy, title="Timemanagement")
    CoursePageFactory(parent=academy, title="Omgaan met conflicten", category=leadership)

    by_category = employee_client.get(academy.url, {"categorie": "persoonlijk-leiderschap"})
    by_both = employee_client.get(
        academy.url, {"categorie": "persoonlijk-leiderschap", "aanbieder": bureau.pk}
    )

    assert sorted(course_titles(by_category)) == ["Kracht in verandering", "Omgaan met conflicten"]
    assert course_titles(by_both) == ["Kracht in verandering"]


def test_filter_by_format_matches_course_or_session_format(employee_client, academy):
    online_course = CoursePageFactory(parent=academy, title="Online module", format=SessionFormat.ONLINE)
    mixed = CoursePageFactory(parent=academy, title="Zakelijke gesprekken voeren")
    SessionFactory(course=mixed, format=SessionFormat.ONLINE)
    CoursePageFactory(parent=academy, title="Alleen fysiek")

    response = employee_client.get(academy.url, {"vorm": "online"})

    assert sorted(course_titles(response)) == sorted([online_course.title, mixed.title])


def test_filter_by_format_follows_the_sessions_once_one_is_planned(employee_client, academy):
    """A course left on "fysiek" whose sessions are all online is shown as online, and found so."""
    course = CoursePageFactory(parent=academy, title="Omgaan met conflicten", format=SessionFormat.PHYSICAL)
    SessionFactory(course=course, format=SessionFormat.ONLINE)

    assert course_titles(employee_client.get(academy.url, {"vorm": "fysiek"})) == []
    assert course_titles(employee_client.get(academy.url, {"vorm": "online"})) == [course.title]


def test_filter_by_month_shows_courses_with_a_session_starting_that_month(employee_client, academy):
    soon = CoursePageFactory(parent=academy, title="Binnenkort")
    later = CoursePageFactory(parent=academy, title="Later")
    soon_session = SessionFactory(course=soon, days=[2])
    SessionFactory(course=later, days=[95])
    month = soon_session.first_day.strftime("%Y-%m")

    response = employee_client.get(academy.url, {"maand": month})

    assert course_titles(response) == ["Binnenkort"]
    assert response.context["courses"][0].next_session == soon_session


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"categorie": "bestaat-niet"}, "Deze categorie bestaat niet"),
        ({"aanbieder": "abc"}, "Deze aanbieder bestaat niet"),
        ({"vorm": "telepathisch"}, "Deze vorm bestaat niet"),
        ({"maand": "2001-13"}, "Kies een maand uit de lijst"),
    ],
    ids=["category", "provider", "format", "month"],
)
def test_invalid_filter_values_give_a_dutch_message_not_an_error(employee_client, academy, params, message):
    CoursePageFactory(parent=academy, title="Timemanagement")

    response = employee_client.get(academy.url, params)

    assert response.status_code == 200
    assert message in response.content.decode()
    # The invalid filter is ignored: the course is still listed.
    assert course_titles(response) == ["Timemanagement"]


def test_filter_form_has_labels(employee_client, academy):
    html = employee_client.get(academy.url).content.decode()
    for field in ("categorie", "aanbieder", "vorm", "maand"):
        assert f'for="id_{field}"' in html


def test_anonymous_visitors_are_sent_to_login(client, academy):
    response = client.get(academy.url)
    assert response.status_code == 302
    assert "inloggen" in response.url


def _make_courses(academy, count, start=0):
    category = CourseCategoryFactory()
    for index in range(start, start + count):
        course = CoursePageFactory(parent=academy, category=category, title=f"Training {index:03d}")
        session = SessionFactory(course=course, capacity=3, days=[10 + index % 20, 11 + index % 20])
        SessionFactory(course=course, capacity=3, days=[40])
        user = UserFactory()
        workflow.register(session, user)


def _count_queries(client, url, clear_caches):
    # Publishing pages renews the content version behind the cached menu: start both counts cold.
    clear_caches()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"vorm": "fysiek"})
    assert response.status_code == 200
    return len(queries), len(response.context["courses"])


def test_catalogue_makes_the_same_number_of_queries_for_10_and_100_courses(
    employee_client, academy, fresh_caches
):
    _make_courses(academy, 10)
    employee_client.get(academy.url)  # warm up caches (site root paths, session)
    few, shown_few = _count_queries(employee_client, academy.url, fresh_caches)

    _make_courses(academy, 90, start=10)
    many, shown_many = _count_queries(employee_client, academy.url, fresh_caches)

    assert (shown_few, shown_many) == (10, 100)
    assert few == many


def test_upcoming_sessions_load_as_objects_with_their_first_day(course):
    # with_first_day() annotates `first_day`, which is also a property of Session.
    session = SessionFactory(course=course, days=[12, 5])
    SessionFactory(course=course, days=[-1])

    loaded = list(Session.objects.upcoming())

    assert loaded == [session]
    assert loaded[0].first_day == in_days(5)


def test_valid_filters_still_apply_next_to_an_invalid_one(employee_client, academy):
    soon = CoursePageFactory(parent=academy, title="Binnenkort")
    session = SessionFactory(course=soon, days=[2])
    SessionFactory(course=CoursePageFactory(parent=academy, title="Later"), days=[95])

    response = employee_client.get(
        academy.url, {"maand": session.first_day.strftime("%Y-%m"), "vorm": "raar"}
    )

    assert course_titles(response) == ["Binnenkort"]
    assert "Deze vorm bestaat niet" in response.content.decode()
