"""HTTP caching for what anonymous readers get, so a CDN or browser can keep public pages briefly.

Anything personal stays uncached: responses for logged-in users (they see the Wagtail user bar),
pages that rendered a CSRF token (forms), responses that set cookies, and whatever a view already
marked (the admin sends `never_cache` headers itself).
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

CACHEABLE_STATUS = {200, 301, 404, 410}


class PublicCacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control") or request.method not in ("GET", "HEAD"):
            return response
        user = getattr(request, "user", None)
        personal = (
            (user is not None and user.is_authenticated)
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or response.cookies
        )
        if personal:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        elif response.status_code in CACHEABLE_STATUS:
            patch_cache_control(
                response, public=True, max_age=getattr(settings, "PUBLIC_CACHE_MAX_AGE", 300)
            )
        return response
