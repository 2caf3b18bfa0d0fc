"""The Academy part of the demo: the seed's offer, sessions around today, registrations, Leercafé."""

import datetime
from decimal import Decimal

import pytest
from django.db.models import Count
from django.utils import timezone

from academy_pages.models import (
    AcademyIndexPage,
    ChangeCause,
    CourseCategory,
    CoursePage,
    Evaluation,
    EventPage,
    Registration,
    RegistrationChange,
    RegistrationStatus,
    Session,
    TrainingProvider,
)
from academy_pages.reports import academy_status
from tests.demo.commands import run_command

pytestmark = pytest.mark.django_db

SEED_COURSES = {
    "Kracht in verandering",
    "Persoonlijk leiderschap",
    "Presenteren met impact",
    "Timemanagement en omgaan met werkdruk",
    "Omgaan met conflicten",
    "Zakelijke gesprekken voeren",
    "Schrijven college- en raadsvoorstellen",
    "Kennismaking inkoopfunctie",
}
INTERNAL_MODULES = {"De Zes Denkhoeden", "Algemene wet bestuursrecht"}
SEED_WORKSHOPS = {
    "Efficiënt en met plezier vergaderen",
    "Scrummen voor dummies",
    "De Zes Denkhoeden",
    "Zakelijk creatief denken",
    "Design Thinking",
    "Ideation uitdaging (effectiever brainstormen)",
    "Creatief schrijven",
    "Visueel werken",
    "Zicht op je kwaliteiten",
    "Timemanagement",
    "Mindfulness",
    "Werken met dronebeelden",
    "Verdieping in je netwerk(en)",
    "Het grote verspillingenspel (basis lean)",
    "Fotografie klimaatadaptatie",
}


