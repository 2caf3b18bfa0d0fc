"""The editors' admin reports of the knowledge base: feedback and articles to review."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from intranet.exports import ListExportMixin
from knowledge_base import feedback, review
from knowledge_base.models import REVIEW_SOON_DAYS, ArticleFeedback, KnowledgeArticlePage

# --- Admin reports -------------------------------------------------------------------------------


def owner_display(article):
    """The owner as shown in reports: person, team or both."""
    parts = []
    if article.owner_person:
        parts.append(article.owner_person.get_full_name() or article.owner_person.get_username())
    if article.owner_team:
        parts.append(str(article.owner_team))
    return " / ".join(parts) or _("No owner")


def edit_url(article):
    return reverse("wagtailadmin_pages:edit", args=[article.pk])


class CommentsColumn(Column):
    cell_template_name = "knowledge_base/admin/comments_cell.html"


class MarkReviewedColumn(Column):
    cell_template_name = "knowledge_base/admin/mark_reviewed_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        context["action_url"] = reverse("kennisbank_review:mark_reviewed", args=[instance.pk])
        return context


class FeedbackReportView(ListExportMixin, ReportView):
    """Per article: how many readers found it useful, and what they commented (without names)."""

    page_title = gettext_lazy("Article feedback")
    header_icon = "comment"
    index_url_name = "kennisbank_feedback:index"
    index_results_url_name = "kennisbank_feedback:results"
    permission_policy = ModelPermissionPolicy(ArticleFeedback)
    permission_required = "view"
    no_results_message = gettext_lazy("No feedback has been given yet.")
    columns = [
        TitleColumn("title", label=gettext_lazy("Article"), get_url=edit_url),
        Column("useful_count", label=gettext_lazy("Useful")),
        Column("not_useful_count", label=gettext_lazy("Not useful")),
        Column("useful_percentage", label=gettext_lazy("Share useful")),
        CommentsColumn("comments", label=gettext_lazy("Comments")),
    ]
    list_export = ["title", "useful_count", "not_useful_count", "useful_percentage", "comments_export"]
    export_headings = {
        "title": gettext_lazy("Article"),
        "useful_count": gettext_lazy("Useful"),
        "not_useful_count": gettext_lazy("Not useful"),
        "useful_percentage": gettext_lazy("Share useful"),
        "comments_export": gettext_lazy("Comments"),
    }

    def get_filename(self):
        return f"feedback-kennisbank-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return feedback.articles_with_feedback()

    def decorate_paginated_queryset(self, object_list):
        articles = list(object_list)
        comments = {}
        rows = (
            ArticleFeedback.objects.filter(article__in=articles)
            .exclude(comment="")
            .order_by("-updated_at")
            .values_list("article_id", "useful", "comment", "updated_at")
        )
        for article_id, useful, comment, updated_at in rows:
            comments.setdefault(article_id, []).append(
                {"useful": useful, "comment": comment, "date": timezone.localtime(updated_at)}
            )
        for article in articles:
            share = feedback.useful_share(article.useful_count, article.feedback_count)
            article.useful_percentage = f"{share}%"
            article.comments = comments.get(article.pk, [])
            article.comments_export = "\n".join(
                f"{date_format(item['date'], 'SHORT_DATE_FORMAT')}: {item['comment']}"
                for item in article.comments
            )
        return articles


class ReviewReportView(ListExportMixin, ReportView):
    """Live articles whose review date has passed or falls within the next 30 days."""

    page_title = gettext_lazy("To review")
    header_icon = "date"
    index_url_name = "kennisbank_review:index"
    index_results_url_name = "kennisbank_review:results"
    permission_policy = ModelPermissionPolicy(KnowledgeArticlePage)
    permission_required = "review"
    no_results_message = gettext_lazy("No articles need a review in the next 30 days.")
    columns = [
        TitleColumn("title", label=gettext_lazy("Article"), get_url=edit_url),
        Column("review_date_display", label=gettext_lazy("Review date")),
        Column("review_status", label=gettext_lazy("Status")),
        Column("owner_display", label=gettext_lazy("Owner")),
        MarkReviewedColumn("mark_reviewed", label=gettext_lazy("Action")),
    ]
    list_export = ["title", "review_date", "review_status", "owner_display", "full_url"]
    export_headings = {
        "title": gettext_lazy("Article"),
        "review_date": gettext_lazy("Review date"),
        "review_status": gettext_lazy("Status"),
        "owner_display": gettext_lazy("Owner"),
        "full_url": gettext_lazy("Address"),
    }

    def get_filename(self):
        return f"te-reviewen-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return review.articles_to_review(timezone.localdate(), REVIEW_SOON_DAYS)

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        articles = list(object_list)
        for article in articles:
            article.review_date_display = date_format(article.review_date, "DATE_FORMAT")
            article.review_status = _("Overdue") if article.review_date <= today else _("Due soon")
            article.owner_display = owner_display(article)
        return articles


@require_POST
def mark_reviewed(request, pk):
    """Set the article's next review date six months ahead and say so."""
    if not ModelPermissionPolicy(KnowledgeArticlePage).user_has_permission(request.user, "review"):
        raise PermissionDenied
    # By Page.id, not pk (page_ptr): only a lookup on the id itself is range-checked, and a
    # 30-digit id in the address would otherwise crash SQLite.
    article = get_object_or_404(KnowledgeArticlePage, id=pk)
    article = review.mark_reviewed(article, request.user)
    messages.success(
        request,
        _("“%(title)s” is marked as reviewed. Next review: %(date)s.")
        % {"title": article.title, "date": date_format(article.review_date, "DATE_FORMAT")},
    )
    return redirect("kennisbank_review:index")
