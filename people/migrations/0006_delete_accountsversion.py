"""The logged-in user is no longer remembered per process, so the accounts version goes."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("people", "0005_accounts_version")]
    operations = [migrations.DeleteModel(name="AccountsVersion")]
