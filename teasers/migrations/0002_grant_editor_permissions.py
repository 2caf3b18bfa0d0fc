"""Give the coordination point the teasers' permissions: teasers, campaigns and feed tokens."""

from django.db import migrations

from people.groups import grant_to_editors

PERMISSIONS = [
    *(f"{action}_{model}" for model in ("teaser", "campaign", "feedtoken") for action in ("add", "change", "delete", "view")),
    "publish_teaser",
    "lock_teaser",
    "unlock_teaser",
]


class Migration(migrations.Migration):
    dependencies = [
        ("teasers", "0001_initial"),
        ("people", "0002_roles"),
    ]
    operations = [grant_to_editors("teasers", PERMISSIONS)]
