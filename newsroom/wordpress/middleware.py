"""Old WordPress addresses that follow a pattern, answered with one 301 and no table scan.

Exact addresses (posts, files, categories, tags) are redirect rows that Wagtail's own
middleware finds by an indexed lookup. What is left are families of addresses: date archives
(`/2024/04/`), paging (`…/page/3/`) and feeds (`…/feed/`, `/feed/atom/`). This middleware only
looks at responses that are already 404 (plus `/?p=…`-style queries on the home page, which
would otherwise show the home page): a request for a real page never pays anything.
"""

import datetime
import re
import time
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

from .links import original_key

PAGE_RE = re.compile(r"^(?P<base>.*/)page/(?P<n>[0-9]{1,5})/?$")
FEED_RE = re.compile(r"^(?P<base>.*/)?feed/(?:rss2?/|atom/|rdf/)?$")
DATE_RE = re.compile(r"^/(?P<y>[0-9]{4})/(?:(?P<m>[0-9]{2})/(?:(?P<d>[0-9]{2})/)?)?$")
QUERY_KEYS = ("p", "page_id", "attachment_id", "cat", "tag", "author")
NEWS_PAGE_SIZE = 20


_news = {"url": None, "until": 0.0}
NEWS_URL_TTL = 60  # seconds; the archive's address almost never moves


def news_url():
    """The archive's address, looked up at most once a minute per process."""
    now = time.monotonic()
    if now >= _news["until"]:
        from newsroom.models import NewsIndexPage

        index = NewsIndexPage.objects.live().only("url_path", "path", "depth").first()
        _news["url"] = index.url if index is not None else None
        _news["until"] = now + NEWS_URL_TTL if index is not None else 0.0
    return _news["url"]


def _valid_date(y, m, d):
    try:
        datetime.date(int(y), int(m or 1), int(d or 1))
    except ValueError:
        return False
    return 1990 <= int(y) <= 2100


def _new_page(n):
    """WordPress page N (10 a page by default) → the archive page holding its first item."""
    per_page = getattr(settings, "WORDPRESS_POSTS_PER_PAGE", 10)
    return max(1, ((max(n, 1) - 1) * per_page) // NEWS_PAGE_SIZE + 1)


def _with_params(url, **params):
    params = {k: v for k, v in params.items() if v not in (None, "", 1)}
    if not params:
        return url
    return url + ("&" if "?" in url else "?") + urlencode(params)


class LegacyUrlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/" and request.GET:
            response = self.query_address(request)
            if response is not None:
                return response
        response = self.get_response(request)
        if response.status_code == 404:
            return self.patterned(request) or response
        return response

    def query_address(self, request):
        """WordPress's plain addresses: /?p=20, /?page_id=88, /?cat=3, /?feed=rss2, /?s=…"""
        get = request.GET
        for key in QUERY_KEYS:
            value = get.get(key, "")
            if value:
                path = Redirect.normalise_path(f"/?{urlencode({key: value[:100]})}")
                redirect = get_redirect(request, path)
                if redirect is not None and redirect.link:
                    return HttpResponsePermanentRedirect(redirect.link)
                if key in ("p", "page_id", "attachment_id"):
                    raise Http404("No such item")
        news = None
        if "feed" in get:
            news = news_url()
            return HttpResponsePermanentRedirect(news + "feed/") if news else None
        if get.get("s"):
            return HttpResponsePermanentRedirect("/search/?" + urlencode({"q": get["s"][:100]}))
        m = re.fullmatch(r"([0-9]{4})([0-9]{2})?([0-9]{2})?", get.get("m", ""))
        if m and _valid_date(*m.groups()):
            news = news_url()
            return HttpResponsePermanentRedirect(f"{news}?year={m.group(1)}") if news else None
        paged = get.get("paged", "")
        if paged.isdigit():
            news = news_url()
            if news:
                return HttpResponsePermanentRedirect(_with_params(news, page=_new_page(int(paged))))
        return None

    def patterned(self, request):
        path = request.path
        if path.startswith("/wp-content/uploads/"):
            return self.resized_upload(request, path)
        page_number, feed = None, False
        m = PAGE_RE.match(path)
        if m:
            path, page_number = m.group("base"), int(m.group("n"))
        m = FEED_RE.match(path)
        if m:
            path, feed = m.group("base") or "/", True
        if path == "/comments/":
            path = "/"
        if page_number is None and not feed:
            m = DATE_RE.match(path)
            if not m:
                return None
        target = self.base_target(request, path)
        if target is None:
            return None
        url, hub_tag = target
        news = news_url()
        in_archive = news is not None and url.split("?", 1)[0] == news
        if feed:
            if in_archive:
                url = news + "feed/" + url[len(news) :]
            elif hub_tag and news:
                url = _with_params(news + "feed/", tag=hub_tag)
        elif page_number and in_archive and "year=" not in url:
            url = _with_params(url, page=_new_page(page_number))
        return HttpResponsePermanentRedirect(url)

    def resized_upload(self, request, path):
        """photo-300x200.jpg → wherever photo.jpg went (sizes the export did not list)."""
        original = original_key(path)
        if original == path:
            return None
        redirect = get_redirect(request, Redirect.normalise_path(original))
        return HttpResponsePermanentRedirect(redirect.link) if redirect and redirect.link else None

    def base_target(self, request, path):
        """(new URL, hub's news tag slug or None) for an old archive address."""
        if path == "/":
            news = news_url()
            return (news, None) if news else None
        m = DATE_RE.match(path)
        if m:
            if not _valid_date(m.group("y"), m.group("m"), m.group("d")):
                return None
            news = news_url()
            return (f"{news}?year={m.group('y')}", None) if news else None
        redirect = get_redirect(request, Redirect.normalise_path(path))
        if redirect is None or not redirect.link:
            return None
        hub_tag = None
        if redirect.redirect_page_id:
            hub = redirect.redirect_page.specific_deferred
            tag = getattr(hub, "news_tag", None)
            hub_tag = tag.slug if tag is not None else None
        return redirect.link, hub_tag
