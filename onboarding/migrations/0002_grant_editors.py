"""The coordination point enrols new colleagues and follows everyone's onboarding."""

from django.db import migrations

from people.groups import grant_to_editors


class Migration(migrations.Migration):
    dependencies = [("onboarding", "0001_initial")]
    operations = [
        grant_to_editors(
            "onboarding",
            [
                "add_enrolment",
                "change_enrolment",
                "delete_enrolment",
                "view_enrolment",
                "follow_all_enrolments",
            ],
        ),
    ]
