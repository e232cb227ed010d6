"""Times as staff read them: in the site's time zone, to the minute or second, never in UTC.

Wagtail lets each admin user pick a time zone; embargo lift times and exports must say the
site's own zone, whoever looks, so these helpers convert explicitly.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone


def site_zone():
    return ZoneInfo(settings.TIME_ZONE)


def in_site_zone(value):
    """An aware datetime in the site's zone, without microseconds; None stays None."""
    if value is None:
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value, timezone.get_default_timezone())
    return value.astimezone(site_zone()).replace(microsecond=0)


def site_time_label(value):
    """'Tuesday, June 3, 2025, 10:00 AM EDT'."""
    local = in_site_zone(value)
    if local is None:
        return ""
    hour = local.strftime("%I").lstrip("0")
    return f"{local:%A, %B} {local.day}, {local.year}, {hour}:{local:%M %p %Z}"


def export_time(value):
    """'2025-06-03 10:00:00' in the site's zone, for CSV and spreadsheet cells."""
    local = in_site_zone(value)
    return local.strftime("%Y-%m-%d %H:%M:%S") if local else ""
