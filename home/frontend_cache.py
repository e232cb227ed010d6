"""Purging Varnish: Wagtail's frontend-cache backend for URLs, extended with surrogate keys.

Wagtail's own handlers purge a page's URLs on publish and unpublish. That misses every other
page that shows the item (archive, filtered archives, feeds, home, hubs, person pages) and
misses moves and deletions. `purge_keys()` covers those: the keys a change touches
(`Page.cache_keys()`) are sent to each Varnish after the database transaction commits, so an
app server asked for the page again at once already reads the new state.
"""

import logging
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.db import transaction
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends

logger = logging.getLogger("wagtail.frontendcache")
PURGE_HEADER = "xkey-purge"
TIMEOUT = 5


class PurgeRequest(Request):
    def get_method(self):
        return "PURGE"


class XkeyBackend(HTTPBackend):
    """Varnish with varnish-modules' xkey (see deploy/varnish/default.vcl)."""

    def __init__(self, params):
        self.location = params["LOCATION"]
        super().__init__(params)

    def purge_keys(self, keys):
        parts = urlsplit(self.location)
        request = PurgeRequest(
            urlunsplit([parts.scheme, parts.netloc, "/", "", ""]),
            headers={PURGE_HEADER: " ".join(sorted(keys))},
        )
        try:
            urlopen(request, timeout=TIMEOUT)  # noqa: S310 - configured backend location
        except (URLError, OSError) as error:
            logger.error("Couldn't purge keys %s from %s: %s", sorted(keys), self.location, error)


def send(keys):
    for backend in get_backends().values():
        if hasattr(backend, "purge_keys"):
            backend.purge_keys(keys)


def purge_keys(keys):
    """Purge `keys` from every configured cache once the current transaction commits."""
    keys = {k for k in keys if k}
    if keys:
        transaction.on_commit(lambda: send(keys))
