"""Read the site's view restrictions once per request, not once per `.public()` call.

Wagtail's `PageQuerySet.public()` loads every PageViewRestriction each time it is called; a hub
page calls it six or seven times (menu, featured pages, letters, latest news…). Within a request
the middleware keeps the first answer; outside one (commands, the shell) every call still reads
the table, exactly as Wagtail does.
"""

from contextvars import ContextVar

from django.db.models import Q
from wagtail.query import PageQuerySet

_pages = ContextVar("view_restricted_pages", default=None)


def restricted_pages():
    from wagtail.models import PageViewRestriction

    memo = _pages.get()
    if memo is not None and "pages" in memo:
        return memo["pages"]
    pages = [r.page for r in PageViewRestriction.objects.select_related("page")]
    if memo is not None:
        memo["pages"] = pages
    return pages


def private_q(queryset):
    q = Q()
    for page in restricted_pages():
        q |= queryset.descendant_of_q(page, inclusive=True)
    return q if q else Q(pk__in=[])  # no private section: match nothing


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
