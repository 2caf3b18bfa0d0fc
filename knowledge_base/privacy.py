"""The knowledge base's personal data in the register of intranet.privacy (imported by ready()).

One kind: the answers to "Was dit nuttig?" (a vote and an optional comment per article).
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intranet import privacy
from knowledge_base.models import ArticleFeedback


def export_feedback(user):
    """The employee's answers: article, vote, comment and when they gave or last changed it."""
    answers = ArticleFeedback.objects.filter(user=user).select_related("article").order_by("created_at", "pk")
    return [
        {
            "article": answer.article.title,
            "useful": answer.useful,
            "comment": answer.comment,
            "given_at": timezone.localtime(answer.created_at),
            "changed_at": timezone.localtime(answer.updated_at),
        }
        for answer in answers
    ]


def anonymise_feedback(before):
    """Unlink answers last changed before ``before`` from the employee and drop their comment.

    The vote (useful or not) and its dates stay, so the feedback report's counts and shares do
    not change; the comments column of the report loses those comments. The employee no longer
    sees the old answer on the article and may answer again, as a new vote.
    """
    old = ArticleFeedback.objects.filter(updated_at__date__lt=before, user__isnull=False)
    return {"answers": old.update(user=None, comment="")}


privacy.register(
    "knowledge_base.feedback",
    label=_("Feedback on knowledge base articles"),
    description=(
        "Answers to “Was dit nuttig?”: per article, the vote (useful or not) and an optional comment."
    ),
    export=export_feedback,
    anonymise=anonymise_feedback,
)
