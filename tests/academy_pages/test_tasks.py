"""Mails go through Django's tasks API: queued with JSON arguments, sent when the task runs."""

import datetime
import json

import pytest
from django.test import override_settings
from django_tasks import default_task_backend

from academy_pages import notifications, tasks
from academy_pages import registration as workflow
from academy_pages.models import Registration, RegistrationChange
from tests.factories.academy import SessionFactory, register
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

QUEUE = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def queue():
    """A backend that only records what was queued, as a production queue without a worker."""
    with override_settings(TASKS=QUEUE):
        default_task_backend.clear()
        # Wagtail queues tasks of its own (the reference index); only ours matter here.
        yield Queued()


class Queued:
    def __iter__(self):
        return iter(
            result
            for result in default_task_backend.results
            if result.task.module_path.startswith("academy_pages.")
        )

    def __eq__(self, other):
        return list(self) == other


def run(result):
    """What the worker does with a queued task: call it with the stored JSON arguments."""
    return result.task.call(*result.args, **result.kwargs)


def test_a_registration_queues_a_mail_task_and_sends_nothing_yet(
    course, queue, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(SessionFactory(course=course), UserFactory())

    assert mailoutbox == []
    (queued,) = queue
    assert queued.task.module_path == "academy_pages.tasks.send_change_mails"
    change = RegistrationChange.objects.get(registration=registration)
    assert queued.args == [change.pk]
    assert json.loads(json.dumps([queued.args, queued.kwargs])) == [queued.args, queued.kwargs]

    assert run(queued) == 1
    (message,) = mailoutbox
    assert message.to == [registration.email]


def test_nothing_is_queued_when_the_registration_is_rolled_back(course, queue):
    # Without the commit (the test transaction stays open) the signal is never sent.
    register(SessionFactory(course=course), UserFactory())
    assert queue == []


def test_a_cancelled_session_queues_one_task_per_registration(
    course, editor, queue, django_capture_on_commit_callbacks, mailoutbox
):
    session = SessionFactory(course=course, capacity=1)
    register(session, UserFactory())
    register(session, UserFactory())

    with django_capture_on_commit_callbacks(execute=True):
        workflow.cancel_session(session, editor, reason="Zaal niet beschikbaar")

    assert [result.task.module_path for result in queue] == ["academy_pages.tasks.send_change_mails"] * 2
    assert mailoutbox == []
    for result in queue:
        run(result)
    assert len(mailoutbox) == 2


def test_session_changed_queues_the_updates(course, queue, django_capture_on_commit_callbacks, mailoutbox):
    session = SessionFactory(course=course)
    registration = register(session, UserFactory())

    with django_capture_on_commit_callbacks(execute=True):
        notifications.session_changed(session, previous_day_count=2)

    (queued,) = queue
    assert queued.task.module_path == "academy_pages.tasks.send_session_update_mail"
    assert queued.args == [registration.pk, 2]
    assert mailoutbox == []
    run(queued)
    assert mailoutbox[0].subject.startswith("Gewijzigd:")


def test_reminders_are_queued_per_participant(course, queue, django_capture_on_commit_callbacks, mailoutbox):
    session = SessionFactory(course=course, days=[1])
    registration = register(session, UserFactory())

    with django_capture_on_commit_callbacks(execute=True):
        tasks.send_due_reminders.call()

    (queued,) = queue
    assert queued.task.module_path == "academy_pages.tasks.send_reminder_mail"
    assert queued.args == [registration.pk]
    assert Registration.objects.get(pk=registration.pk).reminder_sent_at is not None
    assert mailoutbox == []


def test_the_reminder_task_runs_on_the_immediate_backend(
    course, django_capture_on_commit_callbacks, mailoutbox
):
    session = SessionFactory(course=course, days=[1])
    register(session, UserFactory())
    today = session.first_day - datetime.timedelta(days=1)

    with django_capture_on_commit_callbacks(execute=True):
        result = tasks.send_due_reminders.enqueue(today.isoformat())

    assert result.return_value == 1
    assert len(mailoutbox) == 1


def test_a_stale_task_sends_no_reminder_to_someone_who_cancelled(course, mailoutbox):
    registration = register(SessionFactory(course=course), UserFactory())
    workflow.cancel(registration, registration.user)

    assert tasks.send_reminder_mail.call(registration.pk) == 0
    assert tasks.send_change_mails.call(999_999) == 0
    assert mailoutbox == []
