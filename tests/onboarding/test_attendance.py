"""A "follow a course" step is done once the Academy records the colleague present at a session."""

import pytest

from academy_pages import participants
from academy_pages import registration as workflow
from academy_pages.models import Attendance
from onboarding.models import ProgressSource, StepProgress, StepType
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory, register
from tests.factories.onboarding import ProgrammeStepFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    academy = AcademyIndexPageFactory(parent=home_page)
    return CoursePageFactory(parent=academy, title="Werken in West Betuwe")


@pytest.fixture
def course_step(enrolment, course):
    return ProgrammeStepFactory(
        programme=enrolment.programme,
        title="Training Werken in West Betuwe",
        step_type=StepType.COURSE,
        course=course,
        checklist="",
    )


@pytest.fixture
def registration(course, newcomer):
    return register(SessionFactory(course=course, days=[3]), newcomer)


def record(registration, attendance, editor, capture):
    with capture(execute=True):
        participants.mark_attendance(registration.session, {registration.pk: attendance}, editor)


def test_present_marks_the_course_step_done(
    registration, course_step, enrolment, editor, django_capture_on_commit_callbacks
):
    record(registration, Attendance.PRESENT, editor, django_capture_on_commit_callbacks)

    done = StepProgress.objects.get()
    assert (done.enrolment, done.step, done.source) == (enrolment, course_step, ProgressSource.ATTENDANCE)
    assert done.done_by is None


@pytest.mark.parametrize("attendance", [Attendance.ABSENT, Attendance.UNKNOWN])
def test_absent_or_not_recorded_marks_nothing(
    registration, course_step, editor, django_capture_on_commit_callbacks, attendance
):
    if attendance == Attendance.UNKNOWN:  # first present by mistake, then back to not recorded
        record(registration, Attendance.PRESENT, editor, django_capture_on_commit_callbacks)
        StepProgress.objects.all().delete()
    record(registration, attendance, editor, django_capture_on_commit_callbacks)

    assert not StepProgress.objects.exists()


def test_a_cancellation_marks_nothing(
    registration, course_step, newcomer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.cancel(registration, newcomer, by_coordination_point=True)

    assert not StepProgress.objects.exists()


def test_another_course_marks_nothing(
    registration, course_step, course, editor, django_capture_on_commit_callbacks
):
    course_step.course = CoursePageFactory(parent=course.get_parent(), title="Iets anders")
    course_step.save()

    record(registration, Attendance.PRESENT, editor, django_capture_on_commit_callbacks)

    assert not StepProgress.objects.exists()


def test_someone_else_present_marks_nothing_for_the_new_colleague(
    course, course_step, editor, django_capture_on_commit_callbacks
):
    other = register(SessionFactory(course=course, days=[3]))

    record(other, Attendance.PRESENT, editor, django_capture_on_commit_callbacks)

    assert not StepProgress.objects.exists()


def test_a_step_already_done_stays_as_it_was(
    registration, course_step, enrolment, newcomer, editor, django_capture_on_commit_callbacks
):
    from onboarding import progress

    progress.mark_done(enrolment, course_step, newcomer)

    record(registration, Attendance.PRESENT, editor, django_capture_on_commit_callbacks)

    done = StepProgress.objects.get()
    assert (done.source, done.done_by) == (ProgressSource.MANUAL, newcomer)


def test_the_academy_sends_the_signal_only_after_commit(
    registration, editor, django_capture_on_commit_callbacks
):
    heard = []

    def listener(sender, registration, attendance, **kwargs):
        heard.append(attendance)

    workflow.attendance_recorded.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            participants.mark_attendance(registration.session, {registration.pk: Attendance.PRESENT}, editor)
        assert heard == []
        for callback in callbacks:
            callback()
        assert heard == [Attendance.PRESENT]
    finally:
        workflow.attendance_recorded.disconnect(listener)


def test_academy_pages_does_not_import_onboarding():
    from pathlib import Path

    from django.conf import settings

    sources = Path(settings.BASE_DIR, "academy_pages").rglob("*.py")
    assert not [path for path in sources if "onboarding" in path.read_text(encoding="utf-8")]
