"""Give the coordination point the Academy's model permissions for the admin screens.

Registrations, their history and evaluations are not deleted from the admin (the reports count
them), and sessions are cancelled rather than deleted, so those delete permissions stay out.
"""

from django.db import migrations

from people.groups import grant_to_editors

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


class Migration(migrations.Migration):
    dependencies = [
        ("academy_pages", "0001_initial"),
        ("people", "0002_roles"),
    ]
    operations = [grant_to_editors("academy_pages", PERMISSIONS)]
