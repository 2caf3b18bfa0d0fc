from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeBaseConfig(AppConfig):
    name = "knowledge_base"
    verbose_name = _("Knowledge base")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        # search registers the article type for the site search; privacy registers personal data.
        from knowledge_base import privacy, search  # noqa: F401
        from knowledge_base.feedback import answers_changed
        from knowledge_base.models import ArticleFeedback

        post_save.connect(answers_changed, sender=ArticleFeedback, dispatch_uid="knowledge_base.answer_saved")
        post_delete.connect(
            answers_changed, sender=ArticleFeedback, dispatch_uid="knowledge_base.answer_deleted"
        )
