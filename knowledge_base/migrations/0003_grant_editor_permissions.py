"""Give the coordination point the knowledge base's report and topic permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Coördinatiepunt"
PERMISSIONS = ["view_topic", "view_articlefeedback", "review_knowledgearticlepage"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    # Permissions are normally created after all migrations ran; on a fresh database they
    # must exist now for the group to receive them.
    app_config = apps.get_app_config("knowledge_base")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="knowledge_base", codename__in=PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for editors in Group.objects.filter(name=EDITORS):
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="knowledge_base", codename__in=PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge_base", "0002_article_feedback"),
        ("people", "0002_roles"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
