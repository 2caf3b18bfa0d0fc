import datetime

import factory
import wagtail_factories

from onboarding.models import (
    Enrolment,
    OnboardingIndexPage,
    OnboardingProgrammePage,
    Performer,
    Phase,
    ProgrammeStep,
    StepType,
)
from tests.factories.people import UserFactory


class OnboardingIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OnboardingIndexPage

    title = "Inwerken"
    slug = "inwerken"


class OnboardingProgrammePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OnboardingProgrammePage

    title = factory.Sequence(lambda n: f"Inwerkprogramma {n}")


class ProgrammeStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeStep

    programme = factory.SubFactory(OnboardingProgrammePageFactory)
    title = factory.Sequence(lambda n: f"Stap {n}")
    phase = Phase.FIRST_WEEK
    step_type = StepType.TASK
    checklist = "Laptop aanzetten\nInloggen"
    due_working_days = 3
    performer = Performer.NEW_COLLEAGUE
    sort_order = factory.Sequence(lambda n: n)


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    colleague = factory.SubFactory(UserFactory)
    programme = factory.SubFactory(OnboardingProgrammePageFactory)
    programme_title = factory.LazyAttribute(lambda e: e.programme.title if e.programme else "")
    start_date = datetime.date(2026, 12, 7)
