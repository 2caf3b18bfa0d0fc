"""A reader's own answer is one indexed query now, so the feedback version goes."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("knowledge_base", "0005_feedback_user_optional")]
    operations = [migrations.DeleteModel(name="FeedbackVersion")]
