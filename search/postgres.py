"""Site search on PostgreSQL: one query over the stored, GIN-indexed tsvector of the index.

Wagtail's own query joins every page to its index entry through a text cast and filters on
`title || body`, which no index covers (and the planner misjudges the join: 1.3 s for a word
every item holds). Here the entries are matched first through `search_vector` (a generated
column, see migrations/0001) and ranked with ts_rank in the same pass; only then are they
restricted to published pages of the chosen types, sorted, counted and cut to one page.
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


def ranked_page_ids(published, content_type_ids, words, offset, limit, newest=False):
    """([(page id, content type id)] of one page of results, total): best or newest first.

    `published` is a queryset of the pages a reader may see; `words` are plain words (the
    query object has stripped all syntax), read with websearch_to_tsquery, which never raises.
    """
    entries = get_app_config().get_model("IndexEntry")._meta.db_table
    published_sql, published_params = published.order_by().values("pk").query.sql_with_params()
    config_sql, config_params = _text_search_config()
    # Twice: as a FROM item, parsed once for ts_rank; inline in WHERE, where the planner
    # estimates the matches from the column's statistics (it cannot through the FROM item).
    tsquery = f"websearch_to_tsquery({config_sql}%s)"
    query_params = [*config_params, words]
    types = ", ".join(["%s"] * len(content_type_ids))
    rank = ", ts_rank(%s::float4[], e.search_vector, q) AS rank" if not newest else ""
    rank_params = [WEIGHTS] if not newest else []
    if newest:
        pages, items = Page._meta.db_table, PressItemPage._meta.db_table
        joins = (
            f"JOIN {pages} p ON p.id = h.page_id LEFT JOIN {items} i ON i.page_ptr_id = h.page_id"
        )
        order = "COALESCE(i.date, CAST(p.first_published_at AS date)) DESC"
    else:
        joins, order = "", "h.rank DESC"
    sql = (
        "WITH hits AS MATERIALIZED ("  # noqa: S608
        f"SELECT e.object_id::integer AS page_id, e.content_type_id{rank} "
        f"FROM {entries} e, {tsquery} q WHERE e.search_vector @@ {tsquery} "
        f"AND e.content_type_id IN ({types})) "
        f"SELECT h.page_id, h.content_type_id, count(*) OVER () FROM hits h {joins} "
        f"WHERE h.page_id IN ({published_sql}) "
        f"ORDER BY {order}, h.page_id DESC LIMIT %s OFFSET %s"
    )
    params = [
        *rank_params,
        *query_params,
        *query_params,
        *content_type_ids,
        *published_params,
        limit,
        offset,
    ]
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
