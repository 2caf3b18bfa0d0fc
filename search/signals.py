"""Keep the suggestion vocabulary in step with what is published, and cached answers with synonyms.

The content version (``intranet.models.ContentVersion``), which keys the cached answers, already
changes with every publish, unpublish, delete, move, rename and view restriction
(``intranet.signals``); answers also depend on the editors' synonyms and promoted results, so a
change of those changes it too. Connected in SearchConfig.ready().
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from intranet.models import ContentVersion
from search import registry, vocabulary
from search.models import Synonym


def _page_published(sender, instance, **kwargs):
    if registry.get(type(instance)) is not None:
        vocabulary.refresh_page(instance)


def _page_gone(sender, instance, **kwargs):
    # On unpublish and delete alike; during a delete the instance Wagtail sends may still
    # read live=True, so do not look at its state.
    vocabulary.forget_page(instance.pk)


def _editors_choice_changed(sender, **kwargs):
    ContentVersion.changed()


def connect():
    page_published.connect(_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_gone, dispatch_uid="search_page_unpublished")
    pre_delete.connect(_page_gone, sender=Page, dispatch_uid="search_page_deleted")
    for model in (Synonym, SearchPromotion):
        name = model.__name__
        post_save.connect(_editors_choice_changed, sender=model, dispatch_uid=f"search_{name}_saved")
        post_delete.connect(_editors_choice_changed, sender=model, dispatch_uid=f"search_{name}_deleted")
