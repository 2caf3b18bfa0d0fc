"""The site search: one function that turns a cleaned query and filters into everything a
results page or the JSON answer shows, in a constant number of database queries.

It knows no page type: the types, their text and their facets come from ``search.registry``,
and the backend from ``WAGTAILSEARCH_BACKENDS``.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from intranet import routing
from intranet.memo import VersionedMemo
from intranet.models import ContentVersion
from intranet.pages import public
from search import registry, vocabulary
from search.highlight import snippet, snippet_source, targets_for
from search.synonyms import expand
from search.text import words

PER_PAGE = 10
# Below this many results the page offers a spelling suggestion.
SUGGEST_BELOW = 3
# Facets show at most this many values each.
MAX_FACET_VALUES = 20
# Facet counts use the list of matching ids up to this many matches (bounded IN lists).
MAX_IDS_IN_QUERY = 10_000
# Above this many matches, facet queries use a subquery instead of a list of ids.
MAX_IDS_AS_PARAMETERS = 500
# How long a search answer stays cached (it is dropped earlier when content changes); the
# setting SEARCH_ANSWER_CACHE_SECONDS overrides it, and 0 turns the answer cache off.
CACHE_SECONDS = 600


def answer_cache_seconds():
    return getattr(settings, "SEARCH_ANSWER_CACHE_SECONDS", CACHE_SECONDS)


@dataclass
class Result:
    pk: int
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


def searchable_pages(type_key=None, facet_filters=None, request=None):
    """Live, public pages of the registered types, narrowed by the chosen type and facets."""
    types = content_types()
    if type_key:
        types = {pk: entry for pk, entry in types.items() if entry.key == type_key}
    queryset = public(Page.objects.live(), request).filter(content_type_id__in=list(types))
    for key, value in (facet_filters or {}).items():
        condition = Q(pk__in=[])
        for entry in types.values():
            for facet in entry.facets:
                if facet.key == key:
                    matching = entry.model.objects.filter(**{facet.relation: value}).values("pk")
                    condition |= Q(pk__in=matching)
        queryset = queryset.filter(condition)
    return queryset, types


def ranked_matches(results, limit=MAX_IDS_IN_QUERY, within=None, state=None):
    """``(pk, content type id)`` of the best ``limit`` matches in rank order.

    Our database backends do this in one query; any other backend goes through its results.
    ``within``: the ids of the searched pages, when known (see ``searchable_ids``); ``state``:
    the content version they were read for, which lets a backend remember facts about its index.
    """
    if hasattr(results, "ranked_matches"):
        return results.ranked_matches(limit, within=within, state=state)
    return [(page.pk, page.content_type_id) for page in results[:limit]]


# (content version, type, facet filters) -> ids of the searchable pages, per process.
_searchable_ids = VersionedMemo(max_entries=100)


def searchable_ids(base, type_key, facet_filters, request):
    """The ids of ``searchable_pages()``, remembered per content version and filter.

    Which pages are live, public and of a registered type (and which topics they have) only
    changes with the content version. With the ids at hand, the ranking query need not join
    the pages to keep the visible matches.
    """
    key = (type_key or "", tuple(sorted((name, str(value)) for name, value in facet_filters.items())))

    def read_ids():
        return frozenset(base.order_by().values_list("pk", flat=True))

    return _searchable_ids.get_or_set(ContentVersion.for_request(request), key, read_ids)


def facet_counts(matches, types, matching=None, state=None):
    """Counts per type (from the matches) and per registered facet value (one query each).

    ``matches`` is a list of ``(page id, content type id)`` of every match; ``matching`` an
    optional function returning a queryset of the same pages, used instead of a long list of
    ids (building a query with thousands of parameters costs more than matching again in the
    database); it is only called when a facet is counted in the database. With ``state``, the
    content version (``intranet.models.ContentVersion``), facet values are counted in Python
    from a per-process map of page id to related values (see ``_facet_values``) and only the
    labels are read.
    """
    # map/itemgetter keep the loops over thousands of matches in C (a few ms per search)
    by_type = Counter(map(itemgetter(1), matches))
    facets = {
        "type": [
            {"value": types[content_type_id].key, "label": str(types[content_type_id].label), "count": count}
            for content_type_id, count in by_type.most_common()
            if content_type_id in types
        ]
    }
    complete = len(matches) < MAX_IDS_IN_QUERY
    matched_pks = list(map(itemgetter(0), matches))
    in_python = state is not None and complete
    if in_python:
        pks = None  # not needed
    elif matching is not None and len(matches) > MAX_IDS_AS_PARAMETERS:
        pks = matching().order_by().values("pk")
    else:
        pks = matched_pks
    for key in registry.facets():
        totals = {}
        for entry in types.values():
            for facet in entry.facets:
                if facet.key != key:
                    continue
                if in_python:
                    rows = _counted_in_python(entry, facet, matched_pks, state)
                else:
                    rows = (
                        entry.model.objects.order_by()
                        .filter(pk__in=pks, **{f"{facet.relation}__isnull": False})
                        .values(value=F(facet.relation), label=F(f"{facet.relation}__{facet.label_field}"))
                        .annotate(count=Count("pk", distinct=True))
                    )
                for row in rows:
                    current = totals.setdefault(
                        str(row["value"]), {"value": str(row["value"]), "label": row["label"], "count": 0}
                    )
                    current["count"] += row["count"]
        facets[key] = sorted(totals.values(), key=lambda item: (-item["count"], item["label"]))[
            :MAX_FACET_VALUES
        ]
    return facets


# (model, relation) -> (content version, {page id: [related value, ...]}); one map per facet
# and process, rebuilt as soon as the content version changes (every publish, unpublish, ...).
_facet_value_maps = {}


def _facet_values(entry, facet, state):
    key = (entry.model, facet.relation)
    cached = _facet_value_maps.get(key)
    if cached is None or cached[0] != state:
        values = {}
        rows = (
            entry.model.objects.order_by()
            .filter(**{f"{facet.relation}__isnull": False})
            .values_list("pk", facet.relation)
        )
        for pk, value in rows:
            values.setdefault(pk, []).append(value)
        cached = _facet_value_maps[key] = (state, values)
    return cached[1]


def _counted_in_python(entry, facet, pks, state):
    """Facet counts of the pages ``pks`` from the page-to-values map; labels read fresh (one query)."""
    values = _facet_values(entry, facet, state)
    # values.get gives None for a page without values (or of another type); filter drops it
    counts = Counter(chain.from_iterable(filter(None, map(values.get, pks))))
    if not counts:
        return []
    related = entry.model._meta.get_field(facet.relation).related_model
    labels = dict(related._default_manager.filter(pk__in=list(counts)).values_list("pk", facet.label_field))
    return [
        {"value": value, "label": labels[value], "count": count}
        for value, count in counts.items()
        if value in labels
    ]


# Content version -> the normalised queries that have promoted results (few, set by editors).
_promoted_queries = VersionedMemo(max_entries=1)


def _queries_with_promotions(request):
    return _promoted_queries.get_or_set(
        ContentVersion.for_request(request),
        "queries",
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )


def promoted(query, request=None):
    """The editors' promoted results for this query ("Aanbevolen"): live, public pages or links.

    Most queries have none; which ones do is remembered per content version (a promotion
    change changes it, see search.signals), so they cost no query.
    """
    query = normalise_query_string(query)
    if query not in _queries_with_promotions(request):
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=query)
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set()
    if page_ids:
        visible = set(
            public(Page.objects.live(), request).filter(pk__in=page_ids).values_list("pk", flat=True)
        )
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


class _Counted:
    """Stands in for the result list when paginating a known total."""

    def __init__(self, total):
        self.total = total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        return []


def _answer(query, type_key, facet_filters, page_number, per_page, request=None):
    """What a search finds, as plain data that can be cached: results, total, facets, suggestion."""
    version = ContentVersion.for_request(request)
    base, types = searchable_pages(type_key, facet_filters, request)
    search_query, alternatives = expand(query, request=request)
    results = base.search(search_query)
    matches = ranked_matches(
        results, within=searchable_ids(base, type_key, facet_filters, request), state=version
    )
    total = len(matches) if len(matches) < MAX_IDS_IN_QUERY else results.count()
    number = Paginator(_Counted(total), per_page).get_page(page_number).number
    start = (number - 1) * per_page
    if start + per_page <= len(matches) or len(matches) < MAX_IDS_IN_QUERY:
        listed = matches[start : start + per_page]
    else:  # beyond the ranked list of a very large result
        listed = [(page.pk, page.content_type_id) for page in results[start : start + per_page]]
    answer = {
        "total": total,
        "number": number,
        "results": _result_items(listed, types, alternatives, query, request),
        "facets": facet_counts(
            matches,
            types,
            getattr(results, "matching_queryset", None),
            state=version,
        )
        if total
        else {},
        "alternatives": alternatives,
        "suggestion": _checked_suggestion(query, base, request) if total < SUGGEST_BELOW else None,
    }
    return answer


def search(query, *, type_key=None, facet_filters=None, page_number=1, request=None, per_page=PER_PAGE):
    """Search the registered page types for a cleaned query string (see ``search.text.clean_query``).

    The answer (ids, total, facets, suggestion) is cached under the current search index
    state, which changes on every publish, unpublish, delete, view restriction or synonym
    change; the pages themselves are always read fresh and checked to be live and public.
    """
    outcome = Outcome(query=query)
    if not query:
        return outcome
    facet_filters = facet_filters or {}
    outcome.facet_labels = {"type": _("Type"), **registry.facets()}
    if type_key and registry.by_key(type_key) is None:
        type_key = None
    if not registry.searchable_types():
        return outcome

    seconds = answer_cache_seconds()
    key = _cache_key(query, type_key, facet_filters, page_number, per_page, request) if seconds else None
    answer = cache.get(key) if key else None
    fresh = answer is None
    if fresh:
        answer = _answer(query, type_key, facet_filters, page_number, per_page, request)
        if key:
            cache.set(key, answer, seconds)

    outcome.total = answer["total"]
    outcome.alternatives = answer["alternatives"]
    outcome.suggestion = answer["suggestion"]
    outcome.page = Paginator(_Counted(outcome.total), per_page).get_page(answer["number"])
    selected = {"type": type_key or "", **{k: str(v) for k, v in facet_filters.items()}}
    outcome.facets = {
        name: [FacetValue(**item, selected=item["value"] == selected.get(name, "")) for item in values]
        for name, values in answer["facets"].items()
    }

    # A cached answer may be older than a page's view restriction or unpublishing only in
    # another process's cache; check every listed page again (one query) before showing it.
    # A fresh answer was just read from live, public pages in this request.
    items = answer["results"]
    if fresh or not items:
        visible = {item["pk"] for item in items}
    else:
        visible = set(
            public(Page.objects.live(), request)
            .filter(pk__in=[item["pk"] for item in items])
            .values_list("pk", flat=True)
        )
    outcome.results = [Result(**item) for item in items if item["pk"] in visible]
    outcome.promoted = promoted(query, request) if outcome.page.number == 1 else []
    return outcome


# What a result shows of a page, except its snippet, per (page id, site id) and content version:
# reading the specific pages and their StreamField text costs more than the rest of the list.
_result_cards = VersionedMemo(max_entries=1_000)


def _result_items(listed, types, alternatives, query, request):
    """Title, URL, type, highlighted snippet and date of the listed pages, in the given order.

    ``listed`` holds ``(page id, content type id)`` of live, public pages. What is shown of a
    page is remembered per content version (``_result_cards``); the pages not remembered yet are
    read as their specific type, one query per type on the list (``specific()`` reads every
    base page first). The snippet depends on the query and is made for every search.
    """
    if not listed:
        return []
    version = ContentVersion.for_request(request)
    site = routing.site_for_request(request) if request is not None else None
    site_id = site.pk if site is not None else None
    cards = {pk: _result_cards.get(version, (pk, site_id)) for pk, _content_type_id in listed}
    missing = {}
    for pk, content_type_id in listed:
        if cards[pk] is None and content_type_id in types:
            missing.setdefault(content_type_id, []).append(pk)
    for content_type_id, ids in missing.items():
        for page in types[content_type_id].model._default_manager.filter(pk__in=ids):
            entry = registry.get(type(page))
            if entry is None:
                continue
            cards[page.pk] = card = {
                "title": page.title,
                "url": page.get_url(request),
                "entry": entry,
                "text": snippet_source(entry.text(page)),
                "date": page.last_published_at,
            }
            _result_cards.set(version, (page.pk, site_id), card)

    targets = targets_for(words(query) + [w for term in alternatives for w in words(term)])
    items = []
    for pk, _content_type_id in listed:
        card = cards.get(pk)
        if card is None:
            continue
        items.append(
            {
                "pk": pk,
                "title": card["title"],
                "url": card["url"],
                "type": str(card["entry"].label),
                "snippet": snippet(card["text"], targets),
                "date": card["date"],
            }
        )
    return items


def _cache_key(query, type_key, facet_filters, page_number, per_page, request=None):
    state = ContentVersion.for_request(request)
    raw = repr(
        (query, type_key, sorted(facet_filters.items()), page_number, per_page, translation.get_language())
    )
    return f"search:{state}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _checked_suggestion(query, base, request=None):
    suggestion = vocabulary.suggest(query)
    if not suggestion or suggestion == query:
        return None
    # The vocabulary may lag behind (e.g. a page just made private); only offer what finds something.
    search_query, _alternatives = expand(suggestion, request=request)
    return suggestion if base.search(search_query).count() else None


def autocomplete(query, limit=8):
    """Titles of live, public pages of the registered types that start like the query."""
    if not query:
        return []
    base, _types = searchable_pages()
    return list(base.autocomplete(query)[:limit])
