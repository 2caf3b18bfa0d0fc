"""The site search: turn a cleaned query and filters into what a results page or the JSON
answer shows, in a constant number of database queries.

It knows no page type: the types, their text and their facets come from ``search.registry``,
and the backend from ``WAGTAILSEARCH_BACKENDS``. Facet counts live in ``search.facets``, the
results list in ``search.results``. Every search is answered afresh: nothing of an answer is
cached, only facts about the published pages (which ids are searchable, which facet values a
page has, what a result shows of a page), per content version.
"""

import functools
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from intranet.memo import VersionedMemo
from intranet.models import ContentVersion
from search import queries, registry, vocabulary
from search.analysis import content_words
from search.facets import facet_counts
from search.models import Synonym
from search.results import result_list
from search.text import stem, words

PER_PAGE = 10
# A search reads at most this many matches, best first. A larger result is not counted to the
# end: the page says "more than 2,000 results" (`Outcome.total_capped`) and its filters are those
# of the matches read, shown without numbers. Reading, counting and faceting every match of a
# word found in most of 100,000 articles cost more than the rest of the search put together
# (docs/search.md, "Very large results").
MAX_MATCHES = 2_000
# Below this many results the page offers a spelling suggestion, or searches a corrected
# or a relaxed query.
SUGGEST_BELOW = 3
# A relaxed query asks for the words that make up this share of the query's weight, the
# first share that finds enough (see ``search.queries.Plan.relaxed``).
RELAXED_SHARES = (2 / 3, 1 / 2, 1 / 3)


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
    # More matches than MAX_MATCHES: ``total`` is MAX_MATCHES and the facet counts are None.
    total_capped: bool = False
    suggestion: str | None = None
    alternatives: list = field(default_factory=list)
    # Set when the typed query found (almost) nothing and a spelling correction found more:
    # the results are then those of ``corrected_query``; ``query`` stays what was typed.
    corrected_query: str | None = None


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


# (type, facet filters) -> ids of the searchable pages, per content version.
_searchable_ids = VersionedMemo(max_entries=100)


def searchable_ids(base, type_key, facet_filters, version):
    """The ids of ``searchable_pages()``, kept per content version and filter: which pages are
    live, public and of a registered type only changes with it. With the ids at hand, the
    ranking query need not join the pages to keep the visible matches."""
    key = (type_key or "", tuple(sorted((name, str(value)) for name, value in facet_filters.items())))
    return _searchable_ids.get_or_set(
        version, key, lambda: frozenset(base.order_by().values_list("pk", flat=True))
    )


def ranked_matches(results, limit=MAX_MATCHES, within=None, state=None):
    """``(pk, content type id)`` of the best ``limit`` matches in rank order.

    Our database backends do this in one query; any other backend goes through its results.
    ``within``: the ids of the searched pages, when known (see ``searchable_ids``); ``state``:
    the content version they were read for, which lets a backend keep facts about its index.
    """
    if hasattr(results, "ranked_matches"):
        return results.ranked_matches(limit, within=within, state=state)
    return [(page.pk, page.content_type_id) for page in results[:limit]]


def promoted(query, request=None):
    """The editors' promoted results for this query ("Aanbevolen"): live, public pages or links.

    A promotion for "training" also shows for "trainingen": query strings are compared by
    their stems (the editors keep a few dozen promotions; one query reads them all).
    """
    key = title_key(query)
    if not key:
        return []
    promotions = [
        promotion
        for promotion in SearchPromotion.objects.select_related("page", "query").order_by("sort_order")
        if title_key(promotion.query.query_string) == key
    ]
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


class _Counted:
    """Stands in for the result list when paginating a known total."""

    def __init__(self, total):
        self.total = total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        return []


