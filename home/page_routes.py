"""The page found under each address, cached per page-tree generation.

Wagtail routes an address one slug at a time, two queries a level (the child, then its specific
row): a press item costs four before its own content is read. Any page change starts a new tree
generation (home/tree_cache.py), so the specific child found under a parent and slug is kept in
the shared cache until then. Only found pages are kept: unknown addresses (typos, scanners) are
looked up each time and cannot fill the cache.
"""

import hashlib

from django.core.cache import cache

from home import tree_cache


def _key(parent, slug):
    digest = hashlib.sha256(slug.encode()).hexdigest()[:32]
    return f"tree:route:{tree_cache.generation()}:{parent.pk}:{digest}"


def child(parent, slug):
    """The specific child of `parent` with `slug`; raises DoesNotExist like `.get()`."""
    key = _key(parent, slug)
    page = cache.get(key)
    if page is None:
        page = parent.get_children().get(slug=slug).specific
        cache.set(key, page, tree_cache.TIMEOUT)
    page._cached_parent_obj = parent
    return page
