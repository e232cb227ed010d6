"""A stored tsvector of each index entry's title and body, with a GIN index, on PostgreSQL.

Wagtail's database backend keeps `title` and `body` tsvectors per entry (weighted by the
fields' boosts) and filters on `title || body`, which no index covers: every search read and
concatenated every entry. A generated column holds that concatenation, so PostgreSQL keeps it
current on every insert and update the backend makes (page save, publish, `update_index`), and
the GIN index answers `search_vector @@ query`. SQLite has its own FTS5 table: nothing to do.
"""

from django.db import connection, migrations

TABLE = "wagtailsearch_indexentry"

FORWARD = [
    f"ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (title || body) STORED",
    f"CREATE INDEX search_vector_gin ON {TABLE} USING gin (search_vector)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_vector_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
]


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = (
        [migrations.RunSQL(sql=FORWARD, reverse_sql=BACKWARD)]
        if connection.vendor == "postgresql"
        else []
    )
