"""Site search on PostgreSQL: one query over the stored, GIN-indexed tsvector of the index.

Wagtail's own query joins every page to its index entry through a text cast and filters on
`title || body`, which no index covers (and the planner misjudges the join: 1.3 s for a word
every item holds). Here the entries are matched first through `search_vector` (a generated
column with a GIN index, see migrations/0001 and 0002), restricted to published pages of the
chosen types and counted; then ranked with ts_rank (or sorted by date) and cut to one page.
"""

from django.db import connection
from modelsearch.conf import get_app_config
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from newsroom.models import PressItemPage

# ts_rank weights by label, in PostgreSQL's order {D, C, B, A}. Wagtail labels fields by the
# boosts of all indexed models: documents' titles (boost 10) take A, page titles (2) B,
# summaries and intros (1) C, bodies and tags D.
WEIGHTS = "{0.2,0.4,1.0,1.0}"


def _text_search_config():
    """The backend's SEARCH_CONFIG, so queries are parsed as the entries were indexed."""
    config = get_search_backend().config
    return ("%s::regconfig, ", [config]) if config else ("", [])


# A search matching more pages than this ranks the most recently created of them (the rest
# follow, newest first): ranking reads every ranked entry's vector, so ranking them all would
# cost in proportion to the archive for a word nearly every item holds.
RANKED_AT_MOST = 1000


def ranked_page_ids(published, content_type_ids, words, offset, limit, newest=False):
    """([(page id, content type id)] of one page of results, total): best or newest first.

    `published` is a queryset of the pages a reader may see; `words` are plain words (the
    query object has stripped all syntax), read with websearch_to_tsquery, which never raises.
    The matches come from `search_hits()` (migrations/0002: the GIN index, no vector read),
    are restricted to published pages and counted; only then are up to RANKED_AT_MOST of them
    ranked with ts_rank (or, newest first, sorted by date) and cut to the page shown.
    """
    entries = get_app_config().get_model("IndexEntry")._meta.db_table
    published_sql, published_params = published.order_by().values("pk").query.sql_with_params()
    config_sql, config_params = _text_search_config()
    tsquery = f"websearch_to_tsquery({config_sql}%s)"
    query_params = [*config_params, words]
    shown = (
        "WITH shown AS MATERIALIZED ("  # noqa: S608
        f"SELECT h.entry_id, h.page_id, h.content_type_id FROM search_hits({tsquery}, %s) h "
        f"WHERE h.page_id IN ({published_sql}))"
    )
    shown_params = [*query_params, list(content_type_ids), *published_params]
    total = "(SELECT count(*) FROM shown)"
    if newest:
        pages, items = Page._meta.db_table, PressItemPage._meta.db_table
        sql = (
            f"{shown} SELECT s.page_id, s.content_type_id, {total} FROM shown s "  # noqa: S608
            f"JOIN {pages} p ON p.id = s.page_id "
            f"LEFT JOIN {items} i ON i.page_ptr_id = s.page_id "
            "ORDER BY COALESCE(i.date, CAST(p.first_published_at AS date)) DESC, s.page_id DESC "
            "LIMIT %s OFFSET %s"
        )
        params = [*shown_params, limit, offset]
    else:
        sql = (
            # Each candidate's vector by its key (a scalar subquery: an index lookup apiece,
            # where a join would read the whole table for a thousand rows).
            f"{shown}, ranked AS ("  # noqa: S608
            f"SELECT c.entry_id, (SELECT ts_rank(%s::float4[], e.search_vector, q) "
            f"FROM {entries} e WHERE e.id = c.entry_id) AS rank "
            f"FROM (SELECT entry_id FROM shown ORDER BY page_id DESC LIMIT %s) c, {tsquery} q) "
            f"SELECT s.page_id, s.content_type_id, {total} FROM shown s "
            "LEFT JOIN ranked r ON r.entry_id = s.entry_id "
            "ORDER BY r.rank DESC NULLS LAST, s.page_id DESC LIMIT %s OFFSET %s"
        )
        params = [*shown_params, WEIGHTS, RANKED_AT_MOST, *query_params, limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return [(row[0], row[1]) for row in rows], (rows[0][2] if rows else 0)


class ResultWindow:
    """One page of result ids standing in, for the paginator, for all `total` of them."""

    def __init__(self, ids, total, offset):
        self.ids, self.total, self.offset = ids, total, offset

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        return self.ids[index.start - self.offset : index.stop - self.offset]
