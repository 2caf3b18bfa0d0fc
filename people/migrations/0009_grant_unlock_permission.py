"""Let the coordination point unlock blocked logins."""

from django.db import migrations

from people.groups import grant_to_editors

PERMISSIONS = ["unlock_logins"]


class Migration(migrations.Migration):
    dependencies = [("people", "0008_login_throttling")]
    operations = [grant_to_editors("people", PERMISSIONS)]
