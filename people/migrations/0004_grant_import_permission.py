"""Let the coordination point import employees from a CSV file."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Coördinatiepunt"


def grant(apps, schema_editor):
    # The permission is normally created after all migrations; it must exist now.
    people_config = apps.get_app_config("people")
    people_config.models_module = True
    create_permissions(people_config, apps=apps, verbosity=0)
    people_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="people", codename="import_employees")
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    for group in Group.objects.filter(name=EDITORS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="people", codename="import_employees")
        )


class Migration(migrations.Migration):
    dependencies = [("people", "0003_profile_help_and_import_permission")]
    operations = [migrations.RunPython(grant, revoke)]
