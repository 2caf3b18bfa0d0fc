"""The "Kennisbank" menu of the admin: topics, the feedback report and the review report."""

from django.db.models import Count
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from intranet.admin_menu import PermissionMenuItem
from intranet.dashboard import TodayItem
from knowledge_base import views
from knowledge_base.models import KnowledgeArticlePage, Topic
from knowledge_base.review import MARK_REVIEWED_ACTION


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", Column("article_count", label=_("Articles"))]
    search_fields = ["name", "description"]
    ordering = ["name"]

    def get_queryset(self, request):
        return Topic.objects.annotate(article_count=Count("articles")).order_by("name")


class ReportViewSet(ViewSet):
    """A report as a menu entry, shown only to users with the report's permission."""

    view_class = None
    permission = None  # "app_label.codename"

    @property
    def menu_item_class(self):
        return PermissionMenuItem.requiring(self.permission)

    def get_urlpatterns(self):
        return [
            path("", self.view_class.as_view(), name="index"),
            path("results/", self.view_class.as_view(results_only=True), name="results"),
        ]


class FeedbackReportViewSet(ReportViewSet):
    name = "kennisbank_feedback"
    url_prefix = "kennisbank/feedback"
    icon = "comment"
    menu_label = _("Article feedback")
    view_class = views.FeedbackReportView
    permission = "knowledge_base.view_articlefeedback"


class ReviewReportViewSet(ReportViewSet):
    name = "kennisbank_review"
    url_prefix = "kennisbank/te-reviewen"
    icon = "date"
    menu_label = _("To review")
    view_class = views.ReviewReportView
    permission = "knowledge_base.review_knowledgearticlepage"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/gereviewd/", views.mark_reviewed, name="mark_reviewed"),
        ]


class KnowledgeBaseGroup(ViewSetGroup):
    menu_label = _("Knowledge base")
    menu_icon = "help"
    menu_order = 200
    items = (TopicViewSet, FeedbackReportViewSet, ReviewReportViewSet)


@hooks.register("register_admin_viewset")
def register_knowledge_base_viewsets():
    return KnowledgeBaseGroup()


@hooks.register("register_log_actions")
def register_knowledge_base_log_actions(actions):
    actions.register_action(MARK_REVIEWED_ACTION, _("Mark as reviewed"), _("Marked as reviewed"))


@hooks.register("register_today_item")
def articles_due_for_review(request):
    if not request.user.has_perm(ReviewReportViewSet.permission):
        return None
    return TodayItem(
        label=_("Articles due for review"),
        count=KnowledgeArticlePage.objects.review_due(timezone.localdate()).count(),
        url=reverse("kennisbank_review:index"),
        order=30,
    )
