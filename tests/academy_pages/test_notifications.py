"""Mails for every status change of a registration, sent after the change is committed."""

import datetime
import decimal

import pytest
from django.contrib.auth.models import Group

from academy_pages import notifications
from academy_pages import registration as workflow
from academy_pages.models import RegistrationStatus, SessionDay
from people.groups import EDITORS
from tests.academy_pages.mailing import calendar_parts, html_of, ics_files, invite, invites
from tests.factories.academy import SessionFactory, register
from tests.factories.people import EmployeeProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what the workflow does after commit (the signals), as a real request would."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


def test_confirmation_is_dutch_with_text_html_and_a_request_invite(course, committed, mailoutbox):
    session = SessionFactory(course=course, capacity=5)
    user = UserFactory(first_name="Fatima", last_name="Yilmaz")

    registration = committed(register, session, user)

    (message,) = mailoutbox
    assert message.to == [user.email]
    assert message.subject == f"Aanmelding bevestigd: {course.title}"
    assert "Beste Fatima Yilmaz," in message.body
    assert f"Je bent aangemeld voor {course.title}. Je hebt een plek." in message.body
    assert "Locatie: Gemeentehuis Geldermalsen" in message.body
    assert "Je bent aangemeld voor" in html_of(message)
    assert "<table" in html_of(message)
    calendar = invite(message)
    assert calendar["METHOD"] == "REQUEST"
    (event,) = calendar.events
    assert str(event["UID"]).startswith(str(session.calendar_uid))
    assert event["ATTENDEE"] == f"mailto:{user.email}"
    (part,) = calendar_parts(message)
    assert part.get_param("method") == "REQUEST"
    assert part.get_param("charset") == "utf-8"
    # The same invite as a file, for mail clients that only show attachments.
    files = ics_files(message)
    assert list(files) == ["uitnodiging.ics"]
    assert files["uitnodiging.ics"].to_ical() == calendar.to_ical()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_waiting_list_mail_gives_the_place_on_the_list_and_no_invite(course, committed, mailoutbox):
    session = SessionFactory(course=course, capacity=1)
    register(session, UserFactory())
    register(session, UserFactory())

    committed(register, session, UserFactory())

    (message,) = mailoutbox
    assert message.subject == f"Je staat op de wachtlijst: {course.title}"
    assert "Je plaats op de lijst: 2." in message.body
    assert invites(message) == []
    assert ics_files(message) == {}


def test_a_freed_place_is_announced_to_the_first_on_the_waiting_list_with_an_invite(
    course, committed, mailoutbox
):
    session = SessionFactory(course=course, capacity=1)
    first = register(session, UserFactory())
    waiting = register(session, UserFactory())

    committed(workflow.cancel, first, first.user, reason="Ziek")

    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert set(by_recipient) == {first.email, waiting.email}
    promotion = by_recipient[waiting.email]
    assert promotion.subject == f"Er is een plek voor je vrijgekomen: {course.title}"
    assert "Je stond op de wachtlijst en bent nu aangemeld." in promotion.body
    assert invite(promotion)["METHOD"] == "REQUEST"
    cancellation = by_recipient[first.email]
    assert cancellation.subject == f"Afmelding bevestigd: {course.title}"
    assert "zoals je vroeg" in cancellation.body
    assert "Reden: Ziek" in cancellation.body
    cancel = invite(cancellation)
    assert cancel["METHOD"] == "CANCEL"
    assert calendar_parts(cancellation)[0].get_param("method") == "CANCEL"
    assert list(ics_files(cancellation)) == ["afzegging.ics"]
    assert cancel.events[0]["STATUS"] == "CANCELLED"
    assert cancel.events[0]["UID"] == invite(promotion).events[0]["UID"]


def test_leaving_the_waiting_list_sends_no_calendar_cancellation(course, committed, mailoutbox):
    session = SessionFactory(course=course, capacity=1)
    register(session, UserFactory())
    waiting = register(session, UserFactory())

    committed(workflow.cancel, waiting, waiting.user)

    (message,) = mailoutbox
    assert message.subject == f"Afmelding bevestigd: {course.title}"
    assert invites(message) == []
    assert ics_files(message) == {}


