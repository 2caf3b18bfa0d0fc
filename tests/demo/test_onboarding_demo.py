"""The onboarding part of the demo: two programmes and new colleagues at different points."""

import pytest
from django.utils import timezone

from onboarding import progress
from onboarding.models import Enrolment, OnboardingProgrammePage, StepProgress, StepType
from tests.demo.commands import run_command

pytestmark = pytest.mark.django_db


def test_two_programmes_with_linked_steps(demo_output):
    programmes = {page.slug: page for page in OnboardingProgrammePage.objects.live()}
    assert set(programmes) == {"algemeen-inwerkprogramma", "inwerken-als-teamleider"}
    general, leader = programmes["algemeen-inwerkprogramma"], programmes["inwerken-als-teamleider"]
    assert general.steps.count() + leader.steps.count() >= 30
    assert leader.steps.count() >= 20
    steps = [*general.steps.all(), *leader.steps.all()]
    for step in steps:
        step.clean()  # every step is complete, as the editor's form demands
    assert all(step.article_id for step in steps if step.step_type == StepType.ARTICLE)
    assert all(step.course_id for step in steps if step.step_type == StepType.COURSE)


def test_new_colleagues_at_different_points(demo_output):
    today = timezone.localdate()
    states = {
        state.enrolment.colleague.username: state
        for state in progress.states(Enrolment.objects.all(), today=today)
    }
    assert {"snieuwenhuis", "dvandenberg", "lwillems", "medewerker"} <= set(states)
    starting = states["snieuwenhuis"]
    assert starting.enrolment.start_date > today and starting.done_count == 0 and not starting.overdue
    busy = states["dvandenberg"]
    assert 0 < busy.percent < 100 and busy.overdue
    finished = states["lwillems"]
    assert finished.enrolment.is_finished and finished.percent == 100
    assert 0 < states["medewerker"].percent < 100


def test_the_pages_show_it(demo_output, client):
    client.force_login(Enrolment.objects.get(colleague__username="dvandenberg").colleague)
    assert "te laat" in client.get("/inwerkprogramma/").content.decode()
    client.force_login(Enrolment.objects.get(colleague__username="dvandenberg").team_leader)
    assert "Daan van den Berg" in client.get("/inwerkprogramma/nieuwe-collegas/").content.decode()
    assert client.get("/inwerken/").status_code == 200
    assert client.get("/inwerken/inwerken-als-teamleider/").status_code == 200


def test_a_second_run_adds_nothing(demo_output):
    before = (
        Enrolment.objects.count(),
        StepProgress.objects.count(),
        OnboardingProgrammePage.objects.count(),
    )

    run_command()

    after = (Enrolment.objects.count(), StepProgress.objects.count(), OnboardingProgrammePage.objects.count())
    assert after == before
