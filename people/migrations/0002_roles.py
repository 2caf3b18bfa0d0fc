"""Create the intranet's two roles and give the coordination point its editing rights.

Later apps grant their own model permissions to these groups in their own migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Coördinatiepunt"
EMPLOYEES = "Medewerkers"

# Model permissions of the coordination point, as "app_label.codename".
EDITOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
    "knowledge_base.add_topic",
    "knowledge_base.change_topic",
    "knowledge_base.delete_topic",
    "people.add_team",
    "people.change_team",
    "people.delete_team",
    "people.view_team",
    "people.add_employeeprofile",
    "people.change_employeeprofile",
    "people.view_employeeprofile",
]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document"),
]


def ensure_permissions_exist(apps):
    # Permissions are normally created after all migrations ran; on a fresh database they
    # must exist now for the groups to receive them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    ensure_permissions_exist(apps)
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    Group.objects.get_or_create(name=EMPLOYEES)

    for dotted in EDITOR_PERMISSIONS:
        app_label, codename = dotted.split(".")
        editors.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )

    root_page = Page.objects.filter(depth=1).first()
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors, page=root_page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )

    root_collection = Collection.objects.filter(depth=1).first()
    for app_label, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=root_collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )


def remove_roles(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=[EDITORS, EMPLOYEES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("knowledge_base", "0001_initial"),
        ("home", "0002_create_homepage"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