def test_cancellation_by_the_coordination_point_says_so(course, editor, committed, mailoutbox):
    session = SessionFactory(course=course)
    registration = register(session, UserFactory())

    committed(workflow.cancel, registration, editor, by_coordination_point=True, reason="Dubbel ingepland")

    (message,) = mailoutbox
    assert f"Het Coördinatiepunt heeft je aanmelding voor {course.title} geannuleerd." in message.body
    assert "Reden: Dubbel ingepland" in html_of(message)
    assert invite(message)["METHOD"] == "CANCEL"


def test_a_cancelled_session_tells_everyone_with_the_reason(course, editor, committed, mailoutbox):
    session = SessionFactory(course=course, capacity=1)
    placed = register(session, UserFactory())
    waiting = register(session, UserFactory())

    committed(workflow.cancel_session, session, editor, reason="De trainer is ziek.")

    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert set(by_recipient) == {placed.email, waiting.email}
    for message in mailoutbox:
        assert message.subject == f"Gaat niet door: {course.title}"
        assert "Reden: De trainer is ziek." in message.body
        assert f"Helaas gaat {course.title} niet door." in html_of(message)
    cancel = invite(by_recipient[placed.email])
    assert cancel["METHOD"] == "CANCEL"
    assert cancel.events[0]["SEQUENCE"] == 1
    # Only someone with a place has the session in their calendar.
    assert invites(by_recipient[waiting.email]) == []
    assert ics_files(by_recipient[waiting.email]) == {}


@pytest.fixture
def approval_course(course):
    course.requires_approval = True
    course.costs = decimal.Decimal("1250.00")
    course.save()
    return course


def test_approval_request_goes_to_the_team_leader_with_links_and_costs(
    approval_course, committed, mailoutbox
):
    leader = UserFactory(first_name="Henk", last_name="de Boer")
    employee = EmployeeProfileFactory(team_leader=leader).user
    session = SessionFactory(course=approval_course)

    committed(register, session, employee, answers={"motivatie": "Ik wil beter leren presenteren."})

    by_recipient = {message.to[0]: message for message in mailoutbox}
    request = by_recipient[leader.email]
    assert request.subject == f"Akkoord gevraagd: {employee.get_full_name()} voor {approval_course.title}"
    assert "Beste Henk de Boer," in request.body
    assert "Kosten per deelnemer: € 1.250,00" in request.body
    assert "motivatie: Ik wil beter leren presenteren." in request.body
    assert "http://testserver/academie/akkoord/" in request.body
    assert "/goedkeuren/" in request.body and "/afwijzen/" in request.body
    assert "/goedkeuren/" in html_of(request)
    notice = by_recipient[employee.email]
    assert notice.subject == f"Je aanmelding wacht op akkoord: {approval_course.title}"
    assert "We hebben Henk de Boer gevraagd" in notice.body


def test_without_a_team_leader_the_coordination_point_gets_the_request(
    approval_course, committed, mailoutbox, settings
):
    settings.ACADEMY_COORDINATION_EMAIL = "Coördinatiepunt <leren@westbetuwe.example>"
    employee = EmployeeProfileFactory(team_leader=None).user
    session = SessionFactory(course=approval_course)

    committed(register, session, employee)

    by_recipient = {message.to[0]: message for message in mailoutbox}
    request = by_recipient["leren@westbetuwe.example"]
    assert "omdat het intranet de teamleider van deze medewerker niet kent" in request.body
    assert "Het intranet kent je teamleider niet" in by_recipient[employee.email].body


def test_the_employee_hears_the_approval_with_an_invite(approval_course, committed, mailoutbox):
    leader = UserFactory()
    employee = EmployeeProfileFactory(team_leader=leader).user
    registration = register(SessionFactory(course=approval_course), employee)

    committed(workflow.approve, registration, leader)

    (message,) = mailoutbox
    assert message.to == [employee.email]
    assert message.subject == f"Je aanmelding is goedgekeurd: {approval_course.title}"
    assert "Je hebt een plek." in message.body
    assert invite(message)["METHOD"] == "REQUEST"


def test_approval_on_a_full_session_means_the_waiting_list(approval_course, committed, mailoutbox):
    leader = UserFactory()
    session = SessionFactory(course=approval_course, capacity=1)
    first = register(session, EmployeeProfileFactory(team_leader=leader).user)
    second = register(session, EmployeeProfileFactory(team_leader=leader).user)
    workflow.approve(first, leader)

    committed(workflow.approve, second, leader)

    (message,) = mailoutbox
    assert "je staat op de wachtlijst" in message.body
    assert "Je plaats op de lijst: 1." in message.body
    assert invites(message) == []
    assert ics_files(message) == {}


def test_the_employee_hears_a_decline_with_the_reason(approval_course, committed, mailoutbox):
    leader = UserFactory()
    employee = EmployeeProfileFactory(team_leader=leader).user
    registration = register(SessionFactory(course=approval_course), employee)

    committed(workflow.decline, registration, leader, reason="Past niet in de planning.")

    (message,) = mailoutbox
    assert message.subject == f"Je aanmelding is afgewezen: {approval_course.title}"
    assert "Reden: Past niet in de planning." in message.body
    assert invites(message) == []
    assert ics_files(message) == {}


def test_session_changed_raises_the_sequence_and_sends_an_updated_invite(course, committed, mailoutbox):
    session = SessionFactory(course=course, capacity=1, days=[20, 21])
    placed = register(session, UserFactory())
    register(session, UserFactory())  # waiting: has nothing in the calendar
    first_uids = [event["UID"] for event in invite(_confirmation_for(session, placed)).events]

    day = session.days.order_by("date").first()
    day.date += datetime.timedelta(days=7)
    day.save()
    session.location = "Kantoor Tiel"
    session.save()
    told = committed(notifications.session_changed, session)

    assert told == 1
    session.refresh_from_db()
    assert session.calendar_sequence == 1
    (message,) = mailoutbox
    assert message.to == [placed.email]
    assert message.subject == f"Gewijzigd: {course.title}"
    assert "Locatie: Kantoor Tiel" in message.body
    calendar = invite(message)
    assert calendar["METHOD"] == "REQUEST"
    assert [event["UID"] for event in calendar.events] == first_uids
    assert {event["SEQUENCE"] for event in calendar.events} == {1}
    assert {event["LOCATION"] for event in calendar.events} == {"Kantoor Tiel"}


def test_days_a_session_lost_are_cancelled_in_the_update(course, committed, mailoutbox):
    session = SessionFactory(course=course, days=[20, 21, 22])
    register(session, UserFactory())
    SessionDay.objects.filter(session=session).order_by("-date").first().delete()

    committed(notifications.session_changed, session, previous_day_count=3)

    (message,) = mailoutbox
    request = invite(message)
    assert request["METHOD"] == "REQUEST"
    assert len(request.events) == 2
    cancel = ics_files(message)["afzegging.ics"]
    assert cancel["METHOD"] == "CANCEL"
    (dropped,) = cancel.events
    assert dropped["UID"] == f"{session.calendar_uid}-3@academie.westbetuwe.nl"
    assert dropped["SEQUENCE"] == 1


def test_session_changed_leaves_a_cancelled_session_alone(course, editor, committed, mailoutbox):
    session = SessionFactory(course=course)
    register(session, UserFactory())
    workflow.cancel_session(session, editor, reason="Te weinig aanmeldingen")

    assert committed(notifications.session_changed, session) == 0
    assert mailoutbox == []


def test_mails_are_dutch_whatever_language_is_active(course, committed, mailoutbox):
    from django.utils import translation

    with translation.override("en"):
        committed(register, SessionFactory(course=course), UserFactory())

    (message,) = mailoutbox
    assert message.subject.startswith("Aanmelding bevestigd")


def test_money_is_written_the_dutch_way():
    from django.utils import translation

    from academy_pages.templatetags.academy_tags import euro

    with translation.override("nl"):
        assert euro(decimal.Decimal("1250.5")) == "€ 1.250,50"
    assert euro(None) == ""


def test_coordination_point_member_is_not_needed_for_team_leader_mails(
    approval_course, committed, mailoutbox
):
    # An editor is not copied on a request that has a team leader.
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=EDITORS))
    leader = UserFactory()
    employee = EmployeeProfileFactory(team_leader=leader).user

    committed(register, SessionFactory(course=approval_course), employee)

    assert sorted(message.to[0] for message in mailoutbox) == sorted([leader.email, employee.email])


def _confirmation_for(session, registration):
    from academy_pages.models import RegistrationChange

    change = RegistrationChange.objects.filter(registration=registration).first()
    (message,) = notifications.mails_for_change(change)
    return message
