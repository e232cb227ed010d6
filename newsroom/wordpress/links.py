"""Where an address of the old site points now: an imported page, image, document or archive.

Built once per run from the export's index (pass one) and the mapping table; every lookup is a
dictionary read, so converting a body costs no queries.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlparse

UPLOADS_RE = re.compile(r"/wp-content/uploads/(.+)$")
SIZED_RE = re.compile(r"-(?:\d+x\d+|scaled|rotated|e\d{10,13})(?=\.[A-Za-z0-9]+$)")


def upload_key(path):
    """'2017/01/photo.jpg' for any URL or path of a file in wp-content/uploads."""
    m = UPLOADS_RE.search(unquote(urlparse(path).path))
    return m.group(1).strip("/").lower() if m else None


def original_key(key):
    """The original's key for a resized copy: photo-300x200.jpg → photo.jpg."""
    previous = None
    while key != previous:
        previous, key = key, SIZED_RE.sub("", key)
    return key


def path_key(path):
    """Old paths compare without trailing slash, in decoded form, lower case."""
    path = unquote(path or "").strip()
    if not path.startswith("/"):
        path = "/" + path
    return path.rstrip("/").lower() or "/"


@dataclass
class Media:
    kind: str  # "image" or "document"
    pk: int
    url: str
    alt: str = ""


class LinkResolver:
    def __init__(self, site_url=""):
        self.hosts = set()
        self.add_site(site_url)
        self.uploads = {}  # upload key → attachment wp id
        self.media = {}  # attachment wp id → Media
        self.post_paths = {}  # path key → post wp id
        self.post_pages = {}  # post wp id → (page pk, is public)
        self.publishable = set()  # post wp ids that will be imported as public pages
        self.archives = {}  # path key → new URL (categories, tags)

    def add_site(self, url):
        host = (urlparse(url or "").hostname or "").lower()
        if host:
            bare = host.removeprefix("www.")
            self.hosts.update({bare, "www." + bare})

    def add_attachment(self, wp_id, *urls):
        for url in urls:
            key = upload_key(url) if url and "/" in url else None
            if key is None and url and not url.startswith(("http", "/")):
                key = url.strip("/").lower()
            if key:
                self.uploads.setdefault(key, wp_id)

    def attachment_for(self, url):
        key = upload_key(url)
        if not key:
            return None
        return self.uploads.get(key) or self.uploads.get(original_key(key))

    # --- used by the body converter --------------------------------------------------------

    def image(self, src="", wp_id=None, link=""):
        for candidate in (
            self.media.get(wp_id) if wp_id else None,
            self._media_at(src),
            self._media_at(link),
        ):
            if candidate is not None and candidate.kind == "image":
                return candidate.pk, candidate.alt
        return None

    def _media_at(self, url):
        wp_id = self.attachment_for(url) if url else None
        return self.media.get(wp_id) if wp_id else None

    def document(self, url):
        media = self._media_at(url)
        return media.pk if media is not None and media.kind == "document" else None

    def link(self, href):
        """("page", pk) | ("document", pk) | ("url", address) | ("unresolved", path) | None."""
        href = (href or "").strip()
        if not href or href.lower().startswith(("javascript:", "data:", "vbscript:")):
            return None
        if href.startswith(("#", "mailto:", "tel:")):
            return "url", href
        parsed = urlparse(href)
        host = (parsed.hostname or "").lower()
        if parsed.scheme not in ("", "http", "https"):
            return None
        if host and host not in self.hosts:
            return "url", href
        if not host and not href.startswith("/"):
            return None  # a relative link without the site's context means nothing now
        if upload_key(href):
            media = self._media_at(href)
            if media is None:
                return None
            return ("document", media.pk) if media.kind == "document" else ("url", media.url)
        wp_id = self.post_id_for(parsed)
        if wp_id is not None:
            page = self.post_pages.get(wp_id)
            if page and page[1]:
                return "page", page[0]
            if wp_id in self.publishable and wp_id not in self.post_pages:
                return "unresolved", _relative(parsed)
            return "url", _relative(parsed)
        target = self.archives.get(path_key(parsed.path))
        if target:
            return "url", target
        return "url", _relative(parsed)

    def post_id_for(self, parsed):
        query = parse_qs(parsed.query)
        for key in ("p", "page_id"):
            value = (query.get(key) or [""])[0]
            if value.isdigit() and path_key(parsed.path) == "/":
                return int(value)
        return self.post_paths.get(path_key(parsed.path))


def _relative(parsed):
    return (
        (parsed.path or "/")
        + (f"?{parsed.query}" if parsed.query else "")
        + (f"#{parsed.fragment}" if parsed.fragment else "")
    )
