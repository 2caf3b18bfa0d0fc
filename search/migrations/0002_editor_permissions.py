"""Give the coordination point the search permissions: synonyms and the insights report."""

from django.db import migrations

from people.groups import grant_to_editors

PERMISSIONS = ["add_synonym", "change_synonym", "delete_synonym", "view_synonym", "view_querystatistic"]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("people", "0002_roles"),
    ]
    operations = [grant_to_editors("search", PERMISSIONS)]
