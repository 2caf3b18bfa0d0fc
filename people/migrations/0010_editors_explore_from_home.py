"""Give the coordination point its page permissions on the home page instead of the tree's root.

With permissions on the root, Wagtail opens the page explorer for these editors on "Root", a
level where pages are not reachable at any URL, with a warning about it. Every intranet page lives
under the home page, so the same rights there lose nothing and the explorer opens on the home page.
"""

from django.db import migrations

EDITORS = "Coördinatiepunt"


def _move(apps, from_depth, to_page):
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    editors = Group.objects.filter(name=EDITORS).first()
    if editors is None or to_page is None:
        return
    for grant in GroupPagePermission.objects.filter(group=editors, page__depth=from_depth):
        GroupPagePermission.objects.get_or_create(group=editors, page=to_page, permission=grant.permission)
        grant.delete()


def _home_page(apps):
    Site = apps.get_model("wagtailcore.Site")
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page if site else None


def to_home_page(apps, schema_editor):
    _move(apps, 1, _home_page(apps))


def to_root(apps, schema_editor):
    home = _home_page(apps)
    root = apps.get_model("wagtailcore.Page").objects.filter(depth=1).first()
    if home is not None:
        _move(apps, home.depth, root)


class Migration(migrations.Migration):
    dependencies = [("people", "0009_grant_unlock_permission"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(to_home_page, to_root)]
