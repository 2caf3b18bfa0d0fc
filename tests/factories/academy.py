import datetime

import factory
import wagtail_factories
from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.models import (
    AcademyIndexPage,
    CourseCategory,
    CoursePage,
    EventPage,
    EventSlot,
    Registration,
    RegistrationStatus,
    Session,
    SessionDay,
    TrainingProvider,
)
from tests.factories.people import UserFactory


class CourseCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseCategory
        django_get_or_create = ("slug",)

    name = "Effectief werken"
    slug = "effectief-werken"


class TrainingProviderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingProvider
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Trainingsbureau {n}")
    email = factory.LazyAttribute(lambda p: f"planning@bureau{p.name.split()[-1]}.example")


class AcademyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AcademyIndexPage

    title = "West Betuwe Academie"
    slug = "academie"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Training {n}")
    summary = "Een praktische training voor medewerkers."
    description = "<p>In deze training oefen je met echte situaties uit je werk.</p>"
    category = factory.SubFactory(CourseCategoryFactory)
    provider = factory.SubFactory(TrainingProviderFactory)


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = "Leercafé"
    summary = "De jaarlijkse dag vol workshops."


def in_days(days, hour=9):
    """A local date `days` from today (the tests pick times relative to now)."""
    return timezone.localdate() + datetime.timedelta(days=days)


class SessionFactory(factory.django.DjangoModelFactory):
    """A course session with one day, two weeks from now, unless days are given."""

    class Meta:
        model = Session
        skip_postgeneration_save = True

    course = factory.SubFactory(CoursePageFactory)
    capacity = 10
    location = "Gemeentehuis Geldermalsen"
    trainer = "Anne de Vries"

    @factory.post_generation
    def days(self, create, extracted, **kwargs):
        if not create:
            return
        for offset in extracted if extracted is not None else [14]:
            SessionDay.objects.create(
                session=self,
                date=in_days(offset),
                start_time=datetime.time(9),
                end_time=datetime.time(12, 30),
            )


class EventSlotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventSlot

    title = "Ronde 1"
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=20))
    end = factory.LazyAttribute(lambda slot: slot.start + datetime.timedelta(hours=1, minutes=30))


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration row, written straight to the table without the workflow.

    For tests that only need a registration to exist, also where the workflow would refuse one
    (a session in the past). Name and e-mail address are the account's, as the workflow records.
    """

    class Meta:
        model = Registration

    session = factory.SubFactory(SessionFactory)
    user = factory.SubFactory(UserFactory)
    status = RegistrationStatus.CONFIRMED
    name = factory.LazyAttribute(lambda r: r.user.get_full_name() or r.user.get_username())
    email = factory.LazyAttribute(lambda r: r.user.email)


def register(session, user=None, **kwargs):
    """Register `user` (a new employee by default) through the real workflow, and return the
    registration: `academy_pages.registration.register` decides place, waiting list or approval,
    records the change and sends the signals that mails and calendar invites listen to."""
    return workflow.register(session, user or UserFactory(), **kwargs).registration
