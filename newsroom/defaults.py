"""Settings → Newsroom defaults: the issuer and media contact every new press item starts with.

A release that goes out with nobody to call is the mistake this prevents; the team changes the
defaults without a deploy. newsroom/new_press_item.py applies them.
"""

from contextvars import ContextVar

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

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
