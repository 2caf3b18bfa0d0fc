"""Reminders N working days before the first day; weekends and Dutch public holidays do not count."""

import datetime
import zoneinfo
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from academy_pages import registration as workflow
from academy_pages import reminders
from academy_pages.models import AcademySettings, Registration, SessionDay
from tests.academy_pages.mailing import html_of
from tests.factories.academy import SessionFactory, register
from tests.factories.people import UserFactory

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
LONG_AGO = datetime.datetime(2027, 1, 4, 10, tzinfo=AMSTERDAM)

# Easter Monday 2027 is 29 March and Good Friday 26 March; King's Day 2027 is Tuesday 27 April.
TUESDAY_AFTER_EASTER = datetime.date(2027, 3, 30)
WEDNESDAY_AFTER_KINGS_DAY = datetime.date(2027, 4, 28)


@pytest.mark.parametrize(
    ("first_day", "working_days", "expected"),
    [
        # Monday 29 March (Easter Monday) and Friday 26 March (Good Friday) are skipped.
        (TUESDAY_AFTER_EASTER, 1, datetime.date(2027, 3, 25)),
        (TUESDAY_AFTER_EASTER, 2, datetime.date(2027, 3, 24)),
        # King's Day on Tuesday 27 April, then back over the weekend.
        (WEDNESDAY_AFTER_KINGS_DAY, 2, datetime.date(2027, 4, 23)),
        # King's Day 2026 is a Monday: a Tuesday session is reminded on the Thursday before.
        (datetime.date(2026, 4, 28), 2, datetime.date(2026, 4, 23)),
        # An ordinary week: Monday's session, two working days back is Thursday.
        (datetime.date(2027, 6, 7), 2, datetime.date(2027, 6, 3)),
        (datetime.date(2027, 6, 9), 0, datetime.date(2027, 6, 9)),
    ],
)
def test_reminder_date_skips_weekends_and_public_holidays(first_day, working_days, expected):
    assert reminders.reminder_date(first_day, working_days) == expected


def test_christmas_and_new_year_are_not_working_days():
    assert not reminders.is_working_day(datetime.date(2026, 12, 25))
    assert not reminders.is_working_day(datetime.date(2027, 1, 1))
    assert reminders.is_working_day(datetime.date(2026, 12, 24))


def session_on(course, day, **kwargs):
    session = SessionFactory(course=course, days=[], **kwargs)
    SessionDay.objects.create(
        session=session, date=day, start_time=datetime.time(9, 30), end_time=datetime.time(12)
    )
    return session


@pytest.fixture
def working_days(db):
    """The Academy's setting, as the coordination point sets it in the admin."""

    def set_days(days):
        settings = AcademySettings.for_site(Site.objects.get(is_default_site=True))
        settings.reminder_working_days = days
        settings.save()

    set_days(2)
    return set_days


@pytest.mark.django_db
def test_the_reminder_goes_out_on_its_day_once(
    course, working_days, django_capture_on_commit_callbacks, mailoutbox
):
    session = session_on(course, WEDNESDAY_AFTER_KINGS_DAY)
    registration = register(session, UserFactory(first_name="Sanne", last_name="Bakker"), now=LONG_AGO)

    assert reminders.send_due_reminders(today=datetime.date(2027, 4, 22)) == []
    with django_capture_on_commit_callbacks(execute=True):
        sent = reminders.send_due_reminders(today=datetime.date(2027, 4, 23))

    assert sent == [registration]
    registration.refresh_from_db()
    assert registration.reminder_sent_at is not None
    (message,) = mailoutbox
    assert message.to == [registration.email]
    assert message.subject == f"Herinnering: {course.title} op woensdag 28 april"
    assert "Beste Sanne Bakker," in message.body
    assert f"Een herinnering: {course.title} begint op woensdag 28 april om 09:30." in message.body
    assert "/agenda.ics" in html_of(message)

    # The next day's run (and a second run the same day) sends nothing again.
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_due_reminders(today=datetime.date(2027, 4, 23)) == []
        assert reminders.send_due_reminders(today=datetime.date(2027, 4, 26)) == []
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_a_missed_day_is_caught_up_but_not_after_the_start(course, working_days):
    session = session_on(course, TUESDAY_AFTER_EASTER)
    registration = register(session, UserFactory(), now=LONG_AGO)

    assert reminders.due_reminders(today=datetime.date(2027, 3, 23)).count() == 0
    assert list(reminders.due_reminders(today=datetime.date(2027, 3, 24))) == [registration]
    # Saturday, Easter Monday: the reminder is still due if no run sent it.
    assert list(reminders.due_reminders(today=datetime.date(2027, 3, 27))) == [registration]
    assert list(reminders.due_reminders(today=datetime.date(2027, 3, 29))) == [registration]
    assert reminders.due_reminders(today=TUESDAY_AFTER_EASTER).count() == 0


