"""SQLite FTS5 with Dutch stemming: the index and the queries both hold Snowball stems.

The title and body columns of the index store ``stemmed_text()`` of what the page indexes;
the autocomplete column stays as written, so prefix matching on titles keeps working.
"""

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.text import stemmed_text

# Matches no document: the index only holds stems made of word characters.
NO_MATCH = "zzzgeentreffer"

_fts_available = None


def sqlite_fts_available():
    global _fts_available
    if _fts_available is None:
        _fts_available = fts5_available() and fts_table_exists()
    return _fts_available


class DutchSQLiteIndex(sqlite.SQLiteIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        # The upstream index wrote the text as it is; replace it by its stems in one statement.
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model),
                object_id__in=[str(obj.pk) for obj in objs],
            ).only("pk", "title", "body")
        )
        for entry in entries:
            entry.title = stemmed_text(entry.title)
            entry.body = stemmed_text(entry.body)
        self.entries.model.objects.bulk_update(entries, ["title", "body"], batch_size=500)


class DutchSQLiteSearchQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(
                stemmed_text(query.query_string) or NO_MATCH,
                operator=query.operator,
                boost=query.boost,
            )
        elif isinstance(query, Phrase):
            query = Phrase(stemmed_text(query.query_string) or NO_MATCH)
        return super().build_search_query_content(query, config=config)


class DutchSQLiteSearchResults(sqlite.SQLiteSearchResults):
    def matching_queryset(self):
        compiler = self.query_compiler
        return compiler.search(compiler.get_config(self.backend), None, None)


class DutchSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = DutchSQLiteSearchQueryCompiler
    index_class = DutchSQLiteIndex
    results_class = DutchSQLiteSearchResults
