"""A course page as an employee sees it: facts, sessions, and the prefilled registration form."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy_pages import registration as workflow
from academy_pages.models import CourseQuestion, RelatedCourseArticle
from tests.factories.academy import CoursePageFactory, SessionFactory
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_course_page_shows_the_facts(employee_client, academy, make_article):
    course = CoursePageFactory(
        parent=academy,
        title="Schrijven college- en raadsvoorstellen",
        learning_goals="<p>Je schrijft een helder voorstel.</p>",
        audience="Beleidsmedewerkers",
        duration="2 dagdelen",
        default_location="Gemeentehuis Geldermalsen",
        costs=Decimal("1234.50"),
        requires_approval=True,
    )
    article = make_article("Zo schrijf je een raadsvoorstel")
    RelatedCourseArticle.objects.create(page=course, article=article)

    html = employee_client.get(course.url).content.decode()

    assert "Je schrijft een helder voorstel." in html
    assert "Beleidsmedewerkers" in html
    assert "2 dagdelen" in html
    assert "Gemeentehuis Geldermalsen" in html
    assert "€ 1.234,50" in html
    assert "Zo schrijf je een raadsvoorstel" in html
    assert "goedkeuring van je teamleider" in html


def test_sessions_show_every_day_trainer_and_places_left(employee_client, course):
    session = SessionFactory(course=course, capacity=4, trainer="Pieter Jansen", days=[20, 27])
    user = UserFactory()
    workflow.register(session, user)

    response = employee_client.get(course.url)
    html = response.content.decode()

    assert "Pieter Jansen" in html
    for day in session.sorted_days:
        assert f'datetime="{day.date:%Y-%m-%d}T09:00"' in html
    assert "Nog 3 plaatsen" in html


def test_full_session_offers_the_waiting_list(employee_client, course):
    session = SessionFactory(course=course, capacity=1)
    user = UserFactory()
    workflow.register(session, user)

    html = employee_client.get(course.url).content.decode()

    assert "Vol: wachtlijst" in html
    assert "Op de wachtlijst" in html


def test_form_shows_name_email_and_team_of_the_account_as_text(client, course):
    team = TeamFactory(name="Team Dienstverlening")
    profile = EmployeeProfileFactory(
        user=UserFactory(first_name="Fatima", last_name="El Amrani", email="f.elamrani@westbetuwe.nl"),
        team=team,
    )
    session = SessionFactory(course=course)
    client.force_login(profile.user)

    response = client.get(course.url)

    form = response.context["sessions"][0].form
    assert form.account == {
        "name": "Fatima El Amrani",
        "email": "f.elamrani@westbetuwe.nl",
        "team": "Team Dienstverlening",
    }
    assert not {"name", "email", "team"} & set(form.fields)
    html = response.content.decode()
    section = html[html.index(f'id="sessie-{session.pk}"') :]
    assert "<dd>Fatima El Amrani</dd>" in section
    assert "<dd>f.elamrani@westbetuwe.nl</dd>" in section
    assert "<dd>Team Dienstverlening</dd>" in section
    # Not as inputs, not even disabled or read-only ones that look editable.
    assert f'name="sessie-{session.pk}-name"' not in html
    assert f'name="sessie-{session.pk}-email"' not in html
    assert 'value="Fatima El Amrani"' not in html
    assert "csrfmiddlewaretoken" in html


def test_extra_questions_become_form_fields(employee_client, course):
    SessionFactory(course=course)
    CourseQuestion.objects.create(page=course, label="Motivatie", field_type="multiline", required=True)
    CourseQuestion.objects.create(
        page=course,
        label="Dieetwensen",
        field_type="dropdown",
        choices="Geen\nVegetarisch\nHalal",
        required=False,
    )

    html = employee_client.get(course.url).content.decode()

    assert "Motivatie" in html
    assert "<textarea" in html
    assert "Vegetarisch" in html


def test_closed_session_shows_no_form(employee_client, course):
    SessionFactory(
        course=course,
        registration_deadline=datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1),
    )

    response = employee_client.get(course.url)

    assert response.context["sessions"][0].form is None
    assert "inschrijving voor deze uitvoering is gesloten" in response.content.decode()


def test_own_registration_is_shown_with_a_cancel_form(employee_client, employee, course):
    session = SessionFactory(course=course, days=[30])
    workflow.register(session, employee)

    html = employee_client.get(course.url).content.decode()

    assert "Je inschrijving" in html
    assert "Ingeschreven" in html
    assert "Inschrijving annuleren" in html


def test_after_the_cancellation_deadline_the_button_is_replaced_by_an_explanation(
    employee_client, employee, academy
):
    course = CoursePageFactory(parent=academy, cancellation_deadline_days=5)
    session = SessionFactory(course=course, days=[2])
    workflow.register(session, employee)

    html = employee_client.get(course.url).content.decode()

    assert "Inschrijving annuleren" not in html
    assert "kunt je niet meer zelf afmelden" in html


def test_course_page_makes_the_same_number_of_queries_for_few_and_many_sessions(employee_client, course):
    CourseQuestion.objects.create(page=course, label="Motivatie", field_type="singleline")

    def add_sessions(count):
        for index in range(count):
            session = SessionFactory(course=course, capacity=2, days=[10 + index, 40 + index])
            user = UserFactory()
            workflow.register(session, user)

    add_sessions(2)
    employee_client.get(course.url)
    with CaptureQueriesContext(connection) as few:
        employee_client.get(course.url)
    add_sessions(18)
    with CaptureQueriesContext(connection) as many:
        response = employee_client.get(course.url)

    assert len(response.context["sessions"]) == 20
    assert len(few) == len(many)


def facts(html):
    """The course's facts list (the first <dl>), without the sessions' own facts."""
    start = html.index('<dl class="site-facts">')
    return html[start : html.index("</dl>", start)]


def test_format_and_duration_follow_the_sessions(employee_client, academy):
    """A course left on "Fysiek" with a "1 dagdeel" duration, whose sessions are whole online days."""
    course = CoursePageFactory(parent=academy, format="fysiek", duration="1 dagdeel")
    for offset in (20, 40):
        session = SessionFactory(course=course, format="online", days=[offset])
        session.days.update(start_time=datetime.time(9), end_time=datetime.time(16, 30))

    course_facts = facts(employee_client.get(course.url).content.decode())
    catalogue = employee_client.get(academy.url).content.decode()

    assert "<dd>Online</dd>" in course_facts
    assert "<dd>1 dag</dd>" in course_facts
    assert "dagdeel" not in course_facts
    row = catalogue[catalogue.index(course.title) :]
    assert ">Online</td>" in row[: row.index("</tr>")]


def test_sessions_that_differ_say_so(employee_client, academy):
    course = CoursePageFactory(parent=academy)
    SessionFactory(course=course, format="hybride", days=[20])
    SessionFactory(course=course, format="online", days=[30, 31])

    course_facts = facts(employee_client.get(course.url).content.decode())

    assert course_facts.count("<dd>verschilt per uitvoering</dd>") == 2


def test_three_mornings_are_three_parts_of_a_day(employee_client, academy):
    course = CoursePageFactory(parent=academy, duration="")
    SessionFactory(course=course, days=[20, 27, 34])

    assert "<dd>3 dagdelen</dd>" in facts(employee_client.get(course.url).content.decode())


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://teams.microsoft.com/l/meetup-join/abc", "Deelnemen via Teams"),
        ("https://meet.jit.si/westbetuwe-academie", "Deelnemen via meet.jit.si"),
    ],
)
def test_the_online_link_says_where_it_goes(employee_client, employee, course, url, label):
    session = SessionFactory(course=course, format="online", online_url=url)
    workflow.register(session, employee)

    html = employee_client.get(course.url).content.decode()

    assert f'<a class="utrecht-link" href="{url}">{label}</a>' in html
    assert "onlinelink" not in html
