"""A short-lived cache for the archive's facets (tag counts and years).

The facets aggregate over every published item, so they are the archive's most expensive
queries, yet they change only when the set of published items changes. They are cached under a
"generation" that every publish, unpublish, delete, privacy or tag change replaces, so a change
shows at once in this process. With a per-process cache (locmem) other processes may show old
counts for up to FACET_TIMEOUT seconds; a shared cache (Redis, memcached) removes that lag.
Item lists themselves are never cached.
"""

import hashlib
import uuid
from urllib.parse import urlencode

from django.core.cache import cache

GENERATION_KEY = "newsroom:facets:generation"
FACET_TIMEOUT = 60


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        value = cache.get(GENERATION_KEY) or ""
    return value


def invalidate(**_kwargs):
    """Signal receiver: any change to what is published starts a new generation."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def cached(name, params, compute):
    """`compute()` once per generation and parameter set (params is a dict of strings)."""
    digest = hashlib.sha256(urlencode(sorted(params.items())).encode()).hexdigest()[:32]
    key = f"newsroom:facets:{name}:{generation()}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FACET_TIMEOUT)
    return value
