"""Enrolling, ticking steps off, and what happens when a programme changes."""

import datetime

import pytest

from onboarding import enrolment as enrolling
from onboarding import progress
from onboarding.models import Enrolment, StepProgress
from tests.factories.onboarding import ProgrammeStepFactory
from tests.factories.people import EmployeeProfileFactory, UserFactory
from tests.onboarding.conftest import MONDAY

pytestmark = pytest.mark.django_db


def test_enrol_takes_start_date_team_and_leader_from_the_profile(programme, newcomer, team, leader):
    enrolment = enrolling.enrol(newcomer, programme)

    assert (enrolment.start_date, enrolment.team, enrolment.team_leader) == (MONDAY, team, leader)
    assert enrolment.programme_title == "Algemeen inwerkprogramma"


def test_what_the_enrolment_says_wins_over_the_profile(programme, newcomer, buddy):
    enrolment = enrolling.enrol(newcomer, programme, start_date=datetime.date(2027, 1, 4), team_leader=buddy)

    assert enrolment.start_date == datetime.date(2027, 1, 4)
    assert enrolment.team_leader == buddy


def test_no_start_date_anywhere_is_refused(programme):
    colleague = EmployeeProfileFactory(user=UserFactory(), start_date=None).user

    with pytest.raises(enrolling.EnrolmentError, match="startdatum"):
        enrolling.enrol(colleague, programme)
    assert not Enrolment.objects.exists()


def test_enrolling_twice_in_one_programme_is_refused(programme, newcomer):
    enrolling.enrol(newcomer, programme)
    with pytest.raises(enrolling.EnrolmentError):
        enrolling.enrol(newcomer, programme)


def test_due_dates_count_working_days_from_the_start(enrolment):
    (state,) = progress.states(Enrolment.objects.all(), today=MONDAY)

    # Monday 7 December 2026 + 4 working days is Friday 11 December.
    assert [row.due_date for row in state.rows] == [MONDAY, MONDAY, datetime.date(2026, 12, 11)]
    assert state.overdue == []


def test_steps_past_their_due_date_are_overdue(enrolment):
    (state,) = progress.states(Enrolment.objects.all(), today=datetime.date(2026, 12, 8))

    assert [row.step.title for row in state.overdue] == ["Laptop ophalen", "Rondleiding geven"]


def test_the_last_step_finishes_the_enrolment(enrolment, newcomer):
    steps = list(enrolment.programme.steps.all())
    for step in steps:
        progress.mark_done(enrolment, step, newcomer)

    enrolment.refresh_from_db()
    assert enrolment.is_finished
    (state,) = progress.states(Enrolment.objects.all(), today=MONDAY)
    assert state.percent == 100


def test_marking_done_twice_records_once(enrolment, newcomer):
    step = enrolment.programme.steps.first()
    progress.mark_done(enrolment, step, newcomer)
    progress.mark_done(enrolment, step, newcomer)

    assert StepProgress.objects.count() == 1


def test_undo_removes_the_progress_and_reopens(enrolment, newcomer):
    steps = list(enrolment.programme.steps.all())
    for step in steps:
        progress.mark_done(enrolment, step, newcomer)

    assert progress.mark_undone(enrolment, steps[0], newcomer)
    enrolment.refresh_from_db()
    assert not enrolment.is_finished
    (state,) = progress.states(Enrolment.objects.all(), today=MONDAY)
    assert (state.done_count, state.percent) == (2, 67)


def test_a_step_of_another_programme_is_refused(enrolment, newcomer):
    other = ProgrammeStepFactory()

    with pytest.raises(progress.ProgressError):
        progress.mark_done(enrolment, other, newcomer)


