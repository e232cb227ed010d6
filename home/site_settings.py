"""Site-wide settings editors change in Settings → Site settings."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

SOCIAL_NETWORKS = [
    ("x_url", "X"),
    ("facebook_url", "Facebook"),
    ("instagram_url", "Instagram"),
    ("linkedin_url", "LinkedIn"),
    ("threads_url", "Threads"),
    ("medium_url", "Medium"),
    ("youtube_url", "YouTube"),
    ("bluesky_url", "Bluesky"),
]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organization_name = models.CharField(max_length=200, default="U.S. Conference of Mayors")
    organization_short_name = models.CharField(max_length=40, blank=True, default="USCM")
    footer_text = models.TextField(
        blank=True, help_text="One or two sentences about the organization."
    )
    address = models.CharField(max_length=255, blank=True)
    x_url = models.URLField("X", blank=True)
    facebook_url = models.URLField("Facebook", blank=True)
    instagram_url = models.URLField("Instagram", blank=True)
    linkedin_url = models.URLField("LinkedIn", blank=True)
    threads_url = models.URLField("Threads", blank=True)
    medium_url = models.URLField("Medium", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)
    bluesky_url = models.URLField("Bluesky", blank=True)
    x_handle = models.CharField(
        max_length=40, blank=True, help_text="Without the @, for share links."
    )
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when a page without its own image is shared (1200×630).",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The header logo. Empty: the seal shipped with the site.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organization_name"),
                FieldPanel("organization_short_name"),
                FieldPanel("footer_text"),
                FieldPanel("address"),
            ],
            "Organization",
        ),
        MultiFieldPanel(
            [FieldPanel(field) for field, _ in SOCIAL_NETWORKS] + [FieldPanel("x_handle")],
            "Social accounts",
        ),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("default_share_image")], "Brand"),
    ]

    class Meta:
        verbose_name = "Site settings"

    @property
    def social_links(self):
        """(network name, url) for each account that is filled in, in a fixed order."""
        return [
            (label, getattr(self, field))
            for field, label in SOCIAL_NETWORKS
            if getattr(self, field)
        ]
