"""Give the coordination point the Academy's model permissions for the admin screens.

Registrations, their history and evaluations are not deleted from the admin (the reports count
them), and sessions are cancelled rather than deleted, so those delete permissions stay out.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Coördinatiepunt"
PERMISSIONS = [
    "add_coursecategory", "change_coursecategory", "delete_coursecategory", "view_coursecategory",
    "add_trainingprovider", "change_trainingprovider", "delete_trainingprovider", "view_trainingprovider",
    "add_session", "change_session", "view_session",
    "add_sessionday", "change_sessionday", "delete_sessionday", "view_sessionday",
    "add_eventslot", "change_eventslot", "delete_eventslot", "view_eventslot",
    "change_registration", "view_registration",
    "view_registrationchange",
    "view_evaluation",
    "change_academysettings", "view_academysettings",
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    # Permissions are normally created after all migrations ran; on a fresh database they
    # must exist now for the group to receive them.
    app_config = apps.get_app_config("academy_pages")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="academy_pages", codename__in=PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for editors in Group.objects.filter(name=EDITORS):
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="academy_pages", codename__in=PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("academy_pages", "0001_initial"),
        ("people", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
