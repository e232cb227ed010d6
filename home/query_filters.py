"""Reading a listing's filters from its query string without ever raising.

The news archive (`newsroom.filters.ArchiveFilter`) and the resolutions database
(`policy.filters.ResolutionFilter`) read their query strings through a `QueryReader`: a value
it cannot use is dropped and recorded as an `Ignored`, with a sentence for the reader, so the
page can say what happened instead of failing or silently showing something else.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from .pagination import parse_page_number

MAX_QUERY_LENGTH = 100
MAX_QUERY_WORDS = 8
MIN_YEAR, MAX_YEAR = 1900, 2100
WORD_RE = re.compile(r"\w+")
YEAR_RE = re.compile(r"^[0-9]{4}$")
NOT_A_YEAR = "“{value}” is not a year; showing all years."


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


class QueryReader:
    """Reads the values of one query string (request.GET or any mapping) and keeps a list of
    what it had to ignore. Messages are templates with `{value}` for the rejected value.
    """

    def __init__(self, querydict):
        self.querydict = querydict
        self.ignored = []

    def raw(self, name):
        value = self.querydict.get(name, "")
        return value if isinstance(value, str) else ""

    def text(self, name):
        return clean_text(self.raw(name))

    def ignore(self, name, value, message):
        self.ignored.append(Ignored(name, value, message.format(value=value)))

    def slug(self, name, pattern, message):
        """A lower-case value that matches `pattern`, else ''."""
        value = self.text(name).lower()
        if value and not pattern.match(value):
            self.ignore(name, value, message)
            return ""
        return value

    def choice(self, name, choices, message):
        """A lower-case value that is one of `choices`, else ''."""
        value = self.text(name).lower()
        if value and value not in choices:
            self.ignore(name, value, message)
            return ""
        return value

    def year(self, name="year", message=NOT_A_YEAR):
        value = self.text(name)
        if not value:
            return None
        # ASCII digits only: str.isdigit() accepts '¹', which int() refuses.
        if YEAR_RE.match(value) and MIN_YEAR <= int(value) <= MAX_YEAR:
            return int(value)
        self.ignore(name, value, message)
        return None

    def words(self, name="q"):
        """At most MAX_QUERY_WORDS words, punctuation dropped."""
        return " ".join(WORD_RE.findall(self.text(name))[:MAX_QUERY_WORDS])

    def page(self, name="page"):
        return parse_page_number(self.raw(name))


class QueryStringMixin:
    """Links that keep a filter's active values; the class gives `params(**overrides)`."""

    def querystring(self, **overrides):
        """'?tag=x&type=y' (or '') for links that keep the current filters."""
        params = self.params(**overrides)
        return f"?{urlencode(params)}" if params else ""


def active(values):
    """The parameters that are set, in the order given."""
    return {k: v for k, v in values.items() if v not in ("", None)}
