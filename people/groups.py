"""The two roles of the intranet, by the names the municipality uses."""

EDITORS = "Coördinatiepunt"
EMPLOYEES = "Medewerkers"


def grant_to_editors(app_label, codenames):
    """A reversible migration operation giving the coordination point some of an app's permissions.

    Each app grants its own permissions in its own data migration; this keeps those migrations
    to a list of codenames.
    """
    from django.contrib.auth.management import create_permissions
    from django.db import migrations

    def permissions(apps):
        return apps.get_model("auth.Permission").objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )

    def grant(apps, schema_editor):
        # Permissions are normally created after all migrations ran; on a fresh database they
        # must exist now for the group to receive them.
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        editors, _created = apps.get_model("auth.Group").objects.get_or_create(name=EDITORS)
        editors.permissions.add(*permissions(apps))

    def revoke(apps, schema_editor):
        for editors in apps.get_model("auth.Group").objects.filter(name=EDITORS):
            editors.permissions.remove(*permissions(apps))

    return migrations.RunPython(grant, revoke)
