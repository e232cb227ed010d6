"""The site's root page and its live, public children, read once per page-tree generation.

The main menu, the footer links and the breadcrumbs all need them; the shared tree cache keeps
them until the next page change, so the frame of a page costs no query on a warm cache.
"""

from wagtail.models import Page, Site

from home import tree_cache


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
        result = tree_cache.cached(
            f"top-pages:{site.pk}",
            lambda: (root, list(Page.objects.child_of(root).live().public())),
        )
    request._top_pages = result
    return result
