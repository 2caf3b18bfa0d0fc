"""Background tasks of the Academy (Django's tasks API, django-tasks).

In development and tests the ImmediateBackend runs a task at once; in production
django_tasks_db stores it and `manage.py db_worker` runs it (see docs/academy.md).
Arguments are ids and ISO dates only: the database backend stores them as JSON, and the task
loads fresh rows when it runs.

The tasks stay thin: the work is done in `academy_pages.notifications` and
`academy_pages.reminders`. Those modules import this one to enqueue, so the imports here are
made when a task runs.
"""

import datetime

from django_tasks import task


@task()
def send_change_mails(change_id):
    """Mail everyone concerned about one registration change (a RegistrationChange id)."""
    from academy_pages import notifications

    return notifications.send_change_mails(change_id)


@task()
def send_session_update_mail(registration_id, previous_day_count=None):
    """Mail a confirmed participant the updated invite of a changed session."""
    from academy_pages import notifications

    return notifications.send_session_update_mail(registration_id, previous_day_count=previous_day_count)


@task()
def send_reminder_mail(registration_id):
    """Mail one participant the reminder before the first day."""
    from academy_pages import notifications

    return notifications.send_reminder_mail(registration_id)


@task()
def send_due_reminders(date=None):
    """Find the registrations whose reminder is due on `date` (ISO, default today) and mail them."""
    from academy_pages import reminders

    today = datetime.date.fromisoformat(date) if date else None
    return len(reminders.send_due_reminders(today=today))
