"""Resolutions in site search: the best few matches, with a link to all of them in the database.

Resolutions are snippets, not pages, so they are matched with the database's own word filter
(title, full text, or the number) rather than the page index; the same words give the same
resolutions in both places.
"""

from urllib.parse import urlencode

from .database import find_resolution_index
from .filters import ResolutionFilter
from .resolutions import Resolution

SEARCH_LIMIT = 5


def resolution_matches(request, q, page=1):
    """{'resolutions': [...], 'count': n, 'url': database link} or None (first page only)."""
    index = find_resolution_index(request)
    if not q or page > 1 or index is None:
        return None
    queryset = ResolutionFilter(q=q).apply(Resolution.objects.published())
    count = queryset.count()
    if not count:
        return None
    return {
        "resolutions": list(queryset.for_listing()[:SEARCH_LIMIT]),
        "count": count,
        "url": index.get_url(request) + "?" + urlencode({"q": q}),
    }