@pytest.mark.django_db
def test_only_participants_with_a_place_get_a_reminder(course, editor, working_days):
    full = session_on(course, WEDNESDAY_AFTER_KINGS_DAY, capacity=1)
    placed = register(full, UserFactory(), now=LONG_AGO)
    register(full, UserFactory(), now=LONG_AGO)  # waiting list
    left = register(session_on(course, WEDNESDAY_AFTER_KINGS_DAY), UserFactory(), now=LONG_AGO)
    workflow.cancel(left, left.user, now=LONG_AGO)
    cancelled_session = session_on(course, WEDNESDAY_AFTER_KINGS_DAY)
    register(cancelled_session, UserFactory(), now=LONG_AGO)
    workflow.cancel_session(cancelled_session, editor, reason="Te weinig aanmeldingen")

    assert list(reminders.due_reminders(today=datetime.date(2027, 4, 23))) == [placed]


@pytest.mark.django_db
def test_the_number_of_working_days_is_the_coordination_points_setting(course, working_days):
    registration = register(session_on(course, WEDNESDAY_AFTER_KINGS_DAY), UserFactory(), now=LONG_AGO)

    working_days(5)
    # Five working days before Wednesday 28 April, skipping King's Day: Tuesday 20 April.
    assert list(reminders.due_reminders(today=datetime.date(2027, 4, 20))) == [registration]
    assert reminders.due_reminders(today=datetime.date(2027, 4, 19)).count() == 0

    working_days(0)
    assert reminders.due_reminders(today=datetime.date(2027, 4, 27)).count() == 0


@pytest.mark.django_db
def test_the_command_sends_for_a_given_date(
    course, working_days, django_capture_on_commit_callbacks, mailoutbox
):
    registration = register(session_on(course, WEDNESDAY_AFTER_KINGS_DAY), UserFactory(), now=LONG_AGO)
    out = StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_session_reminders", "--date", "2027-04-23", stdout=out)

    assert "1 reminder(s) sent for 2027-04-23." in out.getvalue()
    assert registration.email in out.getvalue()
    registration.refresh_from_db()
    assert registration.reminder_sent_at is not None
    (message,) = mailoutbox
    assert message.to == [registration.email]

    again = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_session_reminders", "--date", "2027-04-23", stdout=again)
    assert "0 reminder(s) sent" in again.getvalue()
    assert len(mailoutbox) == 1


@pytest.mark.django_db
def test_the_command_dry_run_changes_nothing(course, working_days, mailoutbox):
    registration = register(session_on(course, WEDNESDAY_AFTER_KINGS_DAY), UserFactory(), now=LONG_AGO)
    out = StringIO()

    call_command("send_session_reminders", "--date", "2027-04-23", "--dry-run", stdout=out)

    assert "1 reminder(s) due (dry run, nothing sent)" in out.getvalue()
    assert Registration.objects.get(pk=registration.pk).reminder_sent_at is None
    assert mailoutbox == []


def test_the_command_refuses_a_bad_date():
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("send_session_reminders", "--date", "28-04-2027")


@pytest.mark.django_db
def test_a_session_moved_later_gets_a_new_reminder(course, working_days, django_capture_on_commit_callbacks):
    from academy_pages import notifications

    session = SessionFactory(course=course, days=[3])
    registration = register(session, UserFactory())
    Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=LONG_AGO)

    SessionDay.objects.filter(session=session).update(date=session.first_day + datetime.timedelta(days=21))
    with django_capture_on_commit_callbacks(execute=True):
        notifications.session_changed(session)

    registration.refresh_from_db()
    assert registration.reminder_sent_at is None


@pytest.mark.django_db
def test_a_change_close_to_the_start_does_not_repeat_the_reminder(course, working_days):
    from academy_pages import notifications

    session = SessionFactory(course=course, days=[1])
    registration = register(session, UserFactory())
    Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=LONG_AGO)

    notifications.session_changed(session)

    registration.refresh_from_db()
    assert registration.reminder_sent_at == LONG_AGO
