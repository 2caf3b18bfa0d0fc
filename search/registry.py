"""Which page types the site search covers, and how each one is shown and filtered.

Apps make their page types searchable from their own ``AppConfig.ready()``, for example in
``knowledge_base/search.py``::

    from search import registry
    registry.register(
        KnowledgeArticlePage,
        text_fields=["summary", "body"],
        facets=[registry.Facet("topic", "topics", "name")],
    )

The search view only reads this registry, so a new app needs no change in search/.
"""

import html
import re
from dataclasses import dataclass, field

from django.utils.text import capfirst
from wagtail.blocks import StreamValue


@dataclass(frozen=True)
class Facet:
    """A filter with counts over a relation of the page type (many-to-many or foreign key).

    key: the URL parameter (``?topic=3``) and the facet's name in the JSON answer;
    relation: the model field holding the related objects; label_field: their field to show.
    Page types that register the same key share one facet.
    """

    key: str
    relation: str
    label_field: str = "name"
    label: str | None = None  # default: the relation's verbose name


@dataclass(frozen=True)
class SearchableType:
    model: type
    text_fields: tuple = ("search_description",)
    facets: tuple = field(default_factory=tuple)

    @property
    def label(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def key(self):
        return self.model._meta.label_lower

    def text(self, page):
        """The page's readable text (for snippets and the vocabulary), without HTML."""
        parts = []
        for name in self.text_fields:
            parts.append(plain_text(getattr(page, name, "")))
        return " ".join(part for part in parts if part)


_registry = {}


def register(model, *, text_fields=("search_description",), facets=()):
    """Make a page type part of the site search (call from ``AppConfig.ready()``)."""
    _registry[model] = SearchableType(model=model, text_fields=tuple(text_fields), facets=tuple(facets))
    return model


def unregister(model):
    _registry.pop(model, None)


def searchable_types():
    return list(_registry.values())


def get(model):
    return _registry.get(model)


def by_key(key):
    return next((entry for entry in _registry.values() if entry.key == key), None)


def facets():
    """Every registered facet key with its label, in registration order."""
    seen = {}
    for entry in _registry.values():
        for facet in entry.facets:
            label = facet.label or capfirst(entry.model._meta.get_field(facet.relation).verbose_name)
            seen.setdefault(facet.key, label)
    return seen


BLOCK_TAG_RE = re.compile(r"</?(?:p|br|li|ul|ol|h[1-6]|div|tr|td|th|table|blockquote)\b[^>]*>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]*>")


def strip_tags(markup):
    """Text without tags or entities; quicker than Django's parser and enough for snippets,
    which escape whatever they show. Block tags become spaces, inline tags nothing."""
    return " ".join(html.unescape(TAG_RE.sub("", BLOCK_TAG_RE.sub(" ", markup))).split())


def plain_text(value):
    """Text of a field value: strings, rich text and StreamField data (read without queries)."""
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        return " ".join(_strings(value.raw_data))
    if hasattr(value, "source"):  # RichText
        value = value.source
    return strip_tags(str(value)).strip()


def _strings(data):
    if isinstance(data, str):
        if data.startswith(("http://", "https://", "/")):
            return
        yield strip_tags(data)
    elif isinstance(data, dict):
        if "type" in data and "value" in data:
            yield from _strings(data["value"])
        else:
            for value in data.values():
                yield from _strings(value)
    elif isinstance(data, (list, tuple)) or hasattr(data, "__iter__"):
        for item in data:
            yield from _strings(item)
