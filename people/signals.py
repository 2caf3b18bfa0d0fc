"""Every user gets an employee profile, whichever way the account was made; every saved or
deleted account changes the accounts version (``people.middleware``)."""

from people.models import AccountsVersion, EmployeeProfile


def create_profile(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        EmployeeProfile.objects.get_or_create(user=instance)


def account_changed(sender=None, created=False, **kwargs):
    # A new account cannot be remembered yet; its ids were never in use (deleting one changes it).
    if not created:
        AccountsVersion.changed()
