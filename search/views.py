from django.template.response import TemplateResponse

from home import surrogate_keys
from policy.search import resolution_matches
from taskforce.profile import find_people_index

from .engine import CONTENT_TYPES, PEOPLE_KEY, SiteSearch
from .kinds import kind_label, snippet
from .sorting import SORTS


def directory_entries(matches, request):
    """People and cities as the template shows them: label, title, link, snippet."""
    people_index = None
    entries = []
    for obj in matches:
        if hasattr(obj, "full_name"):
            people_index = people_index or find_people_index(request)
            if people_index is None:
                continue
            url = people_index.person_url(obj, request)
            title = obj.name_with_office
            text = obj.label if not obj.bio else f"{obj.label}. {snippet(obj)}"
        else:
            mayors = ", ".join(person.name_with_office for person in obj.people.all())
            url, title = obj.url, f"{obj.name}, {obj.state_name}"
            text = f"{obj.label}: {mayors}." if mayors else f"{obj.label}: letters it signed."
        entries.append({"kind": kind_label(obj), "title": title, "url": url, "snippet": text})
    return entries


def search(request):
    """Site search at /search/?q=…&type=…&sort=…&page=…; the work is in SiteSearch."""
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
            "directory": directory_entries(site_search.directory(), request),
            "page_links": results.links(site_search.params()),
            "promotions": site_search.promotions(),
            "resolutions": resolution_matches(request, site_search.q, site_search.page),
            "content_types": [(key, label) for key, label, _model in CONTENT_TYPES]
            + [(PEOPLE_KEY, "People and cities")],
            "sorts": SORTS,
        },
    )
