"""One request through the news archive, built once and then only asked.

The query string is parsed once; the published items are looked up once (their `.public()`
check costs a query); the facets come from the facet cache; the tag in the query string is
named from the tag counts when they hold it, else by one small query. The archive page and its
feed each build one `NewsArchive` and read what they show from it.

The querysets come from the page (`NewsIndexPage.archive`), so this module needs no models.
"""

from django.db import models
from django.db.models import Count
from django.db.models.functions import Cast, Substr

from home.filter_fields import SelectFilter
from home.pagination import paginate

from . import counts, facets
from .choices import ItemType
from .filters import ArchiveFilter

TAG_LIST_SIZE = 40


class NewsArchive:
    def __init__(self, querydict, published, tagged_items, *, with_facets=True):
        """`published`: the published press items; `tagged_items`: their tag links (a
        PressItemTag queryset). A feed shows no facets, so it passes `with_facets=False`.
        """
        self.published = published
        self.tagged_items = tagged_items
        parsed = ArchiveFilter.from_querydict(querydict)
        self.tag_counts = []
        self.years = []
        if with_facets:
            self.tag_counts = facets.cached(
                "tags", parsed.without_tag().params(), lambda: self.count_tags(parsed)
            )
            self.years = facets.cached("years", {}, self.find_years)
        self.filter = parsed.with_known_tags(self.tag_names(parsed.tag))

    # --- built once -------------------------------------------------------------------------

    def count_tags(self, parsed):
        """Tags of the items that match the other active filters, with how many items carry
        each: one grouped query.
        """
        items = parsed.without_tag().apply(self.published)
        return list(
            self.tagged_items.filter(content_object_id__in=items.values("pk"))
            .values("tag__slug", "tag__name")
            .annotate(count=Count("id"))
            .order_by("-count", "tag__name")[:TAG_LIST_SIZE]
        )

    def find_years(self):
        """Years that have items, newest first; a native substring, not a per-row function."""
        years = (
            self.published.order_by()
            .annotate(year=Substr(Cast("date", output_field=models.CharField()), 1, 4))
            .values_list("year", flat=True)
            .distinct()
        )
        return sorted((int(y) for y in years), reverse=True)

    def tag_names(self, slug):
        """{slug: name} for the requested tag, if any published item carries it."""
        if not slug:
            return {}
        names = {t["tag__slug"]: t["tag__name"] for t in self.tag_counts}
        if slug in names:
            return names
        return dict(
            self.tagged_items.filter(
                tag__slug=slug, content_object_id__in=self.published.values("pk")
            ).values_list("tag__slug", "tag__name")[:1]
        )

    # --- asked by the page and the feed -----------------------------------------------------

    def items(self, rows=20):
        """The filtered items, newest first, bodies deferred (not yet fetched); `rows`: how
        many of the first the caller will read (it picks how a tag is looked up).
        """
        return counts.listing(self.filter, self.published, rows)

    def page(self, per_page):
        """The requested page of items; its total comes from the cached count, not COUNT(*)."""
        total = counts.matching(self.filter, self.published)
        rows = min(self.filter.page * per_page, max(total, per_page))
        listing = self.published.model.objects.for_listing()  # the page's rows, by key
        return paginate(self.items(rows), self.filter.page, per_page, count=total, rows=listing)

    def select_filters(self):
        """The type and year drop-downs of the filter form, with the reader's choices."""
        return [
            SelectFilter("type", "Type", "All types", ItemType.choices, self.filter.item_type),
            SelectFilter(
                "year", "Year", "All years", [(y, y) for y in self.years], self.filter.year
            ),
        ]

    def tag_links(self):
        """The tag list: each tag with its count and a link that keeps the other filters."""
        return [
            {
                "slug": t["tag__slug"],
                "name": t["tag__name"],
                "count": t["count"],
                "url": self.filter.querystring(tag=t["tag__slug"]),
                "current": t["tag__slug"] == self.filter.tag,
            }
            for t in self.tag_counts
        ]
