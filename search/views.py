from django.template.response import TemplateResponse

from home import surrogate_keys

from .engine import CONTENT_TYPES, SiteSearch


def search(request):
    """Site search at /search/?q=…&type=…&page=…; the work is in SiteSearch."""
    site_search = SiteSearch.from_querydict(request.GET)
    surrogate_keys.add(request, "search")
    results = site_search.results()
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search": site_search,
            "search_query": site_search.q,
            "search_results": results,
            "page_links": results.links(site_search.params()),
            "promotions": site_search.promotions(),
            "content_types": [(key, label) for key, label, _model in CONTENT_TYPES],
        },
    )
