"""The site search: one function that turns a cleaned query and filters into everything a
results page or the JSON answer shows, in a constant number of database queries.

It knows no page type: the types, their text and their facets come from ``search.registry``,
and the backend from ``WAGTAILSEARCH_BACKENDS``.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from search import registry, vocabulary
from search.highlight import snippet, targets_for
from search.synonyms import expand
from search.text import words

PER_PAGE = 10
# Below this many results the page offers a spelling suggestion.
SUGGEST_BELOW = 3
# Facets show at most this many values each.
MAX_FACET_VALUES = 20


@dataclass
class Result:
    page: object
    title: str
    url: str
    type: str
    snippet: str
    date: object


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Outcome:
    query: str
    total: int = 0
    page: object = None
    results: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    facet_labels: dict = field(default_factory=dict)
    promoted: list = field(default_factory=list)
    suggestion: str | None = None
    alternatives: list = field(default_factory=list)


def content_types():
    """Registered page types by content type id (ContentType caches these lookups)."""
    models = [entry.model for entry in registry.searchable_types()]
    return {ct.pk: registry.get(model) for model, ct in ContentType.objects.get_for_models(*models).items()}


def searchable_pages(type_key=None, facet_filters=None):
    """Live, public pages of the registered types, narrowed by the chosen type and facets."""
    types = content_types()
    if type_key:
        types = {pk: entry for pk, entry in types.items() if entry.key == type_key}
    queryset = Page.objects.live().public().filter(content_type_id__in=list(types))
    for key, value in (facet_filters or {}).items():
        condition = Q(pk__in=[])
        for entry in types.values():
            for facet in entry.facets:
                if facet.key == key:
                    matching = entry.model.objects.filter(**{facet.relation: value}).values("pk")
                    condition |= Q(pk__in=matching)
        queryset = queryset.filter(condition)
    return queryset, types


def matching_queryset(results):
    """Every match of a search as a queryset (the database backends build one anyway)."""
    if hasattr(results, "matching_queryset"):
        return results.matching_queryset()
    # A backend without a queryset of its own (e.g. a search server): collect the hits' ids.
    return Page.objects.filter(pk__in=[page.pk for page in results[:1000]])


def facet_counts(matching, types, facet_filters):
    """Counts per type and per registered facet value, one aggregate query each."""
    pks = matching.values("pk")
    by_type = (
        Page.objects.filter(pk__in=pks)
        .values("content_type_id")
        .annotate(count=Count("pk"))
        .order_by("-count")
    )
    facets = {
        "type": [
            FacetValue(
                types[row["content_type_id"]].key, str(types[row["content_type_id"]].label), row["count"]
            )
            for row in by_type
            if row["content_type_id"] in types
        ]
    }
    for key in registry.facets():
        totals = {}
        for entry in types.values():
            for facet in entry.facets:
                if facet.key != key:
                    continue
                rows = (
                    entry.model.objects.filter(pk__in=pks, **{f"{facet.relation}__isnull": False})
                    .values(value=F(facet.relation), label=F(f"{facet.relation}__{facet.label_field}"))
                    .annotate(count=Count("pk", distinct=True))
                )
                for row in rows:
                    current = totals.setdefault(
                        str(row["value"]), FacetValue(str(row["value"]), row["label"], 0)
                    )
                    current.count += row["count"]
        selected = str(facet_filters.get(key, ""))
        values = sorted(totals.values(), key=lambda item: (-item.count, item.label))[:MAX_FACET_VALUES]
        for item in values:
            item.selected = item.value == selected
        facets[key] = values
    return facets


def promoted(query, request=None):
    """The editors' promoted results for this query ("Aanbevolen"): live, public pages or links."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set()
    if page_ids:
        visible = set(Page.objects.live().public().filter(pk__in=page_ids).values_list("pk", flat=True))
    items = []
    for promotion in promotions:
        if promotion.page_id in visible:
            url = promotion.page.get_url(request)
        elif not promotion.page_id and promotion.external_link_url:
            url = promotion.external_link_url
        else:
            continue
        items.append({"title": promotion.title, "url": url, "description": promotion.description})
    return items


def search(query, *, type_key=None, facet_filters=None, page_number=1, request=None, per_page=PER_PAGE):
    """Search the registered page types for a cleaned query string (see ``search.text.clean_query``)."""
    outcome = Outcome(query=query)
    if not query:
        return outcome
    facet_filters = facet_filters or {}
    base, types = searchable_pages(type_key, facet_filters)
    outcome.facet_labels = {"type": _("Type"), **registry.facets()}
    if not types:
        return outcome

    search_query, outcome.alternatives = expand(query)
    results = base.specific().search(search_query)
    paginator = Paginator(results, per_page)
    outcome.page = paginator.get_page(page_number)
    outcome.total = paginator.count

    targets = targets_for(words(query) + [w for term in outcome.alternatives for w in words(term)])
    for page in outcome.page.object_list:
        entry = registry.get(type(page))
        outcome.results.append(
            Result(
                page=page,
                title=page.title,
                url=page.get_url(request),
                type=str(entry.label) if entry else "",
                snippet=snippet(entry.text(page) if entry else "", targets),
                date=page.last_published_at,
            )
        )
    if outcome.total:
        outcome.facets = facet_counts(matching_queryset(results), types, facet_filters)
    outcome.promoted = promoted(query, request) if outcome.page.number == 1 else []

    if outcome.total < SUGGEST_BELOW:
        outcome.suggestion = _checked_suggestion(query, base)
    return outcome


def _checked_suggestion(query, base):
    suggestion = vocabulary.suggest(query)
    if not suggestion or suggestion == query:
        return None
    # The vocabulary may lag behind (e.g. a page just made private); only offer what finds something.
    search_query, _alternatives = expand(suggestion)
    return suggestion if base.search(search_query).count() else None


def autocomplete(query, limit=8):
    """Titles of live, public pages of the registered types that start like the query."""
    if not query:
        return []
    base, _types = searchable_pages()
    return list(base.autocomplete(query)[:limit])
