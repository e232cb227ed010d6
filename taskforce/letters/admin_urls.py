"""Addresses of the staff screens, for links in e-mails and page menus."""

from django.urls import reverse
from django.utils.http import urlencode

FILTERS = {"letter_id": "letter__id__exact", "status": "status__exact", "state": "state__exact"}


def signatures_url(**filters):
    """The staff listing, optionally filtered: signatures_url(letter_id=3, status="pending")."""
    query = urlencode({FILTERS[key]: value for key, value in filters.items()})
    return reverse("letters_signature_modeladmin_index") + (f"?{query}" if query else "")
