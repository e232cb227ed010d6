"""Surrogate keys: each cached response names what it shows, so a publish purges only those.

Views and template tags add keys to the request while they render (`add(request, ...)`); the
middleware sends them in an `xkey` header, which Varnish's xkey module indexes and strips before
the response reaches readers. A change then purges by key (home/frontend_cache.py), whatever the
URL or query string of the cached copies.

The vocabulary, kept short because a listing carries one key per item:

- `p<id>`      a page: its own address and every listing that shows it
- `news`       anything that lists all news (archive pages with their facets, the home page)
- `news-tag-<slug>`, `news-type-<type>`, `news-year-<year>`: feeds and hubs filtered that way
- `person-<id>` a person's page and the hubs they lead
- `menu`       every page that renders the main menu
- `search`, `sitemap`
"""

HEADER = "xkey"
ATTRIBUTE = "_surrogate_keys"


def page_key(page_or_pk):
    return f"p{getattr(page_or_pk, 'pk', page_or_pk)}"


def add(request, *keys):
    if request is None:
        return
    request.__dict__.setdefault(ATTRIBUTE, set()).update(k for k in keys if k)


def add_pages(request, pages):
    add(request, *(page_key(p) for p in pages))


def keys_of(request):
    return request.__dict__.get(ATTRIBUTE, set())


def keyed(view, *keys):
    """Wrap a view whose whole output depends on `keys` (the sitemap)."""

    def wrapped(request, *args, **kwargs):
        add(request, *keys)
        return view(request, *args, **kwargs)

    return wrapped


class SurrogateKeyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        keys = keys_of(request)
        if keys and not response.has_header(HEADER):
            response[HEADER] = " ".join(sorted(keys))
        return response
