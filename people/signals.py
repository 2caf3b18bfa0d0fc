"""Every user gets an employee profile, whichever way the account was made."""

from people.models import EmployeeProfile


def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        EmployeeProfile.objects.get_or_create(user=instance)
