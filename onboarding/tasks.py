"""Background tasks of onboarding (Django's tasks API, django-tasks), like the Academy's.

Arguments are ids and ISO dates only; the work is done in `onboarding.digest`.
"""

import datetime

from django_tasks import task


@task()
def send_digest_mail(user_id, date):
    """Send one user's weekly digest for `date` (ISO)."""
    from onboarding import digest

    return digest.send_digest_mail(user_id, datetime.date.fromisoformat(date))


@task()
def send_digests(date=None):
    """Queue the weekly digest of every new colleague, buddy and team leader (`date` ISO, default today)."""
    from django.utils import timezone

    from onboarding import digest

    today = datetime.date.fromisoformat(date) if date else timezone.localdate()
    return len(digest.send_digests(today))
