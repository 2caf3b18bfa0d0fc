"""PostgreSQL: stemming comes from the ``dutch`` text search configuration (SEARCH_CONFIG)."""

from modelsearch.backends.database.postgres import postgres


class PostgresSearchResults(postgres.PostgresSearchResults):
    def matching_queryset(self):
        compiler = self.query_compiler
        return compiler.search(compiler.get_config(self.backend), None, None, backend=self.backend)

    def ranked_matches(self, limit):
        """``(pk, content type id)`` of the first ``limit`` matches, best first, in one query."""
        return list(self.matching_queryset().values_list("pk", "content_type_id")[:limit])


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    results_class = PostgresSearchResults
