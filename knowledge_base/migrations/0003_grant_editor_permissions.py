"""Give the coordination point the knowledge base's report and topic permissions."""

from django.db import migrations

from people.groups import grant_to_editors

PERMISSIONS = ["view_topic", "view_articlefeedback", "review_knowledgearticlepage"]


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge_base", "0002_article_feedback"),
        ("people", "0002_roles"),
    ]
    operations = [grant_to_editors("knowledge_base", PERMISSIONS)]
