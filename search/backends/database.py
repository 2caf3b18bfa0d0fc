"""Wagtail's database search backend with Dutch word forms on every database.

Selected only through ``WAGTAILSEARCH_BACKENDS`` (see intranet/settings/base.py). Like the
upstream backend it picks an implementation by the connection's vendor, because that is
what the database can do, not what the site wants:

- PostgreSQL: the upstream backend; ``SEARCH_CONFIG = "dutch"`` makes PostgreSQL stem.
- SQLite (FTS5): FTS5 has no Dutch tokenizer, so index terms and query terms are both run
  through the Dutch Snowball stemmer (``search.text.stem``) before FTS5 sees them.
- anything else: the upstream fallback.

The PostgreSQL and SQLite results offer ``ranked_matches(limit)``: the ids and content types
of all matches in rank order from one query, so the total, the type facet and the current
page come from one list instead of loading every hit (see ``search.engine``).
"""

from django.db import connection


def SearchBackend(params):  # noqa: N802 (Wagtail looks this name up)
    if connection.vendor == "sqlite":
        from search.backends.dutch_sqlite import DutchSQLiteSearchBackend, sqlite_fts_available

        if sqlite_fts_available():
            return DutchSQLiteSearchBackend(params)
    elif connection.vendor == "postgresql":
        from search.backends.postgres import PostgresSearchBackend

        return PostgresSearchBackend(params)

    from modelsearch.backends.database import SearchBackend as upstream_backend

    return upstream_backend(params)
