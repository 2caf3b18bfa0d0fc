"""Readers' answers to "Was dit nuttig?" and what editors see of them."""

from django.db import transaction
from django.db.models import Count, Max, Q

from intranet.memo import VersionedMemo
from knowledge_base.models import ArticleFeedback, FeedbackVersion, KnowledgeArticlePage

_answers = VersionedMemo(max_entries=10_000)


def record_feedback(article, user, useful, comment=""):
    """Store `user`'s vote on `article`, replacing an earlier vote of theirs.

    Returns the feedback and whether it was new (False when the vote changed).
    """
    with transaction.atomic():
        feedback, created = ArticleFeedback.objects.update_or_create(
            article=article, user=user, defaults={"useful": useful, "comment": comment.strip()}
        )
    return feedback, created


def own_answer(request, article):
    """The reader's answer for ``article`` (an unsaved copy), or None.

    Every article page shows the reader's own answer. All answers of a reader are read in one
    query and remembered per process until any answer is saved or deleted
    (``FeedbackVersion``, read with the request's other version tokens): a reader who opens
    several articles costs one query, not one per article.
    """
    user = request.user

    def read_answers():
        rows = ArticleFeedback.objects.filter(user=user).values_list("article_id", "pk", "useful", "comment")
        return {article_id: answer for article_id, *answer in rows}

    answers = _answers.get_or_set(FeedbackVersion.for_request(request), user.pk, read_answers)
    if article.pk not in answers:
        return None
    pk, useful, comment = answers[article.pk]
    return ArticleFeedback(pk=pk, article_id=article.pk, user_id=user.pk, useful=useful, comment=comment)


def answers_changed(sender=None, **kwargs):
    FeedbackVersion.changed()


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
