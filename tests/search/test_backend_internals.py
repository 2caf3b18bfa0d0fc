"""search/backends/ extend private parts of the modelsearch package (Wagtail's search backends).

modelsearch is pinned in requirements.in for that reason. These checks fail when an upgrade
moves or changes what the backends build on, so the upgrade is reviewed instead of breaking
searches at run time.
"""

import importlib.metadata
import inspect

import pytest
from django.db import connection
from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

PINNED = "1.3.2"


def parameters(function):
    return list(inspect.signature(function).parameters)


def test_the_installed_modelsearch_is_the_pinned_one():
    assert importlib.metadata.version("modelsearch") == PINNED


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite index models exist on SQLite only")
def test_the_sqlite_internals_the_dutch_backend_builds_on_are_there():
    from modelsearch.backends.database.sqlite import sqlite
    from modelsearch.backends.database.sqlite.query import AndNot, MatchExpression, normalize
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    compiler = sqlite.SQLiteSearchQueryCompiler
    assert parameters(compiler._build_rank_expression) == ["self", "vectors", "config"]
    assert parameters(compiler.build_tsrank)[:3] == ["self", "vector", "query"]
    assert parameters(compiler.build_search_query_content)[:2] == ["self", "query"]
    assert callable(compiler.get_search_vectors) and callable(compiler.search)
    assert {"title", "body"} <= {field.name for field in sqlite.IndexEntry._meta.get_fields()}
    assert "title_norm" in {field.name for field in sqlite.IndexEntry._meta.get_fields()}
    assert callable(sqlite.SQLiteSearchResults._do_search)
    assert callable(sqlite.SQLiteIndex.add_items)
    assert all(callable(item) for item in (normalize, fts5_available, fts_table_exists, get_content_type_pk))
    assert issubclass(AndNot, object) and issubclass(MatchExpression, object)


def test_the_postgres_internals_the_indexed_backend_builds_on_are_there():
    compiler = postgres.PostgresSearchQueryCompiler
    assert parameters(compiler._build_rank_expression) == ["self", "vectors", "config"]
    assert parameters(compiler._apply_ordering_and_scoring)[:3] == ["self", "queryset", "rank_expression"]
    assert parameters(compiler.search)[:4] == ["self", "config", "start", "stop"]
    assert callable(compiler.build_tsquery) and callable(compiler.get_search_vectors)
    assert {"title", "body", "title_norm"} <= {field.name for field in postgres.IndexEntry._meta.get_fields()}
    assert callable(Lexeme) and callable(get_descendants_content_types_pks)
