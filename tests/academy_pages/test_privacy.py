"""Anonymising old Academy data: the reports keep their figures, the personal data is gone."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db.models import Max
from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.evaluations import LEVEL_SLUGS, report_table
from academy_pages.models import Evaluation, Registration, RegistrationChange, RegistrationStatus, Session
from academy_pages.reports import academy_status, registrations_per_month
from tests.academy_pages.report_scenarios import Timeline, seed_scenario
from tests.factories.academy import CoursePageFactory, EventPageFactory, EventSlotFactory, SessionFactory
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

# With the default retention of 24 months, a run on this day anonymises what ended before
# 1 June 2022: four of the seed's six started sessions and its first cancelled sessions.
RUN_ON = "2024-06-01"
CUT_OFF = datetime.date(2022, 6, 1)


def anonymise(date=RUN_ON):
    out = io.StringIO()
    call_command("anonymise_personal_data", "--date", date, stdout=out)
    return out.getvalue()


def reports(report_date, launch_date):
    return (
        academy_status(report_date, launch_date),
        registrations_per_month(report_date),
        {level: report_table(level)[2] for level in LEVEL_SLUGS},
    )


def snapshot(registrations):
    return {
        registration["id"]: registration
        for registration in Registration.objects.filter(pk__in=[r.pk for r in registrations]).values()
    }


@pytest.fixture
def academy_with_history(academy):
    """The seed's report of 23 June 2022, plus personal details, approvals, evaluations and an
    event day in May 2022, and a few registrations after the cut-off."""
    report_date, launch_date = seed_scenario(academy)
    timeline = Timeline(users=6)
    old_day = datetime.date(2022, 5, 10)

    # A course that needs the team leader's approval, with questions answered.
    leader = UserFactory(first_name="Tineke", last_name="Leidinga")
    approval_course = CoursePageFactory(parent=academy, requires_approval=True)
    approval_session = timeline.session(approval_course, old_day)
    approved, declined = timeline.register(
        approval_session,
        datetime.date(2022, 4, 20),
        2,
        team="Team Burgerzaken",
        answers={"Wat wil je leren?": "Omgaan met boze inwoners"},
    )
    workflow.approve(approved, leader)
    workflow.decline(declined, leader, reason="Eerst de basiscursus afronden")

    # An event day: four colleagues, one of whom took both workshops (five registrations).
    event = EventPageFactory(parent=academy)
    rounds = [EventSlotFactory(event=event, title=f"Ronde {n}") for n in (1, 2)]
    workshops = [
        timeline.session(None, old_day, event=event, slot=slot, title=title)
        for slot, title in zip(rounds, ["Mindfulness", "Timemanagement"], strict=True)
    ]
    both, *others = timeline.users[:4]
    for user in [both, *others[:2]]:
        timeline.register_employee(workshops[0], user, datetime.date(2022, 5, 1))
    for user in [both, others[2]]:
        timeline.register_employee(workshops[1], user, datetime.date(2022, 5, 1))

    # After the cut-off: a session in September 2022 with a registration and an evaluation.
    recent_session = timeline.session(CoursePageFactory(parent=academy), datetime.date(2022, 9, 1))
    recent = timeline.register(
        recent_session,
        datetime.date(2022, 8, 1),
        2,
        team="Team Wegen",
        answers={"Wat wil je leren?": "Plannen"},
    )
    timeline.finish()

    for registration in old_registrations().filter(status=RegistrationStatus.CONFIRMED):
        Evaluation.objects.create(
            registration=registration,
            rating=6 + registration.pk % 5,
            learned=f"Geleerd door {registration.name}",
            remarks="Koffie was koud",
        )
    for registration in recent:
        Evaluation.objects.create(
            registration=registration, rating=9, learned="Plannen met de agenda", remarks="Top"
        )
    return report_date, launch_date, recent, both


def old_registrations():
    """Registrations of sessions whose last day lies before the cut-off."""
    ended = Session.objects.annotate(last_day=Max("days__date")).filter(last_day__lt=CUT_OFF)
    return Registration.objects.filter(session__in=ended.values("pk"))


def test_the_reports_give_the_same_figures_before_and_after(academy_with_history):
    report_date, launch_date, _recent, both = academy_with_history
    before = reports(report_date, launch_date)
    # The seed's figures plus the course with approval (events and later registrations do not count).
    assert before[0]["registrations"] == 61 + 2
    assert before[0]["participants_in_started_sessions"] == 25 + 1
    boths = list(
        Registration.objects.filter(user=both, session__event__isnull=False).values_list("pk", flat=True)
    )

    anonymise()

    assert reports(report_date, launch_date) == before
    # The event day still counts four colleagues in five registrations, without knowing who.
    [(_title, workshops, participants, registrations, *_rest)] = report_table("event")[2]
    assert (workshops, participants, registrations) == (2, 4, 5)
    workshops = Registration.objects.filter(session__event__isnull=False)
    assert not workshops.filter(user__isnull=False).exists()
    assert set(workshops.values_list("anonymous_participant", flat=True)) == {1, 2, 3, 4}
    assert len(set(workshops.filter(pk__in=boths).values_list("anonymous_participant", flat=True))) == 1


def test_old_personal_data_is_gone_and_later_data_untouched(academy_with_history):
    *_dates, recent, _both = academy_with_history
    old = list(old_registrations())
    names = {registration.name for registration in old}
    emails = {registration.email for registration in old}
    assert len(old) > 20 and "" not in names
    later = list(Registration.objects.exclude(pk__in=[registration.pk for registration in old]))
    assert len(later) > 20
    later_before = snapshot(later)
    later_changes_before = list(RegistrationChange.objects.filter(registration__in=later).values())

    anonymise()

    for registration in Registration.objects.filter(pk__in=[r.pk for r in old]):
        assert (registration.user_id, registration.name, registration.email) == (None, "", "")
        assert (registration.team, registration.answers) == ("", {})
    assert not Registration.objects.filter(name__in=names, pk__in=[r.pk for r in old]).exists()
    assert not Registration.objects.filter(email__in=emails, pk__in=[r.pk for r in old]).exists()
    changes = RegistrationChange.objects.filter(registration__in=old)
    assert not changes.filter(actor__isnull=False).exists()
    assert not changes.exclude(reason="").exists()
    # What the reports count is still there.
    assert changes.filter(cause="declined").count() == 1
    assert changes.filter(cause="cancelled_by_employee").count() > 0
    evaluations = Evaluation.objects.filter(registration__in=old)
    assert evaluations.count() > 10
    assert not evaluations.exclude(learned="", remarks="").exists()

    assert snapshot(later) == later_before
    assert list(RegistrationChange.objects.filter(registration__in=later).values()) == later_changes_before
    assert Registration.objects.get(pk=recent[0].pk).answers == {"Wat wil je leren?": "Plannen"}
    assert Evaluation.objects.get(registration=recent[0]).learned == "Plannen met de agenda"


def test_the_workshops_of_an_event_day_are_anonymised_together(academy):
    timeline = Timeline(users=2)
    event = EventPageFactory(parent=academy)
    early = timeline.session(
        None, datetime.date(2022, 5, 10), event=event, slot=EventSlotFactory(event=event), title="Vroeg"
    )
    late = timeline.session(
        None, datetime.date(2022, 6, 10), event=event, slot=EventSlotFactory(event=event), title="Laat"
    )
    timeline.register(early, datetime.date(2022, 5, 1))
    timeline.register(late, datetime.date(2022, 5, 1))
    timeline.finish()

    anonymise()  # the early workshop ended before the cut-off, the late one did not
    assert not Registration.objects.filter(user__isnull=True).exists()

    anonymise(date="2024-07-01")
    assert not Registration.objects.filter(user__isnull=False).exists()


def test_a_session_whose_days_were_removed_counts_from_its_creation(academy, employee):
    """Without days there is no end: such a registration must not be kept for ever."""
    course = CoursePageFactory(parent=academy)
    timeline = Timeline(users=1)
    old_session = timeline.session(course, datetime.date(2022, 3, 1))
    [old] = timeline.register(old_session, datetime.date(2022, 2, 1))
    timeline.finish()
    new_session = SessionFactory(course=course)
    new = workflow.register(new_session, employee).registration
    for session in (old_session, new_session):
        session.days.all().delete()
    long_ago = timezone.make_aware(datetime.datetime(2022, 1, 5))
    Session.objects.filter(pk=old_session.pk).update(created_at=long_ago)

    anonymise()

    assert Registration.objects.get(pk=old.pk).user is None
    assert Registration.objects.get(pk=new.pk).user == employee
