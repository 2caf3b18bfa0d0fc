from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeBaseConfig(AppConfig):
    name = "knowledge_base"
    verbose_name = _("Knowledge base")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from intranet.signals import content_changed

        # search registers the article type for the site search; privacy registers personal data.
        from knowledge_base import privacy, search  # noqa: F401
        from knowledge_base.models import Topic

        # Topic names show in cached article fragments and in the search facets, and topics are
        # edited without publishing a page.
        post_save.connect(content_changed, sender=Topic, dispatch_uid="knowledge_base.topic_saved")
        post_delete.connect(content_changed, sender=Topic, dispatch_uid="knowledge_base.topic_deleted")
