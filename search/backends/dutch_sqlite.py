"""SQLite FTS5 with Dutch stemming: the index and the queries both hold Snowball stems.

Built on private parts of modelsearch (compilers, rank expressions, index models), so
modelsearch is pinned in requirements.in and tests/search/test_backend_internals.py fails when an
upgrade changes them.

The title and body columns of the index store the terms of what the page indexes
(``search.analysis.index_text``) and queries ask for terms (``search.queries.analysed``); the
autocomplete column stays as written, so prefix matching on titles keeps working. A title
match weighs more than a body match (``TITLE_WEIGHT`` in BM25).
"""

from itertools import filterfalse
from operator import itemgetter

from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import BM25, AndNot, MatchExpression, normalize
from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists
from modelsearch.index import SearchField
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from intranet.memo import VersionedMemo
from search.analysis import index_text
from search.backends.rows import plain_rows
from search.queries import Term, analysed

# Matches no document: the index only holds stems made of word characters.
NO_MATCH = "zzzgeentreffer"

# BM25 weights of the FTS5 columns, in the table's order (autocomplete, body, title): a word
# in the title counts this many times a word in the body. The autocomplete column is never
# matched by the site search.
TITLE_WEIGHT = 4.0

_fts_available = None


def sqlite_fts_available():
    global _fts_available
    if _fts_available is None:
        _fts_available = fts5_available() and fts_table_exists()
    return _fts_available


class IndexEntryMap:
    """Which object each index entry stands for, remembered per process and state token.

    An entry's id, object and content type never change (the index updates entries in place and
    SQLite never reuses an AUTOINCREMENT id); an entry created since the map was read is read
    when a search first meets it. The token the caller passes (the content version) changes with
    every publish; the map is read again then, which also covers an index rebuilt meanwhile.
    """

    def __init__(self):
        # A VersionedMemo, so whatever forgets every per-process memory (the tests, between
        # rolled-back databases that may hand out the same ids again) forgets this map too.
        self._memo = VersionedMemo(max_entries=1)

    def get(self, state, entry_ids, pk_field):
        """Entry id -> (object pk, object id as stored, content type id), holding at least
        ``entry_ids``."""
        entries = self._memo.get_or_set(state, "entries", lambda: self._read(pk_field))
        missing = list(filterfalse(entries.__contains__, entry_ids))
        if missing:
            entries.update(self._read(pk_field, missing))
        return entries

    @staticmethod
    def _read(pk_field, entry_ids=None):
        rows = sqlite.IndexEntry._default_manager.order_by()
        if entry_ids is not None:
            rows = rows.filter(pk__in=entry_ids)
        return {
            entry_id: (pk_field.to_python(object_id), object_id, content_type_id)
            for entry_id, object_id, content_type_id in plain_rows(
                rows.values_list("pk", "object_id", "content_type_id")
            )
        }


_entry_map = IndexEntryMap()


class DutchSQLiteIndex(sqlite.SQLiteIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        # The upstream index wrote the text as it is; replace it by its terms in one statement.
        analysed = {str(obj.pk): analysed_columns(obj, self.backend) for obj in objs}
        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        entries = list(entries.filter(object_id__in=list(analysed)).only("pk", "object_id", "title", "body"))
        for entry in entries:
            entry.title, entry.body = analysed[entry.object_id]
        self.entries.model.objects.bulk_update(entries, ["title", "body"], batch_size=500)


def analysed_columns(obj, backend):
    """The title and body columns of an object's index entry: the terms of its search fields.

    FTS5 has one body column for all other fields, so a boosted field (the summary, boost 2)
    is written that many times: BM25 then counts its words as PostgreSQL's weights do, above
    those of the body.
    """
    indexer = sqlite.ObjectIndexer(obj, backend)
    title, body = [], []
    for search_field in indexer.search_fields:
        for current, value in indexer.prepare_field(obj, search_field):
            if not isinstance(current, SearchField):
                continue
            text = index_text(value)
            if current.field_name == "title":
                title.append(text)
            else:
                body.extend([text] * max(1, round(current.boost or 1)))
    return " ".join(filter(None, title)), " ".join(filter(None, body))


class OneQueryRankingMixin:
    def can_rank_in_one_query(self):
        query = normalize(self.query)
        return self.order_by_relevance and not isinstance(query, (MatchAll, Not, AndNot))

    def match_expression(self, config):
        return MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(normalize(self.query), config=config),
        )

    def ranked_object_ids(self, config, start, stop, fields=("index_entry__object_id", "score")):
        """``(object_id, score)`` of one slice of the matches, best first, in one query.

        The upstream compiler orders by a correlated score subquery that repeats the FTS
        match for every candidate row, which is quadratic when thousands of pages match.
        Here the FTS table is matched once, restricted to the objects of the queryset,
        and sorted by BM25 (lower is better in SQLite).
        """
        ranked = (
            sqlite.SQLiteFTSIndexEntry.objects.filter(self.match_expression(config))
            .annotate(object_pk=Cast("index_entry__object_id", self.queryset.model._meta.pk))
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            .order_by("score", "-index_entry__object_id")
        )
        # One primary-key probe per match; ``object_id IN (pages as text)`` built a temporary
        # index of every visible page for each search (about 4 ms of 24 at 10,000 articles).
        visible = self.queryset.order_by().filter(pk=OuterRef("object_pk"))
        return list(ranked.filter(Exists(visible)).values_list(*fields)[start:stop])

    def ranked_within(self, config, limit, within, state):
        """``(pk, content type id)`` of the best ``limit`` matches among ``within``, in the order
        of ``ranked_object_ids``, or None where that order cannot be computed here.

        The FTS table alone answers the match and the score (BM25, see ``get_index_vectors``);
        what the result needs of each entry (its object and content type) comes from
        ``IndexEntryMap``. Joining the wide index entry rows for every match and sorting in SQL
        took about twice as long for a word found in half of 10,000 articles.
        """
        if [boost for _vector, boost in self.get_search_vectors()] != [1.0]:
            return None
        bm25 = self.build_tsrank(None, self.query, config=config)
        hits_query = (
            sqlite.SQLiteFTSIndexEntry.objects.filter(self.match_expression(config))
            .annotate(bm25=bm25)
            .values_list("pk", "bm25")
        )
        hits = plain_rows(hits_query)
        entries = _entry_map.get(state, map(itemgetter(0), hits), self.queryset.model._meta.pk)
        content_types = set(get_descendants_content_types_pks(self.queryset.model))
        # (score, stored object id, pk, content type id) of the matches that may be listed; a
        # comprehension and C-level map/itemgetter, because this runs for every match
        rows = [
            (value, entry[1], entry[0], entry[2])
            for entry_id, value in hits
            if (entry := entries[entry_id])[2] in content_types and entry[0] in within
        ]
        # upstream's order: score ascending (BM25 is lower for better matches), then the
        # stored object id descending; two stable sorts give both
        rows.sort(key=itemgetter(1), reverse=True)
        rows.sort(key=itemgetter(0))
        return list(map(itemgetter(2, 3), rows[:limit]))


