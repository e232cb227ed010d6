"""Parsing the archive's query string: `tag`, `type`, `year`, `q` and `page`.

`ArchiveFilter.from_querydict()` never raises (it reads through `home.query_filters`). Values
it cannot use are dropped and recorded in `ignored`, so the page can tell the reader what
happened ("No items of type 'x'") instead of failing or silently showing something else. The
same object filters the archive page, the feed and the hubs' latest news, so all three agree.
"""

import re
from dataclasses import dataclass, field, replace

from django.db.models import Exists, OuterRef

from home.query_filters import Ignored, QueryReader, QueryStringMixin, active, clean_text

from .choices import ItemType

__all__ = ["ArchiveFilter", "clean_text"]

SLUG_RE = re.compile(r"^[-a-z0-9_]{1,100}$")


@dataclass(frozen=True)
class ArchiveFilter(QueryStringMixin):
    tag: str = ""
    tag_name: str = ""
    item_type: str = ""
    year: int | None = None
    q: str = ""
    page: int = 1
    ignored: tuple = field(default_factory=tuple)

    @classmethod
    def from_querydict(cls, querydict):
        """Build a filter from request.GET (or any mapping); never raises."""
        read = QueryReader(querydict)
        return cls(
            tag=read.slug("tag", SLUG_RE, "There is no tag “{value}”; showing all tags."),
            item_type=read.choice(
                "type", ItemType.values, "No items of type “{value}”; showing all types."
            ),
            year=read.year(),
            q=read.words(),
            page=read.page(),
            ignored=tuple(read.ignored),
        )

    def with_known_tags(self, names_by_slug):
        """Resolve the tag slug to its name; an unknown slug is ignored with a message."""
        if not self.tag:
            return self
        if self.tag in names_by_slug:
            return replace(self, tag_name=names_by_slug[self.tag])
        message = f"No items are tagged “{self.tag}”; showing all tags."
        return replace(self, tag="", ignored=(*self.ignored, Ignored("tag", self.tag, message)))

    def without_tag(self):
        return replace(self, tag="", tag_name="")

    # --- applying ---------------------------------------------------------------------------

    @property
    def is_filtered(self):
        return bool(self.tag or self.item_type or self.year or self.q)

    @property
    def is_tag_archive(self):
        """A known tag and nothing else: a topic page worth indexing under its own address."""
        return bool(self.tag and self.tag_name) and not (self.item_type or self.year or self.q)

    def apply(self, queryset, *, tag_by_date=False):
        """Narrow a PressItemPage queryset; one WHERE clause per active filter, no extra queries.

        `tag_by_date` writes the tag as a per-item EXISTS, so the database can walk the items
        newest first and stop at the page's last one (see newsroom/counts.py for when).
        """
        if self.tag and tag_by_date:
            links = queryset.model._meta.get_field("tagged_items").related_model
            queryset = queryset.filter(
                Exists(links.objects.filter(content_object=OuterRef("pk"), tag__slug=self.tag))
            )
        elif self.tag:
            queryset = queryset.filter(tagged_items__tag__slug=self.tag)
        if self.item_type:
            queryset = queryset.filter(item_type=self.item_type)
        if self.year:
            queryset = queryset.filter(date__year=self.year)
        for word in self.q.split():
            queryset = queryset.filter_words(word)
        return queryset

    def cache_key(self):
        """One surrogate key that every item this filter can list carries: the tag, else the
        type, else the year; `news` (every item) when unfiltered or searching.
        """
        if self.q:
            return "news"
        if self.tag:
            return f"news-tag-{self.tag}"
        if self.item_type:
            return f"news-type-{self.item_type}"
        if self.year:
            return f"news-year-{self.year}"
        return "news"

    # --- describing -------------------------------------------------------------------------

    @property
    def type_label(self):
        return ItemType(self.item_type).label if self.item_type else ""

    def title(self, base="News"):
        """'News tagged Immigration Reform', 'Statements from 2017', … for the h1 and <title>."""
        if self.item_type:
            label = ItemType(self.item_type).plural
        else:
            label = base
        parts = [label]
        if self.tag:
            parts.append(f"tagged {self.tag_name or self.tag}")
        if self.year:
            parts.append(f"from {self.year}")
        if self.q:
            parts.append(f"matching “{self.q}”")
        return " ".join(parts)

    def params(self, **overrides):
        """The canonical query parameters (only valid, active ones), in a stable order."""
        values = {
            "tag": self.tag,
            "type": self.item_type,
            "year": self.year or "",
            "q": self.q,
        }
        values.update(overrides)
        return active(values)
