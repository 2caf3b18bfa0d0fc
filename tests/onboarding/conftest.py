import datetime

import pytest

from onboarding.models import Performer, Phase, StepType
from tests.factories.onboarding import (
    EnrolmentFactory,
    OnboardingIndexPageFactory,
    OnboardingProgrammePageFactory,
    ProgrammeStepFactory,
)
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

MONDAY = datetime.date(2026, 12, 7)


@pytest.fixture
def onboarding_index(home_page):
    return OnboardingIndexPageFactory(parent=home_page)


@pytest.fixture
def programme(onboarding_index):
    """A programme with a step for each performer, the first due on the first day."""
    programme = OnboardingProgrammePageFactory(parent=onboarding_index, title="Algemeen inwerkprogramma")
    ProgrammeStepFactory(
        programme=programme, title="Laptop ophalen", phase=Phase.FIRST_DAY, due_working_days=0
    )
    ProgrammeStepFactory(
        programme=programme,
        title="Rondleiding geven",
        phase=Phase.FIRST_DAY,
        due_working_days=0,
        performer=Performer.BUDDY,
    )
    ProgrammeStepFactory(
        programme=programme,
        title="Welkomstgesprek voeren",
        phase=Phase.FIRST_WEEK,
        due_working_days=4,
        performer=Performer.TEAM_LEADER,
        step_type=StepType.MEET,
        meet="team_leader",
        checklist="",
    )
    return programme


@pytest.fixture
def team():
    return TeamFactory(name="Team Burgerzaken")


@pytest.fixture
def leader(db):
    return UserFactory(username="teamleider", first_name="Tessa", last_name="Leider")


@pytest.fixture
def buddy(db):
    return UserFactory(username="buddy", first_name="Bob", last_name="Buddy")


@pytest.fixture
def newcomer(db, team, leader):
    user = UserFactory(username="nieuw", first_name="Nina", last_name="Nieuw")
    EmployeeProfileFactory(user=user, team=team, team_leader=leader, start_date=MONDAY)
    return user


@pytest.fixture
def enrolment(programme, newcomer, team, buddy, leader):
    return EnrolmentFactory(
        colleague=newcomer, programme=programme, start_date=MONDAY, team=team, buddy=buddy, team_leader=leader
    )
