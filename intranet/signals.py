"""Change the content version (``intranet.models.ContentVersion``) whenever what a reader may see
changes: a page is published, unpublished, deleted, moved or renamed, a view restriction or its
groups change, or a site's host name or root page changes. Connected in IntranetConfig.ready().
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from intranet.models import ContentVersion


def content_changed(sender=None, **kwargs):
    ContentVersion.changed()


def connect():
    page_published.connect(content_changed, dispatch_uid="intranet_page_published")
    page_unpublished.connect(content_changed, dispatch_uid="intranet_page_unpublished")
    post_page_move.connect(content_changed, dispatch_uid="intranet_page_moved")
    page_slug_changed.connect(content_changed, dispatch_uid="intranet_page_slug_changed")
    pre_delete.connect(content_changed, sender=Page, dispatch_uid="intranet_page_deleted")
    for model in (PageViewRestriction, Site):
        post_save.connect(content_changed, sender=model, dispatch_uid=f"intranet_saved_{model.__name__}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"intranet_deleted_{model.__name__}")
    # The groups of a view restriction change without saving the restriction.
    m2m_changed.connect(
        content_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="intranet_restriction_groups",
    )
