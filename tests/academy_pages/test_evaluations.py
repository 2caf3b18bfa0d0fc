"""Evaluation averages per session, course, provider, event day and workshop, with hand-computed numbers."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from academy_pages import evaluations
from academy_pages.models import Evaluation, Registration, RegistrationStatus
from tests.factories.academy import (
    CoursePageFactory,
    EventPageFactory,
    EventSlotFactory,
    SessionFactory,
    TrainingProviderFactory,
    register,
)

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/academy/evaluations/"


def evaluate(session, *ratings):
    for rating in ratings:
        Evaluation.objects.create(registration=register(session), rating=rating)


@pytest.fixture
def offer(academy):
    """Two providers, three courses, four sessions; ratings chosen to give round-off cases."""
    north = TrainingProviderFactory(name="Bureau Noord")
    south = TrainingProviderFactory(name="Bureau Zuid")
    presenting = CoursePageFactory(parent=academy, title="Presenteren met impact", provider=north)
    conflicts = CoursePageFactory(parent=academy, title="Omgaan met conflicten", provider=north)
    writing = CoursePageFactory(parent=academy, title="Schrijven raadsvoorstellen", provider=south)
    first = SessionFactory(course=presenting, days=[10])
    second = SessionFactory(course=presenting, days=[20, 21])  # two days must not double anything
    third = SessionFactory(course=conflicts, days=[30])
    fourth = SessionFactory(course=writing, days=[40])
    evaluate(first, 8, 6)  # 7,0
    evaluate(second, 9)  # 9,0; course: (8 + 6 + 9) / 3 = 7,67 -> 7,7
    evaluate(third, 5)  # provider north: (8 + 6 + 9 + 5) / 4 = 7,0
    evaluate(fourth, 10, 7)  # 8,5
    register(fourth)  # a participant who did not evaluate
    return {"north": north, "south": south, "sessions": [first, second, third, fourth]}


def test_averages_per_session(offer):
    first, second, third, fourth = offer["sessions"]
    rows = {session.pk: session for session in evaluations.session_averages()}
    assert [
        (rows[s.pk].participant_count, rows[s.pk].evaluation_count, rows[s.pk].average)
        for s in offer["sessions"]
    ] == [
        (2, 2, 7.0),
        (1, 1, 9.0),
        (1, 1, 5.0),
        (3, 2, 8.5),
    ]


def test_averages_per_course(offer):
    rows = {course.title: course for course in evaluations.course_averages()}
    presenting = rows["Presenteren met impact"]
    assert (presenting.session_count, presenting.participant_count, presenting.evaluation_count) == (2, 3, 3)
    assert evaluations.format_average(presenting.average) == "7,7"
    assert evaluations.format_average(rows["Omgaan met conflicten"].average) == "5,0"


def test_averages_per_provider(offer):
    rows = {provider.name: provider for provider in evaluations.provider_averages()}
    north, south = rows["Bureau Noord"], rows["Bureau Zuid"]
    assert (north.course_count, north.session_count, north.participant_count, north.evaluation_count) == (
        2,
        3,
        4,
        4,
    )
    assert evaluations.format_average(north.average) == "7,0"
    assert (south.participant_count, evaluations.format_average(south.average)) == (3, "8,5")


def test_averages_are_shown_dutch_with_one_decimal():
    assert evaluations.format_average(7.6667) == "7,7"
    assert evaluations.format_average(8) == "8,0"
    assert evaluations.format_average(None) == "–"


@pytest.fixture
def leercafe(academy):
    """The 2022 Leercafé: 17 workshops in three rounds, 171 colleagues, average 7,7."""
    event = EventPageFactory(parent=academy, title="Leercafé 2022")
    slots = [EventSlotFactory(event=event, title=f"Ronde {number}") for number in (1, 2, 3)]
    workshops = [
        SessionFactory(
            course=None, event=event, slot=slots[index % 3], title=f"Workshop {index + 1}", capacity=20
        )
        for index in range(17)
    ]
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"collega{number}", email=f"collega{number}@westbetuwe.nl")
        for number in range(171)
    )
    registrations = [
        Registration(
            session=workshops[number % 17],
            user=user,
            status=RegistrationStatus.CONFIRMED,
            name=user.username,
            email=user.email,
        )
        for number, user in enumerate(users)
    ]
    # One colleague also joined a workshop in another round: 172 registrations, still 171 colleagues.
    registrations.append(
        Registration(
            session=workshops[1],
            user=users[0],
            status=RegistrationStatus.CONFIRMED,
            name="collega0",
            email=users[0].email,
        )
    )
    # A cancelled registration counts for nobody.
    registrations.append(
        Registration(
            session=workshops[2], user=users[5], status=RegistrationStatus.CANCELLED, name="x", email="x@x.nl"
        )
    )
    registrations = Registration.objects.bulk_create(registrations)
    # Ten evaluations: 3 x 7 and 7 x 8 = 77 / 10 = 7,7. Workshop 1 (index 0) gets a 7 and an 8.
    ratings = [7, 8, 7, 7, 8, 8, 8, 8, 8, 8]
    evaluated = [registrations[0], registrations[17], *registrations[1:9]]
    Evaluation.objects.bulk_create(
        Evaluation(registration=registration, rating=rating)
        for registration, rating in zip(evaluated, ratings, strict=True)
    )
    return event, workshops


def test_event_totals_match_the_2022_leercafe(leercafe):
    event, _workshops = leercafe
    (row,) = evaluations.event_averages()
    assert row.title == "Leercafé 2022"
    assert (row.workshop_count, row.participant_count, row.registration_count) == (17, 171, 172)
    assert row.evaluation_count == 10
    assert evaluations.format_average(row.average) == "7,7"


def test_event_averages_per_workshop(leercafe):
    _event, workshops = leercafe
    rows = {session.pk: session for session in evaluations.session_averages(events=True)}
    first = rows[workshops[0].pk]
    assert (first.participant_count, first.evaluation_count) == (11, 2)  # collega0, 17, 34, ..., 170
    assert evaluations.format_average(first.average) == "7,5"
    assert rows[workshops[16].pk].average is None
    assert len(rows) == 17


@pytest.mark.parametrize("level", evaluations.LEVEL_SLUGS)
def test_report_query_count_does_not_grow_with_the_number_of_sessions(academy, level, editor_client):
    course = CoursePageFactory(parent=academy)
    event = EventPageFactory(parent=academy)
    slot = EventSlotFactory(event=event)

    def add(count):
        for _ in range(count):
            evaluate(SessionFactory(course=course), 8)
            evaluate(SessionFactory(course=None, event=event, slot=slot, title="Workshop"), 6)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(f"{REPORT_URL}?level={level}").status_code == 200
        return len(captured)

    add(10)
    queries()  # warm the per-process caches
    ten = queries()
    add(90)
    assert queries() == ten


def test_report_view_shows_dutch_averages(editor_client, offer):
    html = editor_client.get(f"{REPORT_URL}?level=course").content.decode()
    assert "Presenteren met impact" in html
    assert "7,7" in html
    assert "Gemiddeld cijfer" in html


def test_report_exports_parse_back(editor_client, offer):
    xlsx = editor_client.get(f"{REPORT_URL}?level=provider&export=xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Trainingsbureau",
        "Trainingen",
        "Uitvoeringen",
        "Deelnemers",
        "Evaluaties",
        "Gemiddeld cijfer",
    )
    assert rows[1] == ("Bureau Noord", 2, 3, 4, 4, 7.0)

    response = editor_client.get(f"{REPORT_URL}?level=provider&export=csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[2] == ["Bureau Zuid", "1", "1", "3", "2", "8,5"]


def test_report_exports_write_formula_like_names_as_inert_text(editor_client, academy):
    provider = TrainingProviderFactory(name="@SUM(1+1)*cmd|' /C calc'!A0")
    course = CoursePageFactory(parent=academy, title="-2+3 Presenteren", provider=provider)
    evaluate(SessionFactory(course=course), 8)

    xlsx = editor_client.get(f"{REPORT_URL}?level=course&export=xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    title, provider_name = sheet["A2"], sheet["B2"]
    assert (title.value, title.data_type, title.quotePrefix) == ("-2+3 Presenteren", "s", True)
    assert (provider_name.value, provider_name.data_type) == (provider.name, "s")
    assert sheet["F2"].value == 8.0 and sheet["F2"].data_type == "n"

    response = editor_client.get(f"{REPORT_URL}?level=course&export=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][:2] == ["'-2+3 Presenteren", "'" + provider.name]
