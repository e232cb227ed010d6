"""Site search: a query object that never raises, over the site's public page types.

Wagtail's database backend keeps the index; the matching runs on it directly: one FTS5 query
on SQLite, one query over a stored, GIN-indexed tsvector on PostgreSQL (search/postgres.py).
The query is reduced to plain words first, so punctuation or FTS operators typed by a reader
can never reach the engine as syntax.
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
from taskforce.letters.models import SignOnLetterPage
from taskforce.models import IssuePage, TaskForcePage

from .directory import directory_results
from .kinds import kind_label, snippet
from .postgres import ResultWindow, ranked_page_ids
from .sorting import SORT_KEYS, newest_first

PAGE_SIZE = 10
MAX_WORDS = 10
WORD_RE = re.compile(r"\w+")

# (query-string value, label, page model): the content-type filter offered to readers.
CONTENT_TYPES = [
    ("news", "News", PressItemPage),
    ("issues", "Issues", IssuePage),
    ("task-forces", "Task forces and committees", TaskForcePage),
    ("letters", "Sign-on letters", SignOnLetterPage),
    ("meetings", "Meetings", MeetingPage),
    ("pages", "Other pages", StandardPage),
]
MODELS_BY_KEY = {key: model for key, _label, model in CONTENT_TYPES}
PEOPLE_KEY = "people"  # people and cities only: they are not pages


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
    sort: str = "relevance"

    @classmethod
    def from_querydict(cls, querydict):
        raw_q = querydict.get("q", "")
        words = WORD_RE.findall(clean_text(raw_q if isinstance(raw_q, str) else "", 200))
        content_type = clean_text(querydict.get("type", "") or "", 40).lower()
        ignored = ""
        if content_type and content_type not in MODELS_BY_KEY and content_type != PEOPLE_KEY:
            ignored, content_type = content_type, ""
        sort = clean_text(querydict.get("sort", "") or "", 20).lower()
        return cls(
            q=" ".join(words[:MAX_WORDS]),
            content_type=content_type,
            page=parse_page_number(querydict.get("page")),
            ignored_type=ignored,
            sort=sort if sort in SORT_KEYS else "relevance",
        )

    @property
    def sorted_newest(self):
        return self.sort == "newest"

    def params(self):
        sort = self.sort if self.sort != "relevance" else ""
        params = {"q": self.q, "type": self.content_type, "sort": sort}
        return {k: v for k, v in params.items() if v}

    def directory(self):
        """People and cities matching the query, shown above the pages on the first page."""
        if not self.q or self.page > 1 or self.content_type not in ("", PEOPLE_KEY):
            return []
        return directory_results(self.q)

    def base_queryset(self):
        return Page.objects.live().public().type(*self.models()).defer_streamfields().specific()

    def models(self):
        if self.content_type in MODELS_BY_KEY:
            return [MODELS_BY_KEY[self.content_type]]
        return [model for _key, _label, model in CONTENT_TYPES]

    def results(self):
        """A page of results (never raises); empty when there is nothing to search for.

        Each result carries `search_kind`, the label of its real type ("Statement", "Issue",
        "Sign-on letter"), and `search_snippet`.
        """
        if not self.q or self.content_type == PEOPLE_KEY:
            return paginate([], 1, PAGE_SIZE)
        if connection.vendor == "postgresql":
            page = self._postgres_results()
        elif self.sorted_newest:
            page = self._newest_results()
        elif connection.vendor == "sqlite" and sqlite_fts5():
            page = self._sqlite_results()
        else:
            page = paginate(
                self.base_queryset().search(self.q, operator="and"), self.page, PAGE_SIZE
            )
            page.object_list = list(page.object_list)
        for result in page.object_list:
            result.search_kind = kind_label(result)
            result.search_snippet = snippet(result)
        return page

    def matching_ids(self):
        """Every matching page id, in the engine's order."""
        if connection.vendor == "sqlite" and sqlite_fts5():
            return [pk for pk, _type in self._ranked_ids()]
        found = Page.objects.live().public().type(*self.models()).defer_streamfields()
        return [p.pk for p in found.search(self.q, operator="and", order_by_relevance=False)]

    def _postgres_results(self):
        """One indexed query for the page shown and the total (a second only past the end)."""
        content_type_ids = [ct.pk for ct in self.content_types()]
        newest = self.sorted_newest

        def fetch(number):
            offset = (number - 1) * PAGE_SIZE
            found = ranked_page_ids(
                self.base_queryset(), content_type_ids, self.q, offset, PAGE_SIZE, newest
            )
            return (*found, offset)

        ids, total, offset = fetch(self.page)
        if not ids and self.page > 1:  # past the last page: count, then show the last one
            ids, total, offset = fetch(1)
            last = -(-total // PAGE_SIZE)
            if last > 1:
                ids, total, offset = fetch(last)
        page = paginate(ResultWindow(ids, total, offset), offset // PAGE_SIZE + 1, PAGE_SIZE)
        page.object_list = self._load_typed(page.object_list)
        return page

    def content_types(self):
        return ContentType.objects.get_for_models(*self.models()).values()

    def _newest_results(self):
        page = paginate(newest_first(self.matching_ids()), self.page, PAGE_SIZE)
        page.object_list = self._load(page.object_list)
        return page

    def _load(self, ids):
        by_pk = Page.objects.filter(pk__in=ids).defer_streamfields().specific()
        by_pk = {p.pk: p for p in by_pk}
        return [by_pk[pk] for pk in ids if pk in by_pk]

    def _load_typed(self, hits):
        """(page id, content type id) pairs to specific pages: one query per type shown."""
        by_type = {}
        for pk, content_type_id in hits:
            by_type.setdefault(content_type_id, []).append(pk)
        by_pk = {}
        for content_type_id, pks in by_type.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            by_pk.update((p.pk, p) for p in model.objects.filter(pk__in=pks).defer_streamfields())
        return [by_pk[pk] for pk, _type in hits if pk in by_pk]

    def fts_expression(self):
        """FTS5 MATCH text: every word must appear in title or body; words of three letters or
        more also match as prefixes ('mayor' finds 'mayors'), standing in for stemming.
        Words are plain \\w+ runs, so nothing a reader types is read as FTS syntax.
        """
        terms = [f'"{w}"*' if len(w) >= 3 else f'"{w}"' for w in self.q.split()]
        return "{title body} : (" + " AND ".join(terms) + ")"

    def _sqlite_results(self):
        page = paginate(self._ranked_ids(), self.page, PAGE_SIZE)
        page.object_list = self._load_typed(page.object_list)
        return page

    def _ranked_ids(self):
        """Relevance-ranked results in one pass over the FTS index.

        The database backend ranks by evaluating a correlated MATCH per candidate page, which
        takes about a second at 10,000 press items on SQLite. Here bm25 is computed once per
        matching index entry (with the backend's title weighting), restricted to published
        pages of the chosen types; then only the ten pages shown are loaded. Pages whose title
        holds the whole phrase come first: readers who type a title ('open letter') expect
        that page first, even when the words appear more often in the body of another.
        """
        published = self.base_queryset().values("pk")
        published_sql, published_params = published.query.sql_with_params()
        ct_ids = [ct.pk for ct in self.content_types()]
        from modelsearch.backends.database.sqlite.sqlite import IndexEntry

        entries = IndexEntry._meta.db_table
        fts = f"{entries}_fts"
        sql = (
            f"SELECT e.object_id, e.content_type_id "  # noqa: S608
            f"FROM {fts} JOIN {entries} e ON {fts}.rowid = e.id "
            f"WHERE {fts} MATCH %s AND e.content_type_id IN ({', '.join(['%s'] * len(ct_ids))}) "
            f"AND e.object_id IN ({published_sql}) "
            f"ORDER BY e.title LIKE %s DESC, "
            f"bm25({fts}) * e.title_norm + bm25({fts}) ASC, e.id DESC"
        )
        with connection.cursor() as cursor:
            phrase = f"%{self.q}%"  # plain words ('_' may match any letter: ordering only)
            cursor.execute(sql, [self.fts_expression(), *ct_ids, *published_params, phrase])
            return [(int(row[0]), row[1]) for row in cursor.fetchall()]

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
