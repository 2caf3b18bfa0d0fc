"""The registration rules of the Academy, on a real database."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format

from academy_pages import registration as workflow
from academy_pages.models import ActorRole, ChangeCause, Registration, RegistrationStatus
from tests.factories.academy import SessionFactory
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_registration_gets_a_place_while_places_are_left(course):
    session = SessionFactory(course=course, capacity=2)
    result = workflow.register(session, UserFactory())
    assert result.registration.status == RegistrationStatus.CONFIRMED
    assert workflow.places_left(session) == 1


def test_full_session_puts_the_next_one_on_the_waiting_list(course):
    session = SessionFactory(course=course, capacity=1)
    workflow.register(session, UserFactory())
    result = workflow.register(session, UserFactory())
    assert result.registration.status == RegistrationStatus.WAITING


def test_a_freed_place_goes_to_the_first_on_the_waiting_list(course):
    session = SessionFactory(course=course, capacity=1)
    first = workflow.register(session, UserFactory()).registration
    second = workflow.register(session, UserFactory()).registration
    third = workflow.register(session, UserFactory()).registration

    workflow.cancel(first, first.user)

    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == RegistrationStatus.CONFIRMED
    assert third.status == RegistrationStatus.WAITING
    promotion = second.changes.last()
    assert (promotion.from_status, promotion.to_status, promotion.cause) == (
        RegistrationStatus.WAITING,
        RegistrationStatus.CONFIRMED,
        ChangeCause.PROMOTED,
    )


def test_double_registration_is_refused_and_saves_nothing(course):
    session = SessionFactory(course=course)
    user = UserFactory()
    workflow.register(session, user)
    with pytest.raises(workflow.RegistrationError) as error:
        workflow.register(session, user)
    assert error.value.code == "duplicate"
    assert Registration.objects.filter(session=session, user=user).count() == 1


def test_registering_again_after_cancelling_is_allowed(course):
    session = SessionFactory(course=course)
    user = UserFactory()
    first = workflow.register(session, user).registration
    workflow.cancel(first, user)
    again = workflow.register(session, user).registration
    assert again.status == RegistrationStatus.CONFIRMED


@pytest.mark.parametrize(
    ("make_session", "code"),
    [
        (lambda course: SessionFactory(course=course, days=[-1]), "past"),
        (
            lambda course: SessionFactory(
                course=course, registration_deadline=timezone.now() - datetime.timedelta(hours=1)
            ),
            "deadline",
        ),
        (lambda course: SessionFactory(course=course, status="cancelled"), "cancelled"),
    ],
)
def test_closed_sessions_refuse_registration(course, make_session, code):
    session = make_session(course)
    with pytest.raises(workflow.RegistrationError) as error:
        workflow.register(session, UserFactory())
    assert error.value.code == code
    assert not Registration.objects.filter(session=session).exists()


def test_overlapping_sessions_are_reported(course, academy):
    user = UserFactory()
    workflow.register(SessionFactory(course=course, days=[10]), user)
    other_course_session = SessionFactory(course__parent=academy, days=[10])
    result = workflow.register(other_course_session, user)
    assert result.registration.status == RegistrationStatus.CONFIRMED
    assert len(result.overlapping) == 1


def test_self_cancellation_after_the_deadline_is_refused(course):
    course.cancellation_deadline_days = 5
    course.save()
    session = SessionFactory(course=course, days=[3])
    registration = workflow.register(session, UserFactory()).registration
    with pytest.raises(workflow.RegistrationError) as error:
        workflow.cancel(registration, registration.user)
    assert error.value.code == "deadline"
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_coordination_point_can_cancel_after_the_deadline(course, editor):
    session = SessionFactory(course=course, days=[1])
    registration = workflow.register(session, UserFactory()).registration
    workflow.cancel(registration, editor, by_coordination_point=True, reason="Ziek gemeld")
    change = registration.changes.last()
    assert change.cause == ChangeCause.CANCELLED_BY_COORDINATION
    assert change.actor_role == ActorRole.COORDINATION_POINT
    assert change.actor == editor


def test_approval_is_needed_when_the_course_says_so(course):
    course.requires_approval = True
    course.save()
    session = SessionFactory(course=course, capacity=1)
    registration = workflow.register(session, UserFactory()).registration
    assert registration.status == RegistrationStatus.PENDING_APPROVAL
    leader = UserFactory()
    workflow.approve(registration, leader)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.changes.last().actor_role == ActorRole.TEAM_LEADER


def test_cancelling_a_session_cancels_every_registration_with_that_cause(course, editor):
    session = SessionFactory(course=course, capacity=1)
    workflow.register(session, UserFactory())
    workflow.register(session, UserFactory())
    workflow.cancel_session(session, editor, reason="Trainer ziek")
    session.refresh_from_db()
    assert session.is_cancelled
    assert session.calendar_sequence == 1
    causes = set(Registration.objects.filter(session=session).values_list("changes__cause", flat=True))
    assert ChangeCause.SESSION_CANCELLED in causes
    assert not Registration.objects.filter(session=session).active().exists()


def test_name_email_and_team_come_from_the_account_and_stay_as_they_were(course):
    profile = EmployeeProfileFactory(
        user=UserFactory(first_name="Sanne", last_name="de Boer", email="s.deboer@westbetuwe.nl"),
        team=TeamFactory(name="Team Burgerzaken"),
    )
    session = SessionFactory(course=course)

    registration = workflow.register(session, profile.user).registration

    assert (registration.name, registration.email, registration.team) == (
        "Sanne de Boer",
        "s.deboer@westbetuwe.nl",
        "Team Burgerzaken",
    )
    # A later change of the account does not rewrite who registered then.
    profile.user.last_name = "Jansen"
    profile.user.save()
    registration.refresh_from_db()
    assert registration.name == "Sanne de Boer"


def test_an_account_without_an_email_address_cannot_register(course):
    session = SessionFactory(course=course)

    with pytest.raises(workflow.RegistrationError) as error:
        workflow.register(session, UserFactory(email=""))

    assert error.value.code == "no_email"
    assert not Registration.objects.exists()


def test_a_very_long_account_name_is_cut_to_what_a_registration_holds(course):
    user = UserFactory(first_name="A" * 150, last_name="B" * 150)

    registration = workflow.register(SessionFactory(course=course), user).registration

    assert registration.name == ("A" * 150 + " " + "B" * 150)[:200]


def test_a_second_session_of_the_same_course_is_refused_naming_the_one_already_held(course):
    """Two seats for one one-day course is one too many: the message says which and how to switch."""
    first = SessionFactory(course=course, days=[10])
    second = SessionFactory(course=course, days=[40])
    user = UserFactory()
    workflow.register(first, user)

    with translation.override("nl"):
        with pytest.raises(workflow.RegistrationError) as error:
            workflow.register(second, user)
        held_date = date_format(first.first_day, "j F Y")

    assert error.value.code == "course_taken"
    message = str(error.value.message)
    assert f"de uitvoering van {held_date} (ingeschreven)" in message
    assert "Annuleer eerst die inschrijving" in message
    assert not Registration.objects.filter(session=second, user=user).exists()


@pytest.mark.parametrize("status", [RegistrationStatus.WAITING, RegistrationStatus.PENDING_APPROVAL])
def test_a_waiting_or_pending_registration_also_holds_the_course(course, status):
    first = SessionFactory(course=course, days=[10])
    second = SessionFactory(course=course, days=[40])
    user = UserFactory()
    held = workflow.register(first, user).registration
    Registration.objects.filter(pk=held.pk).update(status=status)

    with pytest.raises(workflow.RegistrationError) as error:
        workflow.register(second, user)
    assert error.value.code == "course_taken"


def test_after_cancelling_the_other_session_can_be_booked(course):
    first = SessionFactory(course=course, days=[10])
    second = SessionFactory(course=course, days=[40])
    user = UserFactory()
    held = workflow.register(first, user).registration
    workflow.cancel(held, user)

    assert workflow.register(second, user).registration.status == RegistrationStatus.CONFIRMED


def test_a_course_set_to_allow_several_sessions_accepts_a_second(course):
    course.allow_multiple_registrations = True
    course.save()
    first = SessionFactory(course=course, days=[10])
    second = SessionFactory(course=course, days=[40])
    user = UserFactory()
    workflow.register(first, user)

    assert workflow.register(second, user).registration.status == RegistrationStatus.CONFIRMED
