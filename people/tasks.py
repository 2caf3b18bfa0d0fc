"""Background tasks of people/ (Django's tasks API, django-tasks), like academy_pages.tasks.

Arguments are ids only: the database backend stores them as JSON, and the task loads fresh
rows when it runs. The work is done in the workflow modules, imported when a task runs.
"""

from django_tasks import task


@task()
def send_email_change_mails(change_id):
    """Mail the confirmation link and the notice of one EmailChangeRequest."""
    from people import email_change

    return email_change.send_mails(change_id)
