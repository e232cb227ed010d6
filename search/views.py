from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page


def search(request):
    """First version: the newsroom issue adds type filters, promotions and the shared paginator."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    try:
        page_number = int(request.GET.get("page", 1))
    except ValueError:
        page_number = 1
    page = Paginator(results, 10).get_page(page_number)
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "search_results": page}
    )
