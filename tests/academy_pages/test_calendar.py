"""Calendar invites (.ics): what Outlook needs to add, update and remove a session."""

import datetime
import zoneinfo

import icalendar
import pytest
from django.urls import reverse

from academy_pages import calendar
from academy_pages import registration as workflow
from academy_pages.models import SessionDay
from tests.factories.academy import SessionFactory, register
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def parse(ics):
    return icalendar.Calendar.from_ical(ics)


def multi_day_session(course):
    session = SessionFactory(course=course, days=[], location="Gemeentehuis Geldermalsen")
    # A winter day and a summer day: both must keep their local wall-clock time.
    SessionDay.objects.create(
        session=session,
        date=datetime.date(2030, 3, 20),
        start_time=datetime.time(9),
        end_time=datetime.time(12, 30),
    )
    SessionDay.objects.create(
        session=session,
        date=datetime.date(2030, 4, 3),
        start_time=datetime.time(13, 30),
        end_time=datetime.time(17),
    )
    return session


def test_one_event_per_day_in_amsterdam_time_with_a_timezone_definition(course, settings):
    settings.ACADEMY_COORDINATION_EMAIL = "Coördinatiepunt Lerende Organisatie <leren@westbetuwe.example>"
    session = multi_day_session(course)
    user = UserFactory()
    registration = register(session, user, now=datetime.datetime(2030, 1, 1, tzinfo=AMSTERDAM))

    parsed = parse(calendar.session_calendar(registration, calendar.REQUEST))

    assert parsed["METHOD"] == "REQUEST"
    assert parsed["VERSION"] == "2.0"
    assert [tz["TZID"] for tz in parsed.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    first, second = parsed.events
    assert first.start == datetime.datetime(2030, 3, 20, 9, tzinfo=AMSTERDAM)
    assert first["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert first.end == datetime.datetime(2030, 3, 20, 12, 30, tzinfo=AMSTERDAM)
    assert second.start == datetime.datetime(2030, 4, 3, 13, 30, tzinfo=AMSTERDAM)
    assert second.start.utcoffset() == datetime.timedelta(hours=2)  # summer time
    assert first["UID"] == f"{session.calendar_uid}-1@academie.westbetuwe.nl"
    assert second["UID"] == f"{session.calendar_uid}-2@academie.westbetuwe.nl"
    assert first["SEQUENCE"] == 0
    assert first["STATUS"] == "CONFIRMED"
    assert first["SUMMARY"] == f"{course.title} (dag 1 van 2)"
    assert first["LOCATION"] == "Gemeentehuis Geldermalsen"
    assert first["ORGANIZER"] == "mailto:leren@westbetuwe.example"
    assert first["ORGANIZER"].params["CN"] == "Coördinatiepunt Lerende Organisatie"
    assert first["ATTENDEE"] == f"mailto:{user.email}"
    assert first["ATTENDEE"].params["CN"] == user.get_full_name()


def test_the_uid_stays_when_a_day_moves_and_the_sequence_follows_the_session(course):
    session = multi_day_session(course)
    registration = register(session, UserFactory(), now=datetime.datetime(2030, 1, 1, tzinfo=AMSTERDAM))
    before = parse(calendar.session_calendar(registration, calendar.REQUEST))

    SessionDay.objects.filter(session=session, date=datetime.date(2030, 3, 20)).update(
        date=datetime.date(2030, 3, 27)
    )
    session.calendar_sequence = 3
    session.save()
    registration.refresh_from_db()
    after = parse(calendar.session_calendar(registration, calendar.REQUEST))

    assert [event["UID"] for event in after.events] == [event["UID"] for event in before.events]
    assert after.events[0].start.date() == datetime.date(2030, 3, 27)
    assert {event["SEQUENCE"] for event in after.events} == {3}


def test_a_cancel_removes_every_day(course):
    session = multi_day_session(course)
    registration = register(session, UserFactory(), now=datetime.datetime(2030, 1, 1, tzinfo=AMSTERDAM))

    parsed = parse(calendar.session_calendar(registration, calendar.CANCEL))

    assert parsed["METHOD"] == "CANCEL"
    assert [event["STATUS"] for event in parsed.events] == ["CANCELLED", "CANCELLED"]


def test_an_online_session_has_its_link_as_location(course):
    session = SessionFactory(course=course, location="", online_url="https://teams.example/sessie")
    registration = register(session, UserFactory())

    (event,) = parse(calendar.session_calendar(registration, calendar.REQUEST)).events

    assert event["LOCATION"] == "https://teams.example/sessie"
    assert event["URL"] == "https://teams.example/sessie"


def test_an_unknown_method_is_refused(course):
    registration = register(SessionFactory(course=course), UserFactory())
    with pytest.raises(ValueError):
        calendar.session_calendar(registration, "PUBLISH")


# The download of one registration, linked from "Mijn inschrijvingen".


def test_the_employee_downloads_the_invite_of_their_own_registration(course, client):
    session = SessionFactory(course=course)
    user = UserFactory()
    registration = register(session, user)
    client.force_login(user)

    response = client.get(reverse("academy_ics", args=[registration.pk]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].endswith('.ics"')
    parsed = parse(response.content)
    assert parsed["METHOD"] == "REQUEST"
    assert parsed.events[0]["UID"] == f"{session.calendar_uid}-1@academie.westbetuwe.nl"


def test_the_url_is_the_one_other_pages_link_to(course):
    registration = register(SessionFactory(course=course), UserFactory())
    assert reverse("academy_ics", args=[registration.pk]) == (
        f"/academie/inschrijvingen/{registration.pk}/agenda.ics"
    )


def test_a_cancelled_registration_downloads_a_cancel(course, client):
    user = UserFactory()
    registration = register(SessionFactory(course=course), user)
    workflow.cancel(registration, user)
    client.force_login(user)

    response = client.get(reverse("academy_ics", args=[registration.pk]))

    assert parse(response.content)["METHOD"] == "CANCEL"


def test_another_employees_registration_is_not_found(course, client):
    registration = register(SessionFactory(course=course), UserFactory())
    client.force_login(UserFactory())

    response = client.get(reverse("academy_ics", args=[registration.pk]))

    assert response.status_code == 404
    assert b"BEGIN:VCALENDAR" not in response.content


def test_the_waiting_list_has_nothing_for_the_calendar_yet(course, client):
    session = SessionFactory(course=course, capacity=1)
    register(session, UserFactory())
    user = UserFactory()
    waiting = register(session, user)
    client.force_login(user)

    assert client.get(reverse("academy_ics", args=[waiting.pk])).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(course, client):
    registration = register(SessionFactory(course=course), UserFactory())

    response = client.get(reverse("academy_ics", args=[registration.pk]))

    assert response.status_code == 302
    assert "/account/" in response["Location"]