def academy_counts():
    models = [
        CourseCategory,
        TrainingProvider,
        CoursePage,
        EventPage,
        Session,
        Registration,
        RegistrationChange,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_the_catalogue_holds_the_seeds_offer_under_the_home_page(demo_output):
    index = AcademyIndexPage.objects.live().get(slug="academie")
    assert index.title == "West Betuwe Academie"
    assert index.get_parent().specific_class.__name__ == "HomePage"
    courses = CoursePage.objects.child_of(index).live()
    assert set(courses.values_list("title", flat=True)) == SEED_COURSES | INTERNAL_MODULES
    assert set(CourseCategory.objects.values_list("name", flat=True)) == {
        "Persoonlijk leiderschap",
        "Effectief werken",
        "Algemene kennis",
    }
    assert TrainingProvider.objects.filter(is_internal=False).count() == 3
    internal = courses.filter(provider__is_internal=True)
    assert set(internal.values_list("title", flat=True)) == INTERNAL_MODULES


def test_some_courses_need_approval_and_ask_extra_questions(demo_output):
    assert CoursePage.objects.filter(requires_approval=True).exists()
    assert CoursePage.objects.filter(requires_approval=False).exists()
    labels = " ".join(
        CoursePage.objects.get(slug="kracht-in-verandering").questions.values_list("label", flat=True)
    ).lower()
    assert "motivatie" in labels and "dieetwensen" in labels and "toegankelijkheid" in labels


def test_sessions_lie_around_today_with_a_full_one_and_a_cancelled_one(demo_output):
    today = timezone.localdate()
    sessions = Session.objects.of_courses().with_first_day()
    assert sessions.filter(first_day__lt=today).exists()
    assert sessions.planned().filter(first_day__gt=today).count() >= 8

    full = Session.objects.get(course__slug="presenteren-met-impact")
    assert full.registrations.confirmed().count() == full.capacity
    assert full.registrations.waiting_list().count() == 2

    cancelled = Session.objects.cancelled().get()
    assert cancelled.cancellation_reason
    causes = set(cancelled.registrations.values_list("changes__cause", flat=True))
    assert ChangeCause.SESSION_CANCELLED in causes
    assert not cancelled.registrations.active().exists()


def test_history_of_past_registrations_happened_before_the_session(demo_output):
    for registration in Registration.objects.filter(session__course__isnull=False).prefetch_related(
        "changes", "session__days"
    ):
        first = registration.changes.all()[0]
        assert first.cause == ChangeCause.REGISTERED
        assert abs(first.created_at - registration.created_at) < datetime.timedelta(seconds=1)
        assert registration.created_at < registration.session.starts_at
        assert all(change.created_at >= first.created_at for change in registration.changes.all())


def test_pending_approvals_and_a_self_cancellation_for_the_demo_employee(demo_output):
    mine = Registration.objects.filter(user__username="medewerker", session__course__isnull=False)
    statuses = set(mine.values_list("status", flat=True))
    assert {
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.WAITING,
        RegistrationStatus.PENDING_APPROVAL,
        RegistrationStatus.CANCELLED,
    } <= statuses
    cancelled = mine.get(status=RegistrationStatus.CANCELLED)
    assert cancelled.changes.last().cause == ChangeCause.CANCELLED_BY_EMPLOYEE


def test_past_sessions_have_attendance_and_evaluations(demo_output):
    assert Evaluation.objects.count() >= 6
    assert all(1 <= rating <= 10 for rating in Evaluation.objects.values_list("rating", flat=True))


def test_the_leercafe_has_rounds_of_the_seeds_workshops(demo_output):
    event = EventPage.objects.live().get(slug="leercafe")
    assert event.slots.count() == 2
    titles = set(event.workshops.values_list("title", flat=True))
    assert len(titles) == 8
    assert titles <= SEED_WORKSHOPS
    # Nobody has two workshops in one round.
    per_slot = (
        Registration.objects.filter(session__event=event)
        .values("user", "session__slot")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
    )
    assert not per_slot.exists()


def test_the_report_on_the_demo(demo_output):
    status = academy_status(timezone.localdate(), datetime.date(2022, 4, 12))
    assert status["course_types"] == 10
    assert status["registrations"] == 32
    assert status["started_sessions"] == 3
    assert status["participants_in_started_sessions"] == 11  # 5 + 3 + (4 - 1 self-cancelled)
    assert status["avg_participants_per_started_session"] == Decimal("3.67")
    assert status["cancelled_participants"] == 4
    assert status["self_cancelled_participants"] == 2
    assert status["cancelled_sessions"] == 1


def test_a_second_run_adds_nothing_to_the_academy(demo_output):
    before = academy_counts()
    output = run_command()
    assert academy_counts() == before
    assert "nothing changed" in output


def test_a_deleted_course_comes_back_with_its_sessions(demo_output):
    course = CoursePage.objects.get(slug="omgaan-met-conflicten")
    for session in course.sessions.all():
        RegistrationChange.objects.filter(registration__session=session).delete()
        session.registrations.all().delete()
        session.delete()
    course.delete()

    output = run_command()

    assert "1 courses" in output
    again = CoursePage.objects.get(slug="omgaan-met-conflicten")
    assert again.sessions.get().registrations.count() == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_loading_the_demo_mails_nobody(mailoutbox):
    # A real transaction: the workflow's signals fire when the loader's transaction commits.
    run_command()
    assert Registration.objects.exists()
    assert mailoutbox == []


def test_every_leercafe_workshop_has_a_line_about_it(demo_output):
    workshops = Session.objects.filter(event__slug="leercafe")
    assert workshops.exists()
    assert not workshops.filter(description="").exists()


def test_course_format_and_duration_agree_with_the_sessions(demo_output):
    for course in CoursePage.objects.live():
        sessions = list(course.sessions.upcoming().prefetch_related("days"))
        if not sessions:
            continue
        assert course.format_label(sessions) == course.get_format_display(), course.title
        assert course.duration_label(sessions) == course.duration, course.title


def test_an_online_course_names_no_building(demo_output):
    online = CoursePage.objects.filter(format="online")
    assert online.exists()
    assert not online.exclude(default_location="").exists()
