"""A paginator helper that never raises: junk or out-of-range page numbers land on a real page.

Used by the news archive and site search; the links it builds keep the caller's other query
parameters, so paging never drops a filter.
"""

from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet


def parse_page_number(value):
    """Any value to a positive int; 'abc', '-1', '1e9', None all become something usable."""
    try:
        return max(1, int(str(value).strip()[:9]))
    except (TypeError, ValueError):
        return 1


class LinkedPage(Page):
    """A page of results that can list its own navigation links."""

    def links(self, params=None, *, on_each_side=2, on_ends=1):
        """Entries for components/pagination.html.

        Each entry is a dict with `number`, `url` and `current`, or `{"gap": True}` where pages
        are elided. `params` are the query parameters to keep (without `page`).
        """
        params = {k: v for k, v in (params or {}).items() if k != "page"}

        def url(number):
            query = {**params, "page": number} if number > 1 else params
            return f"?{urlencode(query)}" if query else "?"

        entries = []
        for number in self.paginator.get_elided_page_range(
            self.number, on_each_side=on_each_side, on_ends=on_ends
        ):
            if number == self.paginator.ELLIPSIS:
                entries.append({"gap": True})
            else:
                entries.append(
                    {"number": number, "url": url(number), "current": number == self.number}
                )
        return {
            "pages": entries if self.paginator.num_pages > 1 else [],
            "previous": url(self.previous_page_number()) if self.has_previous() else None,
            "next": url(self.next_page_number()) if self.has_next() else None,
        }


class SafePaginator(Paginator):
    """Pages of a queryset are fetched with a "deferred join": the OFFSET runs over primary
    keys only (an index scan), then just the rows shown are read in full. Deep pages of a
    10,000-item archive stay as fast as the first. A caller that knows the total (a cached
    count) passes it as `count`, and no COUNT(*) is run.

    `rows` is the queryset the shown rows are read from (its order and deferred fields), by
    default the filtered list itself. A caller passes its unfiltered listing so the filters
    are not run twice: SQLite, which keeps no statistics, would otherwise plan the outer query
    by the filter's index and walk every match instead of looking up the page's keys.
    """

    def __init__(self, object_list, per_page, *, count=None, rows=None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        if count is not None:
            self.count = count  # takes the place of the cached_property before it runs
        self.rows = rows

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        if isinstance(self.object_list, QuerySet):
            keys = self.object_list.values("pk")[bottom:top]
            objects = (self.object_list if self.rows is None else self.rows).filter(pk__in=keys)
        else:
            objects = self.object_list[bottom:top]
        return self._get_page(objects, number, self)

    def _get_page(self, *args, **kwargs):
        return LinkedPage(*args, **kwargs)


def paginate(object_list, page_number, per_page, *, count=None, rows=None):
    """The requested page, clamped to 1…last; an empty list gives an empty first page."""
    paginator = SafePaginator(object_list, per_page, count=count, rows=rows)
    return paginator.page(min(parse_page_number(page_number), paginator.num_pages))
