"""The Academy status report is shown by a permission of its own, which the coordination point has."""

from django.db import migrations

from people.groups import grant_to_editors


class Migration(migrations.Migration):
    dependencies = [("academy_pages", "0004_text_limits")]
    operations = [
        migrations.AlterModelOptions(
            name="registration",
            options={
                "ordering": ["created_at", "pk"],
                "permissions": [("view_academy_report", "Can view the Academy status report")],
                "verbose_name": "registration",
                "verbose_name_plural": "registrations",
            },
        ),
        grant_to_editors("academy_pages", ["view_academy_report"]),
    ]
