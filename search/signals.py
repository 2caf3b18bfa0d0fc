"""Keep the suggestion vocabulary in step with what is published. Connected in SearchConfig.ready()."""

from django.db.models.signals import pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from search import registry, vocabulary


def _page_published(sender, instance, **kwargs):
    if registry.get(type(instance)) is not None:
        vocabulary.refresh_page(instance)


def _page_gone(sender, instance, **kwargs):
    # On unpublish and delete alike; during a delete the instance Wagtail sends may still
    # read live=True, so do not look at its state.
    vocabulary.forget_page(instance.pk)


def connect():
    page_published.connect(_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_gone, dispatch_uid="search_page_unpublished")
    pre_delete.connect(_page_gone, sender=Page, dispatch_uid="search_page_deleted")
