"""Read the site's view restrictions once per page-tree generation, not once per `.public()`
call or page served.

Wagtail's `PageQuerySet.public()` loads every PageViewRestriction each time it is called (a hub
calls it six or seven times), and serving a page reads its ancestors and their restrictions
again. Restrictions change only with a page or restriction change, which starts a new tree
generation (home/tree_cache.py), so the list is kept in the shared cache until then, and within
a request in memory. Outside a request (commands, the shell) `.public()` reads the table, as
Wagtail does.
"""

from contextvars import ContextVar

from django.db.models import Q
from wagtail.query import PageQuerySet

from home import tree_cache

_pages = ContextVar("view_restricted_pages", default=None)


def _restrictions():
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.select_related("page"))


def _read():
    from wagtail.models import Page

    alias_paths = list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))
    return _restrictions(), alias_paths


def _state():
    memo = _pages.get()
    if memo is None:
        return _read()
    if "state" not in memo:
        memo["state"] = tree_cache.cached("view-restrictions", _read)
    return memo["state"]


def restricted_pages():
    restrictions = _restrictions() if _pages.get() is None else _state()[0]
    return [r.page for r in restrictions]


def private_q(queryset):
    q = Q()
    for page in restricted_pages():
        q |= queryset.descendant_of_q(page, inclusive=True)
    return q if q else Q(pk__in=[])  # no private section: match nothing


def restrictions_for(page):
    """The restrictions on `page` and its ancestors as a queryset (what Wagtail's
    `get_view_restrictions` returns), or None when an alias is on the way (Wagtail then resolves
    the alias's source). A page nobody restricted gets an empty queryset: no query at all."""
    from wagtail.models import PageViewRestriction

    restrictions, alias_paths = _state()
    if any(page.path.startswith(path) for path in alias_paths):
        return None
    ids = [r.pk for r in restrictions if page.path.startswith(r.page.path)]
    if not ids:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=ids)


def install():
    PageQuerySet.private_q = private_q


class ViewRestrictionsOncePerRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _pages.set({})
        try:
            return self.get_response(request)
        finally:
            _pages.reset(token)
