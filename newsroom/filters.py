"""Parsing the archive's query string: `tag`, `type`, `year`, `q` and `page`.

`ArchiveFilter.from_querydict()` never raises. Values it cannot use are dropped and recorded in
`ignored`, so the page can tell the reader what happened ("No items of type 'x'") instead of
failing or silently showing something else. The same object filters the archive page, the
feed and the hubs' latest news, so all three always agree.
"""

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from home.pagination import parse_page_number

from .choices import ItemType

MAX_QUERY_LENGTH = 100
MAX_QUERY_WORDS = 8
MIN_YEAR, MAX_YEAR = 1900, 2100
SLUG_RE = re.compile(r"^[-a-z0-9_]{1,100}$")
WORD_RE = re.compile(r"\w+")
YEAR_RE = re.compile(r"^[0-9]{4}$")


@dataclass(frozen=True)
class Ignored:
    """A query-string value the filter could not use, with a sentence for the reader."""

    param: str
    value: str
    message: str


def clean_text(value, limit=MAX_QUERY_LENGTH):
    """Drop control characters (e.g. NUL, which PostgreSQL refuses) and squash whitespace."""
    value = "".join(ch for ch in value[: limit * 4] if ch.isprintable() or ch == " ")
    return " ".join(value.split())[:limit]


@dataclass(frozen=True)
class ArchiveFilter:
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
        ignored = []

        def get(name):
            value = querydict.get(name, "")
            return value if isinstance(value, str) else ""

        tag = clean_text(get("tag")).lower()
        if tag and not SLUG_RE.match(tag):
            ignored.append(Ignored("tag", tag, f"There is no tag “{tag}”; showing all tags."))
            tag = ""

        item_type = clean_text(get("type")).lower()
        if item_type and item_type not in ItemType.values:
            ignored.append(
                Ignored("type", item_type, f"No items of type “{item_type}”; showing all types.")
            )
            item_type = ""

        year = None
        raw_year = clean_text(get("year"))
        if raw_year:
            # ASCII digits only: str.isdigit() accepts '¹', which int() refuses.
            if YEAR_RE.match(raw_year) and MIN_YEAR <= int(raw_year) <= MAX_YEAR:
                year = int(raw_year)
            else:
                ignored.append(
                    Ignored("year", raw_year, f"“{raw_year}” is not a year; showing all years.")
                )

        q = " ".join(WORD_RE.findall(clean_text(get("q")))[:MAX_QUERY_WORDS])

        return cls(
            tag=tag,
            item_type=item_type,
            year=year,
            q=q,
            page=parse_page_number(get("page")),
            ignored=tuple(ignored),
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

    def apply(self, queryset):
        """Narrow a PressItemPage queryset; one WHERE clause per active filter, no extra queries."""
        if self.tag:
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
        return {k: v for k, v in values.items() if v not in ("", None)}

    def querystring(self, **overrides):
        """'?tag=x&type=y' (or '') for links that keep the current filters."""
        params = self.params(**overrides)
        return f"?{urlencode(params)}" if params else ""
