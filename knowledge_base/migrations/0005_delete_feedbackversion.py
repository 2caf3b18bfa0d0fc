"""A reader's own answer is one indexed query now, so the feedback version goes."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("knowledge_base", "0004_feedback_version")]
    operations = [migrations.DeleteModel(name="FeedbackVersion")]
