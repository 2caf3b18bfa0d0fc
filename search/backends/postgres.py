"""PostgreSQL: stemming comes from the ``dutch`` text search configuration (SEARCH_CONFIG)."""

from modelsearch.backends.database.postgres import postgres


class PostgresSearchResults(postgres.PostgresSearchResults):
    def matching_queryset(self):
        compiler = self.query_compiler
        return compiler.search(compiler.get_config(self.backend), None, None, backend=self.backend)


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    results_class = PostgresSearchResults
