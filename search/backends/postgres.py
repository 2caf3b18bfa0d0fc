"""PostgreSQL: stemming comes from the ``dutch`` text search configuration (SEARCH_CONFIG).

Upstream matches ``(title || body) @@ query``: concatenating the two vectors of every index
entry defeats the GIN indexes on ``title`` and ``body`` and costs a pass over the whole index
for every search, even one that finds nothing. Here every term or phrase is matched as
``title @@ term OR body @@ term`` and the terms are combined with AND / OR as the query says,
which PostgreSQL answers from the two GIN indexes (bitmap AND / OR). A document matches
exactly when upstream's filter matches it (a term that is only a stop word is left out, as
upstream's combined query does), except for a phrase that would start in the title and end in
the body, which no longer counts. Ranking is unchanged.
"""

import operator
import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db.models import Func, IntegerField, Q
from django.db.models.lookups import Exact, GreaterThan
from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import And, Boost, MatchAll, Or, Phrase, PlainText


def _size(tsquery):
    return Func(tsquery, function="numnode", output_field=IntegerField())


def _in_title_or_body(tsquery):
    # A stop word ("voor", "de") gives an empty tsquery, which matches nothing on its own;
    # upstream's combined query simply leaves it out, so an empty term counts as matched
    # (a query of nothing but stop words still finds nothing, see ``search``).
    return Q(index_entries__title=tsquery) | Q(index_entries__body=tsquery) | Q(Exact(_size(tsquery), 0))


class IndexedPostgresSearchQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def match_condition(self, query, config):
        """A filter that uses the GIN indexes, or None where only upstream's filter is right."""
        if isinstance(query, PlainText):
            terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
            if not terms:
                return None
            parts = [
                _in_title_or_body(SearchQuery(Lexeme(term), search_type="raw", config=config))
                for term in terms
            ]
            return reduce(operator.and_ if query.operator == "and" else operator.or_, parts)
        if isinstance(query, Phrase):
            return _in_title_or_body(SearchQuery(query.query_string, search_type="phrase", config=config))
        if isinstance(query, Boost):
            return self.match_condition(query.subquery, config)
        if isinstance(query, And | Or):
            parts = [self.match_condition(subquery, config) for subquery in query.subqueries]
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


class PostgresSearchResults(postgres.PostgresSearchResults):
    def matching_queryset(self):
        compiler = self.query_compiler
        return compiler.search(compiler.get_config(self.backend), None, None, backend=self.backend)

    def ranked_matches(self, limit):
        """``(pk, content type id)`` of the first ``limit`` matches, best first, in one query."""
        return list(self.matching_queryset().values_list("pk", "content_type_id")[:limit])


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = IndexedPostgresSearchQueryCompiler
    results_class = PostgresSearchResults
