"""Facet counts of a search: per page type, and per registered facet (topic, category, ...).

Counting a facet in the database would match the query a second time; instead the values are
counted in Python from a map of page id to related values, kept per process and content
version (``intranet.memo.VersionedMemo``) and read again after every publish. Only the labels
of the counted values are read per search. A search reads at most ``search.engine.MAX_MATCHES``
matches, so this never counts more than that.
"""

from collections import Counter
from itertools import chain
from operator import itemgetter

from intranet.memo import VersionedMemo
from search import registry

# Facets show at most this many values each.
MAX_FACET_VALUES = 20

# (model, relation) -> {page id: [related value, ...]}, per content version.
_value_maps = VersionedMemo(max_entries=100)


def facet_counts(matches, types, state):
    """Counts per type and per registered facet value of the matches.

    ``matches`` is a list of ``(page id, content type id)``; ``types`` the registered types by
    content type id; ``state`` the content version the page-to-values maps are kept under.
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
    matched_pks = list(map(itemgetter(0), matches))
    for key in registry.facets():
        totals = {}
        for entry in types.values():
            for facet in entry.facets:
                if facet.key != key:
                    continue
                for row in _counted(entry, facet, matched_pks, state):
                    current = totals.setdefault(
                        str(row["value"]), {"value": str(row["value"]), "label": row["label"], "count": 0}
                    )
                    current["count"] += row["count"]
        facets[key] = sorted(totals.values(), key=lambda item: (-item["count"], item["label"]))[
            :MAX_FACET_VALUES
        ]
    return facets


def _value_map(entry, facet, state):
    def read():
        values = {}
        rows = (
            entry.model.objects.order_by()
            .filter(**{f"{facet.relation}__isnull": False})
            .values_list("pk", facet.relation)
        )
        for pk, value in rows:
            values.setdefault(pk, []).append(value)
        return values

    return _value_maps.get_or_set(state, (entry.model, facet.relation), read)


def _counted(entry, facet, pks, state):
    """Facet counts of the pages ``pks`` from the page-to-values map; labels read fresh (one query)."""
    values = _value_map(entry, facet, state)
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
