"""Wagtail's database search backend with Dutch word forms on every database.

Selected only through ``WAGTAILSEARCH_BACKENDS`` (see intranet/settings/base.py). Like the
upstream backend it picks an implementation by the connection's vendor, because that is
what the database can do, not what the site wants:

- PostgreSQL and SQLite (FTS5): the upstream backends, with the index and the queries made of
  the terms of ``search.analysis`` (Dutch stems and dictionary forms, made in Python), so both
  databases find the same pages for the same query.
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
