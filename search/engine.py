"""Site search: a query object that never raises, over the site's public page types.

Wagtail's database backend does the matching (SQLite FTS5 here, PostgreSQL full text in
production). The query is reduced to plain words first, so punctuation or FTS operators typed by
a reader can never reach the engine as syntax.
"""

import functools
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Q
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from home.models import StandardPage
from home.pagination import paginate, parse_page_number
from newsroom.filters import clean_text
from newsroom.models import PressItemPage
from policy.models import MeetingPage
from taskforce.models import IssuePage, TaskForcePage

PAGE_SIZE = 10
MAX_WORDS = 10
WORD_RE = re.compile(r"\w+")

# (query-string value, label, page model): the content-type filter offered to readers.
CONTENT_TYPES = [
    ("news", "News", PressItemPage),
    ("issues", "Issues", IssuePage),
    ("task-forces", "Task forces and committees", TaskForcePage),
    ("meetings", "Meetings", MeetingPage),
    ("pages", "Other pages", StandardPage),
]
MODELS_BY_KEY = {key: model for key, _label, model in CONTENT_TYPES}
KIND_LABELS = {
    PressItemPage: "News",
    IssuePage: "Issue",
    TaskForcePage: "Task force or committee",
    MeetingPage: "Meeting",
    StandardPage: "Page",
}


@functools.cache
def sqlite_fts5():
    # Imported here: the SQLite backend module only loads when SQLite is the database.
    from modelsearch.backends.database.sqlite.utils import fts5_available

    return fts5_available()


@dataclass(frozen=True)
class SiteSearch:
    q: str = ""
    content_type: str = ""
    page: int = 1
    ignored_type: str = ""

    @classmethod
    def from_querydict(cls, querydict):
        raw_q = querydict.get("q", "")
        words = WORD_RE.findall(clean_text(raw_q if isinstance(raw_q, str) else "", 200))
        content_type = clean_text(querydict.get("type", "") or "", 40).lower()
        ignored = ""
        if content_type and content_type not in MODELS_BY_KEY:
            ignored, content_type = content_type, ""
        return cls(
            q=" ".join(words[:MAX_WORDS]),
            content_type=content_type,
            page=parse_page_number(querydict.get("page")),
            ignored_type=ignored,
        )

    def params(self):
        return {k: v for k, v in {"q": self.q, "type": self.content_type}.items() if v}

    def base_queryset(self):
        return Page.objects.live().public().type(*self.models()).defer_streamfields().specific()

    def models(self):
        if self.content_type:
            return [MODELS_BY_KEY[self.content_type]]
        return [model for _key, _label, model in CONTENT_TYPES]

    def results(self):
        """A page of results (never raises); empty when there is nothing to search for.

        Each result carries `search_kind`, the label readers see ("News", "Issue", …).
        """
        if not self.q:
            return paginate([], 1, PAGE_SIZE)
        if connection.vendor == "sqlite" and sqlite_fts5():
            page = self._sqlite_results()
        else:
            page = paginate(
                self.base_queryset().search(self.q, operator="and"), self.page, PAGE_SIZE
            )
            page.object_list = list(page.object_list)
        for result in page.object_list:
            result.search_kind = KIND_LABELS.get(type(result), "Page")
        return page

    def fts_expression(self):
        """FTS5 MATCH text: every word must appear in title or body; words of three letters or
        more also match as prefixes ('mayor' finds 'mayors'), standing in for stemming.
        Words are plain \\w+ runs, so nothing a reader types is read as FTS syntax.
        """
        terms = [f'"{w}"*' if len(w) >= 3 else f'"{w}"' for w in self.q.split()]
        return "{title body} : (" + " AND ".join(terms) + ")"

    def _sqlite_results(self):
        """Relevance-ranked results in one pass over the FTS index.

        The database backend ranks by evaluating a correlated MATCH per candidate page, which
        takes about a second at 10,000 press items on SQLite. Here bm25 is computed once per
        matching index entry (with the backend's title weighting), restricted to published
        pages of the chosen types; then only the ten pages shown are loaded.
        """
        published = self.base_queryset().values("pk")
        published_sql, published_params = published.query.sql_with_params()
        content_types = ContentType.objects.get_for_models(*self.models()).values()
        ct_ids = [ct.pk for ct in content_types]
        from modelsearch.backends.database.sqlite.sqlite import IndexEntry

        entries = IndexEntry._meta.db_table
        fts = f"{entries}_fts"
        sql = (
            f"SELECT e.object_id FROM {fts} JOIN {entries} e ON {fts}.rowid = e.id "  # noqa: S608
            f"WHERE {fts} MATCH %s AND e.content_type_id IN ({', '.join(['%s'] * len(ct_ids))}) "
            f"AND e.object_id IN ({published_sql}) "
            f"ORDER BY bm25({fts}) * e.title_norm + bm25({fts}) ASC, e.id DESC"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.fts_expression(), *ct_ids, *published_params])
            ranked = [int(row[0]) for row in cursor.fetchall()]
        page = paginate(ranked, self.page, PAGE_SIZE)
        by_pk = Page.objects.filter(pk__in=page.object_list).defer_streamfields().specific()
        by_pk = {p.pk: p for p in by_pk}
        page.object_list = [by_pk[pk] for pk in page.object_list if pk in by_pk]
        return page

    def promotions(self):
        """Editors' picks for this exact query (search_promotions); live pages only."""
        if not self.q or self.page > 1:
            return []
        return list(
            SearchPromotion.objects.filter(query__query_string=normalise_query_string(self.q))
            .filter(Q(page__isnull=True) | Q(page__in=Page.objects.live().public().values("pk")))
            .select_related("page")
            .order_by("sort_order")
        )
