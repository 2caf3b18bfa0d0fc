"""Let the coordination point import employees from a CSV file."""

from django.db import migrations

from people.groups import grant_to_editors

PERMISSIONS = ["import_employees"]


class Migration(migrations.Migration):
    dependencies = [("people", "0003_profile_help_and_import_permission")]
    operations = [grant_to_editors("people", PERMISSIONS)]
