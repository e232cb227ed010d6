"""`search_hits(query, types)`: the index entries that match a query, always read through the
GIN index, on PostgreSQL.

For a word nearly every entry holds, the planner prefers a sequential scan, which evaluates
`search_vector @@ query` on every row (about 2 µs each, 20 ms at 10,000 entries); the bitmap
scan of the GIN index finds the same rows without reading their vectors. The planner cannot
see that difference, so the function runs its one query with sequential scans turned off (a
function's own `SET`, which applies inside it only), and its type test is written so that the
content-type index cannot serve it (`+ 0`): that index would find every entry of the type and
test the query on each. SQLite has its own FTS5 table.
"""

from django.db import connection, migrations

FORWARD = """
CREATE FUNCTION search_hits(query tsquery, types integer[])
RETURNS TABLE (entry_id integer, page_id integer, content_type_id integer)
LANGUAGE sql STABLE
SET enable_seqscan = off
AS $$
    SELECT e.id, e.object_id::integer, e.content_type_id
    FROM wagtailsearch_indexentry e
    WHERE e.search_vector @@ query AND e.content_type_id + 0 = ANY (types)
$$
"""
BACKWARD = "DROP FUNCTION IF EXISTS search_hits(tsquery, integer[])"


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_vector")]

    operations = (
        [migrations.RunSQL(sql=FORWARD, reverse_sql=BACKWARD)]
        if connection.vendor == "postgresql"
        else []
    )
