"""Keep the suggestion vocabulary and cached answers in step with what is published.

Connected in SearchConfig.ready().
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search import registry, vocabulary
from search.models import SearchIndexState, Synonym


def _page_published(sender, instance, **kwargs):
    SearchIndexState.changed()
    if registry.get(type(instance)) is not None:
        vocabulary.refresh_page(instance)


def _page_gone(sender, instance, **kwargs):
    # On unpublish and delete alike; during a delete the instance Wagtail sends may still
    # read live=True, so do not look at its state.
    SearchIndexState.changed()
    vocabulary.forget_page(instance.pk)


def _visibility_changed(sender, **kwargs):
    SearchIndexState.changed()


def connect():
    page_published.connect(_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_gone, dispatch_uid="search_page_unpublished")
    # Cached answers hold page URLs.
    post_page_move.connect(_visibility_changed, dispatch_uid="search_page_moved")
    page_slug_changed.connect(_visibility_changed, dispatch_uid="search_page_slug_changed")
    pre_delete.connect(_page_gone, sender=Page, dispatch_uid="search_page_deleted")
    for model in (PageViewRestriction, Synonym):
        post_save.connect(_visibility_changed, sender=model, dispatch_uid=f"search_changed_{model.__name__}")
        post_delete.connect(
            _visibility_changed, sender=model, dispatch_uid=f"search_deleted_{model.__name__}"
        )
    # Group membership of a view restriction changes without saving the restriction.
    from django.db.models.signals import m2m_changed

    m2m_changed.connect(
        _visibility_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="search_restriction_groups",
    )
