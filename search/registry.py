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
from wagtail import blocks
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
        return BLOCK_SEPARATOR.join(part for part in parts if part)


_registry = {}
_browse_links = {}


@dataclass(frozen=True)
class BrowseLinks:
    """Links a search without results offers as a way on (e.g. the knowledge base's topics).

    ``links(request)`` returns ``[{"title": ..., "url": ...}]`` of published content only; it is
    read once per content version and site, so it must not depend on who asks.
    """

    key: str
    label: str
    links: object


def register(model, *, text_fields=("search_description",), facets=()):
    """Make a page type part of the site search (call from ``AppConfig.ready()``)."""
    _registry[model] = SearchableType(model=model, text_fields=tuple(text_fields), facets=tuple(facets))
    return model


def register_browse_links(key, label, links):
    """Offer links to browse (``BrowseLinks``) on an empty results page (call from ``ready()``)."""
    _browse_links[key] = BrowseLinks(key=key, label=label, links=links)


def browse_links():
    return list(_browse_links.values())


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


# Text blocks whose values are what an editor wrote for readers. Everything else in a StreamField
# is left out: choices (a heading level "h2", a callout kind "info"), URLs, chooser ids, embeds.
TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)
# Between the texts of separate blocks (a heading and its paragraph): a snippet shows it as a
# divider and may start after it, as after the end of a sentence.
BLOCK_SEPARATOR = "\n"


def plain_text(value):
    """Text of a field value: strings, rich text and StreamField data (read without queries).

    A StreamField is walked with its block definitions, so only the text of text blocks counts;
    the texts of separate blocks are joined with ``BLOCK_SEPARATOR``.
    """
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        return BLOCK_SEPARATOR.join(_strings(value.stream_block, value.raw_data))
    if hasattr(value, "source"):  # RichText
        value = value.source
    return strip_tags(str(value)).strip()


def _strings(block, data):
    """The texts of the text blocks in ``data``, the raw (JSON) value of ``block``."""
    if isinstance(block, blocks.StreamBlock):
        for item in data or ():
            if isinstance(item, dict) and (child := block.child_blocks.get(item.get("type"))):
                yield from _strings(child, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in data or ():
            # Wagtail stores list items as {"type": "item", "value": ..., "id": ...}; old data bare.
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]
            yield from _strings(block.child_block, item)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(data, dict):
            for name, child in block.child_blocks.items():
                if name in data:
                    yield from _strings(child, data[name])
    elif isinstance(block, TEXT_BLOCKS) and isinstance(data, str):
        text = strip_tags(data)
        if text:
            yield text
