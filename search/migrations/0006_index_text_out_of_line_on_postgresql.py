"""Keep what ranking reads in the search index rows, and move the plain text out, on PostgreSQL.

A row of Wagtail's index table holds the title, autocomplete and body tsvectors, which every
ranked search reads, and the plain title and body text, which only fuzzy search reads (the
site does not use it). Migration 0004 kept whole rows inline (about 3.6 KB for an article, two
rows per 8 KB page), so a search for a common word visited a heap page for almost every match.

Here the plain text columns get storage EXTERNAL (moved, uncompressed, into the TOAST relation
first) and the tsvectors storage MAIN (kept in the row; only when the row is still too big, as
for long pages, PostgreSQL tries to compress them, which pglz does only where that saves a
quarter, and moves them out last), with the default ``toast_tuple_target`` of about 2 KB: an
article's row shrinks to about 1.8 KB. Measured on 10,000 generated articles: the ranking query
for a word found in 5,000-6,000 of them 18-24 ms → 12-19 ms, for a word found in 1,300 about
the same. (lz4 compression of the vectors was slower: it compresses a fifth of them, which
then have to be decompressed for ranking.)

Only rows written afterwards follow the setting; docs/search.md says how to rewrite the rows
of an existing database. Other databases have no such setting: nothing to do.
"""

from django.db import migrations

VECTORS = ("title", "autocomplete", "body")
TEXTS = ("title_text", "body_text")
# What migration 0004 left: everything EXTENDED (PostgreSQL's default), rows inline up to 8160 bytes.
INLINE_TUPLE_TARGET = 8160


def _alter(apps, schema_editor, table_option, column_changes):
    if schema_editor.connection.vendor != "postgresql":
        return
    quote = schema_editor.quote_name
    table = quote(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    changes = [table_option] + [f"ALTER COLUMN {quote(column)} {change}" for column, change in column_changes]
    schema_editor.execute(f"ALTER TABLE {table} {', '.join(changes)}")


def vectors_inline_text_out_of_line(apps, schema_editor):
    changes = [(column, "SET STORAGE EXTERNAL") for column in TEXTS]
    changes += [(column, "SET STORAGE MAIN") for column in VECTORS]
    _alter(apps, schema_editor, "RESET (toast_tuple_target)", changes)


def everything_inline(apps, schema_editor):
    changes = [(column, "SET STORAGE EXTENDED") for column in VECTORS + TEXTS]
    _alter(apps, schema_editor, f"SET (toast_tuple_target = {INLINE_TUPLE_TARGET})", changes)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_search_index_state_moved_to_intranet"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(vectors_inline_text_out_of_line, everything_inline, elidable=False),
    ]
