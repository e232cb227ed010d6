"""How many signatures one address may send in a while (SIGNATURE_RATE_LIMIT)."""

import re

from django.conf import settings
from django.core.cache import cache

from home.client_address import client_ip

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate):
    """'5/10m' -> (5, 600). Bad settings fail loudly at first use rather than never limiting."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*", rate or "")
    if not match:
        raise ValueError(f"SIGNATURE_RATE_LIMIT must look like '5/10m', not {rate!r}")
    count, amount, unit = match.groups()
    return int(count), int(amount or 1) * _UNITS[unit]


def rate_limit():
    """(count, window seconds) from SIGNATURE_RATE_LIMIT."""
    return parse_rate(getattr(settings, "SIGNATURE_RATE_LIMIT", "10/10m"))


def rate_limit_exceeded(request, scope="sign"):
    """Count a submission from this address; True once it is over SIGNATURE_RATE_LIMIT.

    Uses Django's cache: in production it must be a cache shared by every app server
    (Redis or Memcached), or each server counts on its own.
    """
    limit, window = rate_limit()
    key = f"letters:rate:{scope}:{client_ip(request) or 'unknown'}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit
