"""Workflow functions behind the participant screen: minimum check, attendance, go / no-go."""

import datetime

import pytest
from django.utils import timezone

from academy_pages import participants
from academy_pages import registration as workflow
from academy_pages.models import (
    AcademySettings,
    Attendance,
    ChangeCause,
    GoDecision,
    Registration,
    RegistrationStatus,
    Session,
    SessionStatus,
)
from academy_pages.registration import RegistrationError
from tests.factories.academy import (
    CoursePageFactory,
    EventPageFactory,
    EventSlotFactory,
    SessionFactory,
    register,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_course(academy):
    return CoursePageFactory(parent=academy, title="Zakelijke gesprekken voeren", min_participants=3)


@pytest.mark.parametrize(
    ("start_in_days", "registered", "flagged"),
    [
        (0, 2, True),  # starts today, still under the minimum
        (10, 2, True),
        (14, 2, True),  # exactly the check period (14 days)
        (15, 2, False),  # still time to fill up
        (10, 3, False),  # minimum reached
        (-1, 0, False),  # already past: no decision any more
    ],
)
def test_sessions_under_the_minimum_within_the_check_period_are_flagged(
    small_course, start_in_days, registered, flagged
):
    session = SessionFactory(course=small_course, days=[start_in_days])
    for _ in range(registered):
        # Registered a week before the start, so a session starting today counts as well.
        register(session, now=timezone.now() + datetime.timedelta(days=start_in_days - 7))
    found = list(participants.sessions_below_minimum(check_days=14))
    assert (session in found) is flagged


def test_waiting_and_cancelled_registrations_do_not_count_towards_the_minimum(small_course, editor):
    session = SessionFactory(course=small_course, capacity=2, days=[5])
    register(session)
    cancelled = register(session)
    register(session)
    register(session)  # waiting list (capacity 2)... until the cancellation promotes it
    workflow.cancel(cancelled, editor, by_coordination_point=True)
    flagged = participants.sessions_below_minimum(check_days=14).get()
    assert flagged.confirmed_count == 2
    assert flagged.min_participants == 3


def test_cancelled_sessions_and_event_workshops_are_not_flagged(academy, small_course, editor):
    cancelled = SessionFactory(course=small_course, days=[5])
    workflow.cancel_session(cancelled, editor, reason="Zaal niet beschikbaar")
    event = EventPageFactory(parent=academy)
    SessionFactory(course=None, event=event, slot=EventSlotFactory(event=event), title="Scrummen", days=[5])
    assert not participants.sessions_below_minimum(check_days=14).exists()


def test_the_check_period_comes_from_the_academy_settings(home_page, small_course):
    settings = AcademySettings.for_site(home_page.get_site())
    settings.minimum_check_days = 3
    settings.save()
    soon = SessionFactory(course=small_course, days=[2])
    later = SessionFactory(course=small_course, days=[5])
    assert list(participants.sessions_below_minimum()) == [soon]
    assert participants.is_below_minimum(soon) and not participants.is_below_minimum(later)


def test_go_sets_the_decision_and_keeps_the_session(small_course, editor):
    session = SessionFactory(course=small_course, days=[5])
    participants.decide_go(session, GoDecision.GO, editor)
    session.refresh_from_db()
    assert (session.go_decision, session.status) == (GoDecision.GO, SessionStatus.PLANNED)


def test_no_go_cancels_the_session_for_everyone(small_course, editor):
    session = SessionFactory(course=small_course, days=[5])
    registration = register(session)
    participants.decide_go(session, GoDecision.NO_GO, editor, reason="Te weinig deelnemers")
    session.refresh_from_db()
    registration.refresh_from_db()
    assert (session.go_decision, session.status, session.cancellation_reason) == (
        GoDecision.NO_GO,
        SessionStatus.CANCELLED,
        "Te weinig deelnemers",
    )
    assert registration.status == RegistrationStatus.CANCELLED
    assert registration.changes.last().cause == ChangeCause.SESSION_CANCELLED


def test_no_go_without_a_reason_saves_nothing(small_course, editor):
    session = SessionFactory(course=small_course, days=[5])
    with pytest.raises(RegistrationError):
        participants.decide_go(session, GoDecision.NO_GO, editor, reason="")
    session.refresh_from_db()
    assert (session.go_decision, session.status) == (GoDecision.UNDECIDED, SessionStatus.PLANNED)


def test_attendance_is_saved_for_confirmed_participants(course):
    session = SessionFactory(course=course)
    first, second = register(session), register(session)
    changed = participants.mark_attendance(
        session, {first.pk: Attendance.PRESENT, second.pk: Attendance.ABSENT}
    )
    assert changed == 2
    assert participants.mark_attendance(session, {first.pk: Attendance.PRESENT}) == 0
    assert dict(Registration.objects.values_list("pk", "attendance")) == {
        first.pk: Attendance.PRESENT,
        second.pk: Attendance.ABSENT,
    }


def test_attendance_for_someone_of_another_session_changes_nothing(course):
    session, other = SessionFactory(course=course), SessionFactory(course=course)
    ours, theirs = register(session), register(other)
    with pytest.raises(RegistrationError) as error:
        participants.mark_attendance(session, {ours.pk: Attendance.PRESENT, theirs.pk: Attendance.PRESENT})
    assert error.value.code == "not_a_participant"
    assert not Registration.objects.exclude(attendance=Attendance.UNKNOWN).exists()


def test_attendance_for_the_waiting_list_is_refused(course):
    session = SessionFactory(course=course, capacity=1)
    register(session)
    waiting = register(session)
    with pytest.raises(RegistrationError):
        participants.mark_attendance(session, {waiting.pk: Attendance.PRESENT})


def test_participants_are_listed_confirmed_first_then_the_waiting_list_in_order(course):
    session = SessionFactory(course=course, capacity=1)
    confirmed = register(session)
    first_waiting, second_waiting = register(session), register(session)
    assert participants.participants(session) == [confirmed, first_waiting, second_waiting]


def test_admin_numbers_do_not_multiply_with_the_days_of_a_session(course):
    session = SessionFactory(course=course, capacity=2, days=[20, 21, 22])
    for _ in range(3):
        register(session)
    annotated = participants.with_admin_numbers(Session.objects.filter(pk=session.pk)).get()
    assert (annotated.confirmed_count, annotated.waiting_count) == (2, 1)
    assert annotated.first_date == session.first_day


def test_the_team_column_falls_back_to_the_profile_when_the_registration_recorded_none(course):
    from people.models import EmployeeProfile
    from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

    session = SessionFactory(course=course)
    no_team_then = UserFactory()
    register(session, no_team_then)  # no profile team yet: the registration records ""
    EmployeeProfile.objects.update_or_create(
        user=no_team_then, defaults={"team": TeamFactory(name="Publiekszaken")}
    )
    moved = EmployeeProfileFactory(team=TeamFactory(name="HR")).user
    register(session, moved)  # records "HR"
    EmployeeProfile.objects.filter(user=moved).update(team=TeamFactory(name="Financiën"))

    shown = {row.user_id: row.team_shown for row in participants.participants(session)}
    _headings, rows = participants.export_table(session)

    assert shown == {no_team_then.pk: "Publiekszaken", moved.pk: "HR"}
    assert sorted(row[2] for row in rows) == ["HR", "Publiekszaken"]
