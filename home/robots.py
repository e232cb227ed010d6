"""robots.txt: where the sitemap is, and what crawlers should leave alone.

Filter combinations of the archive and search results are endless variations of the same
items; a single tag archive (/news/?tag=…) stays open, being a real topic page.
"""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

RULES = [
    "User-agent: *",
    "Disallow: /admin/",
    "Disallow: /search/",
    "Disallow: /news/*?*&",
    "Disallow: /news/*?type=",
    "Disallow: /news/*?year=",
    "Disallow: /news/*?q=",
    "Disallow: /news/*?page=",
    "Disallow: /news/feed/?",
]


@require_GET
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    body = "\n".join([*RULES, "", f"Sitemap: {sitemap}", ""])
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
