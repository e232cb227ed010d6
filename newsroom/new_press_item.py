"""A new press item in the editor starts dated today, with the newsroom defaults filled in."""

from django.utils import timezone

from .choices import ItemType
from .defaults import NewsroomSettings, requested_item_type
from .models import PressItemContact, PressItemIssuer


def start_press_item(page, parent):
    """Fill a new, unsaved press item from the newsroom defaults of the parent's site."""
    page.date = timezone.localdate()
    wanted = requested_item_type.get()
    if wanted in ItemType.values:
        page.item_type = wanted
    site = parent.get_site()
    if site is None:
        return
    defaults = NewsroomSettings.for_site(site)
    if defaults.default_organization_id:
        page.issuers = [PressItemIssuer(organization=defaults.default_organization)]
    if defaults.default_media_contact_id:
        page.contacts = [PressItemContact(contact=defaults.default_media_contact)]
