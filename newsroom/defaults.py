"""What a new press item starts with: today's date, the default issuer and media contact.

A release that goes out with nobody to call is the mistake this prevents; the defaults live in
Settings → Newsroom defaults so the communications team can change them without a deploy.
"""

from contextvars import ContextVar

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .choices import ItemType

# The item type asked for by the "New statement" / "New press release" links (?item_type=…),
# set by the before_create_page hook for the request being served.
requested_item_type = ContextVar("requested_item_type", default="")


@register_setting(icon="doc-full-inverse")
class NewsroomSettings(BaseSiteSetting):
    default_organization = models.ForeignKey(
        "newsroom.Organization",
        verbose_name="default issuing organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="New press items start issued by this organization.",
    )
    default_media_contact = models.ForeignKey(
        "newsroom.MediaContact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="New press items start with this person to call.",
    )

    panels = [FieldPanel("default_organization"), FieldPanel("default_media_contact")]

    class Meta:
        verbose_name = "Newsroom defaults"


def start_press_item(page, parent):
    """Fill a new, unsaved press item from the newsroom defaults of the parent's site."""
    from .models import PressItemContact, PressItemIssuer

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
