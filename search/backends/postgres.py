"""PostgreSQL: the index holds the terms of ``search.analysis``, under the ``simple`` configuration.

PostgreSQL's own ``dutch`` configuration stems differently from the Snowball stemmer the SQLite
index and the spelling suggestions use, and knows no dictionary forms or joined hyphenated
words. So the title and body vectors are made of ``index_text()`` (PostgreSQL only splits them
into words and keeps their weights), and queries ask for the same terms
(``search.queries.analysed``): the same query finds the same pages on both databases.

Built on private parts of modelsearch (compilers, rank expressions, index models), so
modelsearch is pinned in requirements.in and tests/search/test_backend_internals.py fails when an
upgrade changes them.

Upstream matches ``(title || body) @@ query``: concatenating the two vectors of every index
entry defeats the GIN indexes on ``title`` and ``body`` and costs a pass over the whole index
for every search, even one that finds nothing. Here every term or phrase is matched as
``title @@ term OR body @@ term`` and the terms are combined with AND / OR as the query says,
which PostgreSQL answers from the two GIN indexes (bitmap AND / OR). A document matches
exactly when upstream's filter matches it (a term that is only a stop word is left out, as
upstream's combined query does), except for a phrase that would start in the title and end in
the body, which no longer counts. Ranking is unchanged.

``ranked_matches`` drives the ranked list from the index table instead of the page table:
the pages only decide whether a matching entry may be shown (an ``EXISTS`` on the page's
primary key, which PostgreSQL answers with a semi-join on the integer id). Joining every page
to its entry through ``object_id = id::varchar`` made PostgreSQL scan and sort both tables,
carrying the wide tsvector rows through the sort: about 50 ms instead of 17 ms for a word
found in half of 10,000 articles.
"""

import operator
import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db.models import Exists, F, Func, IntegerField, OuterRef, Q
from django.db.models.functions import Cast
from django.db.models.lookups import Exact, GreaterThan
from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, MatchAll, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search.analysis import index_text
from search.backends.rows import plain_rows
from search.queries import Term, analysed

# The text search configuration of the title and body vectors and of the queries: it
# lower-cases and splits, the terms come analysed already.
CONFIG = "simple"
# Matches no document: the index only holds terms made of word characters.
NO_MATCH = "zzzgeentreffer"
# Besides the newest matches, at most this many of the newest entries with the query in their
# title are ranked (see ``ranked_entries`` and docs/search.md, Performance).
TITLE_MATCHES = 1_000


def _size(tsquery):
    return Func(tsquery, function="numnode", output_field=IntegerField())


def _in_title_or_body(tsquery, prefix):
    # A stop word ("voor", "de") gives an empty tsquery, which matches nothing on its own;
    # upstream's combined query simply leaves it out, so an empty term counts as matched
    # (a query of nothing but stop words still finds nothing, see ``search``).
    return Q(**{f"{prefix}title": tsquery}) | Q(**{f"{prefix}body": tsquery}) | Q(Exact(_size(tsquery), 0))


class DutchPostgresIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        """Index as upstream does, then write the title and body vectors of the analysed text.

        One UPDATE for the batch; the fields keep their weights (the title's, the summary's
        boost ...), so ranking weighs them as before.
        """
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        values_sql, params = [], []
        for obj in objs:
            indexer = postgres.ObjectIndexer(obj, self.backend)
            title, body = [], []
            for search_field in indexer.search_fields:
                for current, weight, value in indexer.prepare_field(obj, search_field):
                    if isinstance(current, SearchField):
                        text = index_text(value)
                        if text:
                            (title if current.field_name == "title" else body).append((text, weight))
            title_sql, title_params = _vector_sql(title)
            body_sql, body_params = _vector_sql(body)
            values_sql.append(f"(%s, {title_sql}, {body_sql})")
            params.extend([indexer.id, *title_params, *body_params])
        table = postgres.IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE {table} SET title = analysed.title, body = analysed.body
                FROM (VALUES {", ".join(values_sql)}) AS analysed (object_id, title, body)
                WHERE {table}.content_type_id = %s AND {table}.object_id = analysed.object_id
                """,
                [*params, get_content_type_pk(model)],
            )


def _vector_sql(texts):
    """SQL for a weighted tsvector of already analysed texts."""
    if not texts:
        return "''::tsvector", []
    parts = " || ".join(f"setweight(to_tsvector('{CONFIG}', %s), %s::\"char\")" for _text in texts)
    return parts, [item for text, weight in texts for item in (text, weight)]


class IndexedPostgresSearchQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not isinstance(self.query, MatchAll):
            # Raw words become index terms; a query of nothing searchable matches nothing.
            self.query = analysed(self.query) or Term(NO_MATCH)

    def get_config(self, backend):
        return CONFIG

    def match_condition(self, query, config, prefix="index_entries__"):
        """A filter that uses the GIN indexes, or None where only upstream's filter is right.

        ``prefix`` leads from the filtered model to the index entry ("" on the entries).
        """
        if isinstance(query, PlainText):
            terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
            if not terms:
                return None
            parts = [
                _in_title_or_body(SearchQuery(Lexeme(term), search_type="raw", config=config), prefix)
                for term in terms
            ]
            return reduce(operator.and_ if query.operator == "and" else operator.or_, parts)
        if isinstance(query, Phrase):
            return _in_title_or_body(
                SearchQuery(query.query_string, search_type="phrase", config=config), prefix
            )
        if isinstance(query, Boost):
            return self.match_condition(query.subquery, config, prefix)
        if isinstance(query, And | Or):
            parts = [self.match_condition(subquery, config, prefix) for subquery in query.subqueries]
            if not parts or any(part is None for part in parts):
                return None
            return reduce(operator.and_ if isinstance(query, And) else operator.or_, parts)
        return None  # Not, Fuzzy, ...: upstream's filter

    def search(self, config, start, stop, score_field=None, backend=None):
        condition = None
        if self.fields is None and not isinstance(self.query, MatchAll):
            condition = self.match_condition(self.query, config)
        if condition is None:
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        queryset = self.queryset.filter(condition).filter(GreaterThan(_size(search_query), 0))
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    def ranked_entries(self, config, limit, within=None):
        """``(pk, content type id)`` of the best ``limit`` matches, read from the index entries.

        The same matches in the same order as ``search()`` (rank descending, then primary key
        descending) whenever fewer than ``limit`` entries match; or None where ``search()`` has
        to decide. Wagtail indexes every page once, under its specific content type, so the
        entry's content type is the page's.

        With more matches, what is read and ranked is bounded: the newest ``limit`` matching
        entries (entry id descending, which PostgreSQL follows along the primary key and stops)
        and the newest ``TITLE_MATCHES`` entries with the query in their title (cheap on the
        title's GIN index), so an older page about the query is still found. Of those, the
        best ``limit`` by rank; the caller knows from a full list that there are more.

        ``within``: the primary keys of the queryset, when the caller already knows them; the
        matches are then kept by looking them up there instead of joining the pages in the
        query (about a quarter of the query's time for a word found in most pages).
        """
        if self.fields is not None or isinstance(self.query, MatchAll) or not self.order_by_relevance:
            return None
        condition = self.match_condition(self.query, config, prefix="")
        if condition is None:
            return None
        search_query = self.build_tsquery(self.query, config=config)
        # upstream's get_index_vectors(), seen from the entry instead of the page
        vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        rank_expression = self._build_rank_expression(vectors, config)
        model = self.queryset.model
        entries = postgres.IndexEntry._default_manager.annotate(
            object_pk=Cast("object_id", model._meta.pk)
        ).filter(content_type_id__in=get_descendants_content_types_pks(model))
        matches = entries.filter(condition, GreaterThan(_size(search_query), 0))

        def ranked(matching):
            newest = matching.order_by("-pk").values("pk")
            in_title = matching.filter(title=search_query).order_by("-pk").values("pk")
            return (
                # A UNION, not an OR of two subqueries: PostgreSQL joins it to the entries by id
                # instead of testing every entry against both.
                entries.filter(pk__in=newest[:limit].union(in_title[:TITLE_MATCHES]))
                .annotate(rank=rank_expression)
                .order_by(F("rank").desc(), F("object_pk").desc())
                .values_list("object_pk", "content_type_id")[:limit]
            )

        if within is not None:
            rows = plain_rows(ranked(matches))
            visible = [row for row in rows if row[0] in within]
            # Every match was read, or every one read may be shown: none that belongs is missing.
            if len(rows) < limit or len(visible) == len(rows):
                return visible
        visible = self.queryset.order_by().filter(pk=OuterRef("object_pk"))
        return plain_rows(ranked(matches.filter(Exists(visible))))


class PostgresSearchResults(postgres.PostgresSearchResults):
    def matching_queryset(self):
        compiler = self.query_compiler
        return compiler.search(compiler.get_config(self.backend), None, None, backend=self.backend)

    def ranked_matches(self, limit, within=None, state=None):
        """``(pk, content type id)`` of the first ``limit`` matches, best first, in one query.

        ``within``: the primary keys of the searched queryset, if known (see ``ranked_entries``).
        ``state`` (the content version) is not needed here: the entries' rows are read anyway.
        """
        compiler = self.query_compiler
        rows = compiler.ranked_entries(compiler.get_config(self.backend), limit, within)
        if rows is None:
            rows = list(self.matching_queryset().values_list("pk", "content_type_id")[:limit])
        return rows


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = IndexedPostgresSearchQueryCompiler
    index_class = DutchPostgresIndex
    results_class = PostgresSearchResults