class WeightedBM25(BM25):
    """SQLite's bm25() with the column weights of the site search (see ``TITLE_WEIGHT``)."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({sqlite.SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class DutchSQLiteSearchQueryCompiler(OneQueryRankingMixin, sqlite.SQLiteSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not isinstance(self.query, MatchAll):
            # Raw words become index terms; a query of nothing searchable matches nothing.
            self.query = analysed(self.query) or Term(NO_MATCH)

    def get_index_vectors(self):
        # One score per entry: BM25 over the weighted title and body columns. Upstream adds
        # the same score again times the entry's title norm (short titles count more, whether
        # or not the query is in them), which put pages with short titles first.
        return [(None, 1.0)]

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # bm25() scores a row against the whole MATCH expression, so every part of an AND or
        # OR query has the same score; upstream's arithmetic over the parts ((1 + a)(1 + b) - 1)
        # turns the sign of that score for some rows and so mixes up the order.
        return WeightedBM25() * boost if boost != 1.0 else WeightedBM25()


class RankedSQLiteAutocompleteQueryCompiler(OneQueryRankingMixin, sqlite.SQLiteAutocompleteQueryCompiler):
    """Title prefixes: not stemmed (the autocomplete column is stored as written)."""


class DutchSQLiteSearchResults(sqlite.SQLiteSearchResults):
    def ranked_matches(self, limit, within=None, state=None):
        """``(pk, content type id)`` of the first ``limit`` matches, best first, in one query.

        With ``within``, the primary keys of the searched queryset, and ``state``, a token that
        changes whenever pages are published (the content version), the ranking reads only the
        FTS table (see ``ranked_within``); otherwise each match's page is probed in the query.
        """
        compiler = self.query_compiler
        if not compiler.can_rank_in_one_query():
            return list(self.matching_queryset().order_by().values_list("pk", "content_type_id")[:limit])
        config = compiler.get_config(self.backend)
        if within is not None and state is not None:
            rows = compiler.ranked_within(config, limit, within, state)
            if rows is not None:
                return rows
        return compiler.ranked_object_ids(
            config,
            0,
            limit,
            fields=("object_pk", "index_entry__content_type_id"),
        )

    def _do_search(self):
        compiler = self.query_compiler
        if not compiler.can_rank_in_one_query():
            return super()._do_search()
        ranked = compiler.ranked_object_ids(compiler.get_config(self.backend), self.start, self.stop)
        field = compiler.queryset.model._meta.pk
        order = [field.to_python(object_id) for object_id, _score in ranked]
        objects = {obj.pk: obj for obj in compiler.queryset.filter(pk__in=order)}
        results = []
        for (_object_id, score), pk in zip(ranked, order, strict=True):
            obj = objects.get(pk)
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, score)
                results.append(obj)
        return results

    def matching_queryset(self):
        compiler = self.query_compiler
        return compiler.search(compiler.get_config(self.backend), None, None)


class DutchSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = DutchSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = RankedSQLiteAutocompleteQueryCompiler
    index_class = DutchSQLiteIndex
    results_class = DutchSQLiteSearchResults
