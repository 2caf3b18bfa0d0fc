"""Give the coordination point the search permissions: synonyms and the insights report."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Coördinatiepunt"
PERMISSIONS = ["add_synonym", "change_synonym", "delete_synonym", "view_synonym", "view_querystatistic"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*Permission.objects.filter(content_type__app_label="search", codename__in=PERMISSIONS))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for editors in Group.objects.filter(name=EDITORS):
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="search", codename__in=PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("people", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
