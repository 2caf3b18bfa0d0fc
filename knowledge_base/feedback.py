"""What editors see of the readers' answers to "Was dit nuttig?"."""

from django.db.models import Count, Max, Q

from knowledge_base.models import KnowledgeArticlePage


def articles_with_feedback():
    """Articles that received feedback, with `useful_count`, `not_useful_count` and `feedback_count`."""
    return (
        KnowledgeArticlePage.objects.annotate(
            useful_count=Count("feedback", filter=Q(feedback__useful=True)),
            not_useful_count=Count("feedback", filter=Q(feedback__useful=False)),
            feedback_count=Count("feedback"),
            last_feedback_at=Max("feedback__updated_at"),
        )
        .filter(feedback_count__gt=0)
        .order_by("-last_feedback_at")
    )


def useful_share(useful_count, feedback_count):
    """Percentage (0-100, rounded) of votes that said the article was useful."""
    if not feedback_count:
        return None
    return round(100 * useful_count / feedback_count)