def search(
    query, *, type_key=None, facet_filters=None, page_number=1, request=None, per_page=PER_PAGE, exact=False
):
    """Search the registered page types for a cleaned query string (see ``search.text.clean_query``).

    ``exact``: search for the query as typed, never for a spelling correction of it.
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

    version = ContentVersion.for_request(request)
    base, types = searchable_pages(type_key, facet_filters)
    within = searchable_ids(base, type_key, facet_filters, version)
    search_index = functools.partial(_Attempt.run, base, within=within, version=version)
    planned, attempt = _best_attempt(query, outcome, search_index, exact)
    searched = outcome.corrected_query or query
    outcome.alternatives = planned.alternatives
    matches = exact_titles_first(attempt.matches, searched, within, version)
    outcome.total, outcome.total_capped = attempt.total, attempt.capped
    outcome.page = Paginator(_Counted(outcome.total), per_page).get_page(page_number)
    start = (outcome.page.number - 1) * per_page
    listed = matches[start : start + per_page]
    outcome.results = result_list(listed, types, searched, outcome.alternatives, request)

    if outcome.total:
        counts = facet_counts(matches, types, state=version)
        selected = {"type": type_key or "", **{k: str(v) for k, v in facet_filters.items()}}
        outcome.facets = {
            name: [
                FacetValue(
                    value=item["value"],
                    label=item["label"],
                    count=None if outcome.total_capped else item["count"],
                    selected=item["value"] == selected.get(name, ""),
                )
                for item in values
            ]
            for name, values in counts.items()
        }
    if outcome.page.number == 1:
        outcome.promoted = promoted(searched, request)
    return outcome


def _best_attempt(query, outcome, search_index, exact):
    """``(plan, attempt)`` of the search whose results are shown, in the order of
    docs/search.md: every word; else the spelling correction (set as ``outcome.corrected_query``,
    or only offered as ``outcome.suggestion`` when ``exact``); else most of the words.

    ``search_index(search_query)`` runs one ``_Attempt``.
    """
    groups = Synonym.objects.term_groups()
    planned = queries.plan(query, groups)
    attempt = search_index(planned.strict())
    if attempt.total >= SUGGEST_BELOW:
        return planned, attempt
    suggestion = _suggestion(query, planned)
    if suggestion:
        corrected_plan = queries.plan(suggestion, groups)
        corrected = search_index(corrected_plan.strict())
        if corrected.total > attempt.total and not exact:
            outcome.corrected_query, planned, attempt = suggestion, corrected_plan, corrected
        elif corrected.total:
            outcome.suggestion = suggestion
    if attempt.total >= SUGGEST_BELOW or len(planned.slots) < 2:
        return planned, attempt
    # Questions and long queries: the words that carry most of the query; rare words weigh
    # more than common ones.
    typed = [word for slot_words in planned.slot_words for word in slot_words]
    frequencies, pages = vocabulary.page_frequencies(typed)
    weights = queries.rarity_weights(planned, frequencies, pages)
    for share in RELAXED_SHARES:
        relaxed = search_index(planned.relaxed(weights, share))
        if relaxed.total > attempt.total:
            attempt = relaxed.after(attempt)
        if attempt.total >= SUGGEST_BELOW:
            break
    return planned, attempt


@dataclass
class _Attempt:
    """One search of the index: the best ranked matches (at most MAX_MATCHES) and whether
    there were more."""

    matches: list = field(default_factory=list)
    capped: bool = False

    @property
    def total(self):
        return len(self.matches)

    @classmethod
    def run(cls, base, search_query, *, within, version):
        if search_query is None:
            return cls()
        # One more than is kept tells whether there are more.
        matches = ranked_matches(base.search(search_query), MAX_MATCHES + 1, within=within, state=version)
        return cls(matches[:MAX_MATCHES], capped=len(matches) > MAX_MATCHES)

    def after(self, stricter):
        """These matches with those of a stricter query first: pages that have more of the
        words rank higher, on either database. (A looser query finds every page the
        stricter one found.)"""
        seen = set(stricter.matches)
        matches = stricter.matches + [match for match in self.matches if match not in seen]
        return _Attempt(matches[:MAX_MATCHES], capped=self.capped or len(matches) > MAX_MATCHES)


def _suggestion(query, planned):
    """A spelling correction of the query from the vocabulary, or None."""
    suggestion = vocabulary.suggest(query, explained=planned.compounds)
    return suggestion if suggestion and suggestion != query else None


# analysed title -> ids of the searchable pages with that title, per content version.
_titles = VersionedMemo(max_entries=4)


def title_key(text):
    """What makes two titles or queries the same: the stems of their content words."""
    return tuple(stem(word) for word in content_words(words(text)))


def title_keys(text):
    """``title_key`` and, for more than one word, the key of the words written as one
    ("team ontwikkeling" is the title "Teamontwikkeling")."""
    key = title_key(text)
    if len(key) < 2:
        return {key} if key else set()
    return {key, (stem("".join(content_words(words(text)))),)}


def exact_titles_first(matches, query, within, version):
    """The matches with the pages whose title is the query (as analysed) moved to the front."""
    keys = title_keys(query)
    if not keys or not matches:
        return matches
    titles = _titles.get_or_set(version, "titles", _read_titles)
    exact = {pk for key in keys for pk in titles.get(key, ()) if pk in within}
    if not exact:
        return matches
    return [match for match in matches if match[0] in exact] + [
        match for match in matches if match[0] not in exact
    ]


def _read_titles():
    base, _types = searchable_pages()
    titles = {}
    for pk, title in base.order_by().values_list("pk", "title").iterator(chunk_size=5_000):
        for key in title_keys(title):
            titles.setdefault(key, []).append(pk)
    return titles


def autocomplete(query, limit=8):
    """Titles of live, public pages of the registered types that start like the query."""
    if not query:
        return []
    base, _types = searchable_pages()
    return list(base.autocomplete(query)[:limit])
