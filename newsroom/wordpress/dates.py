"""WordPress dates: local 'YYYY-MM-DD HH:MM:SS' strings, '0000-00-00 00:00:00' for none."""

import datetime
from email.utils import parsedate_to_datetime

from django.utils import timezone

MIN_YEAR, MAX_YEAR = 1990, 2100


def parse(value, *, utc=False):
    """An aware datetime, or None for WordPress's 'no date' and anything unreadable."""
    try:
        naive = datetime.datetime.strptime((value or "").strip(), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    if not MIN_YEAR <= naive.year <= MAX_YEAR:
        return None
    if utc:
        return naive.replace(tzinfo=datetime.UTC)
    return timezone.make_aware(naive, timezone.get_default_timezone())


def parse_rss(value):
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


def published_at(item):
    """When the item was (or will be) published, from the most trustworthy field that parses."""
    return parse(item.post_date_gmt, utc=True) or parse(item.post_date) or parse_rss(item.pub_date)


def local_date(moment):
    return timezone.localtime(moment).date()
