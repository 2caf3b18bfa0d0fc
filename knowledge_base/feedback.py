"""Readers' answers to "Was dit nuttig?" and what editors see of them."""

from django.db import transaction
from django.db.models import Count, Max, Q

from knowledge_base.models import ArticleFeedback, KnowledgeArticlePage


def record_feedback(article, user, useful, comment=""):
    """Store `user`'s vote on `article`, replacing an earlier vote of theirs.

    Returns the feedback and whether it was new (False when the vote changed).
    """
    with transaction.atomic():
        feedback, created = ArticleFeedback.objects.update_or_create(
            article=article, user=user, defaults={"useful": useful, "comment": comment.strip()}
        )
    return feedback, created


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
