"""The site's root page and its live, public children, read once per request.

The main menu, the footer links and the breadcrumbs all need them; one cached read keeps the
frame of every page at the same two queries.
"""

from wagtail.models import Page, Site


def top_pages(request):
    """(root page, [its live public children in tree order]) for the request's site."""
    cached = getattr(request, "_top_pages", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    if site is None:
        result = (None, [])
    else:
        root = site.root_page
        result = (root, list(Page.objects.child_of(root).live().public()))
    request._top_pages = result
    return result