def test_a_removed_step_keeps_its_recorded_progress(enrolment, newcomer):
    step = enrolment.programme.steps.get(title="Laptop ophalen")
    progress.mark_done(enrolment, step, newcomer)

    step.delete()

    recorded = StepProgress.objects.get()
    assert recorded.step is None
    assert recorded.step_title == "Laptop ophalen"
    (state,) = progress.states(Enrolment.objects.all(), today=MONDAY)
    assert [(item.pk, item.step_title) for item in state.removed] == [(recorded.pk, "Laptop ophalen")]
    assert state.total == 2


def test_a_new_step_appears_for_enrolled_colleagues_and_a_finished_enrolment_stays_finished(
    enrolment, newcomer
):
    for step in enrolment.programme.steps.all():
        progress.mark_done(enrolment, step, newcomer)

    ProgrammeStepFactory(programme=enrolment.programme, title="Nieuwe stap")

    (state,) = progress.states(Enrolment.objects.all(), today=MONDAY)
    assert "Nieuwe stap" in [row.step.title for row in state.rows]
    assert state.enrolment.is_finished
    assert state.percent == 100


def test_publishing_an_edited_programme_keeps_step_ids_and_history(enrolment, newcomer):
    """A revision holds the inline steps with their ids, as the page editor sends them: publishing
    it writes them back by id, so progress stays attached; a removed step keeps its progress."""
    programme = enrolment.programme
    kept = programme.steps.get(title="Laptop ophalen")
    removed = programme.steps.get(title="Rondleiding geven")
    progress.mark_done(enrolment, kept, newcomer)
    progress.mark_done(enrolment, removed, newcomer)

    revision = programme.save_revision()
    content = revision.content
    content["steps"] = [step for step in content["steps"] if step["pk"] != removed.pk]
    for step in content["steps"]:
        if step["pk"] == kept.pk:
            step["title"] = "Laptop en telefoon ophalen"
    content["steps"].append({**content["steps"][0], "pk": None, "id": None, "title": "Nieuwe stap"})
    revision.content = content
    revision.save()
    revision.publish()

    titles = sorted(programme.steps.values_list("title", flat=True))
    assert titles == ["Laptop en telefoon ophalen", "Nieuwe stap", "Welkomstgesprek voeren"]
    assert StepProgress.objects.get(step_title="Laptop ophalen").step_id == kept.pk
    assert StepProgress.objects.get(step_title="Rondleiding geven").step_id is None
    (state,) = progress.states(Enrolment.objects.all(), today=MONDAY)
    assert [row.step.title for row in state.rows if row.done] == ["Laptop en telefoon ophalen"]
    assert [item.step_title for item in state.removed] == ["Rondleiding geven"]


def test_a_deleted_programme_keeps_enrolments_and_progress(enrolment, newcomer):
    progress.mark_done(enrolment, enrolment.programme.steps.first(), newcomer)

    enrolment.programme.delete()

    enrolment.refresh_from_db()
    assert enrolment.programme is None
    assert enrolment.programme_title == "Algemeen inwerkprogramma"
    assert StepProgress.objects.count() == 1


@pytest.mark.parametrize(
    "day",
    [MONDAY - datetime.timedelta(days=3), MONDAY, datetime.date(2026, 12, 9), datetime.date(2027, 3, 1)],
)
def test_the_overview_figures_are_those_of_the_pages(enrolment, newcomer, day):
    """`summaries` (the overview) works the figures out another way than `states` (the pages)."""
    progress.mark_done(enrolment, enrolment.programme.steps.get(title="Rondleiding geven"), newcomer)
    removed = ProgrammeStepFactory(programme=enrolment.programme, title="Verdwijnt")
    progress.mark_done(enrolment, removed, newcomer)
    removed.delete()
    ProgrammeStepFactory(programme=enrolment.programme, title="Later", due_working_days=30)

    (state,) = progress.states(Enrolment.objects.all(), today=day)
    (summary,) = progress.summaries(Enrolment.objects.all(), today=day)

    assert (summary.total, summary.done_count, summary.overdue_count, summary.percent) == (
        state.total,
        state.done_count,
        len(state.overdue),
        state.percent,
    )
    assert summary.last_activity == state.last_activity
