"""Parsing the resolutions database's query string, after the news archive's ArchiveFilter.

`ResolutionFilter.from_querydict()` never raises (it reads through `home.query_filters`).
Values it cannot use are dropped and recorded in `ignored` with a sentence for the reader. Slugs
(committee, meeting, sponsor, tag) are checked for shape here and resolved to names by
`with_known()`, one small query per active slug. The same object filters the page, its feed and
its CSV download, so all three always agree.
"""

import re
from dataclasses import dataclass, field, replace

from home.query_filters import Ignored, QueryReader, QueryStringMixin, active

from .choices import STATUS_FILTERS

SLUG_RE = re.compile(r"^[-a-z0-9_]{1,120}$")

# query parameter -> attribute
SLUG_PARAMS = {"committee": "committee", "meeting": "meeting", "sponsor": "sponsor", "tag": "tag"}


@dataclass(frozen=True)
class ResolutionFilter(QueryStringMixin):
    committee: str = ""
    meeting: str = ""
    sponsor: str = ""
    tag: str = ""
    year: int | None = None
    status: str = ""
    q: str = ""
    page: int = 1
    names: dict = field(default_factory=dict, compare=False, hash=False)
    ignored: tuple = field(default_factory=tuple)

    @classmethod
    def from_querydict(cls, querydict):
        """Build a filter from request.GET (or any mapping); never raises."""
        read = QueryReader(querydict)
        slugs = {
            param: read.slug(param, SLUG_RE, f"There is no {param} “{{value}}”; ignored.")
            for param in SLUG_PARAMS
        }
        return cls(
            **slugs,
            status=read.choice("status", STATUS_FILTERS, "There is no status “{value}”; ignored."),
            year=read.year(),
            q=read.words(),
            page=read.page(),
            ignored=tuple(read.ignored),
        )

    def with_known(self, lookups):
        """Resolve each active slug with `lookups[param](slug) -> name or None`.

        An unknown slug is dropped with a message, so a stale link shows every resolution
        with an explanation instead of an empty page.
        """
        names, ignored, cleared = {}, list(self.ignored), {}
        for param, attribute in SLUG_PARAMS.items():
            slug = getattr(self, attribute)
            if not slug:
                continue
            name = lookups[param](slug)
            if name:
                names[param] = name
            else:
                cleared[attribute] = ""
                ignored.append(Ignored(param, slug, f"There is no {param} “{slug}”; ignored."))
        return replace(self, names=names, ignored=tuple(ignored), **cleared)

    # --- applying ---------------------------------------------------------------------------

    @property
    def is_filtered(self):
        return any(self.params().values())

    def apply(self, queryset):
        """Narrow a Resolution queryset: one WHERE clause per active filter, no extra queries."""
        if self.committee:
            queryset = queryset.filter(committee__slug=self.committee)
        if self.meeting:
            queryset = queryset.filter(meeting__slug=self.meeting)
        if self.sponsor:
            sponsors = queryset.model._meta.get_field("sponsors").related_model
            sponsored = sponsors.objects.filter(person__slug=self.sponsor)
            queryset = queryset.filter(pk__in=sponsored.values("resolution_id"))
        if self.tag:
            queryset = queryset.filter(tagged_items__tag__slug=self.tag)
        if self.year:
            queryset = queryset.filter(meeting__start_date__year=self.year)
        if self.status:
            queryset = queryset.filter(status__in=STATUS_FILTERS[self.status][2])
        for word in self.q.split():
            queryset = queryset.filter_word(word)
        return queryset

    # --- describing -------------------------------------------------------------------------

    def title(self, base="Resolutions"):
        """'Adopted resolutions of the Criminal & Social Justice Committee from 2019 …'."""
        parts = [STATUS_FILTERS[self.status][1] if self.status else base]
        if self.committee:
            parts.append(f"of the {self.names.get('committee', self.committee)}")
        if self.meeting:
            parts.append(f"at the {self.names.get('meeting', self.meeting)}")
        if self.year:
            parts.append(f"from {self.year}")
        if self.sponsor:
            parts.append(f"sponsored by {self.names.get('sponsor', self.sponsor)}")
        if self.tag:
            parts.append(f"tagged {self.names.get('tag', self.tag)}")
        if self.q:
            parts.append(f"matching “{self.q}”")
        return " ".join(parts)

    def params(self, **overrides):
        """The canonical query parameters (only valid, active ones), in a stable order."""
        values = {
            "committee": self.committee,
            "meeting": self.meeting,
            "year": self.year or "",
            "status": self.status,
            "sponsor": self.sponsor,
            "tag": self.tag,
            "q": self.q,
        }
        values.update(overrides)
        return active(values)
