"""The abstract page every public page type inherits from: social sharing fields."""

from django.conf import settings
from django.db import models
from django.utils.module_loading import import_string
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


class BasePage(Page):
    """Keeps sharing fields apart from SEO fields so editors can tune each for its audience."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared (1200×630 works best). Defaults to the site's.",
    )
    social_text = models.CharField(
        max_length=300,
        blank=True,
        help_text="Short text for social shares. Defaults to the search description.",
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("social_image"), FieldPanel("social_text")], "Sharing"),
    ]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        """Staff roles narrow Wagtail's tree permissions by page type (PAGE_PERMISSION_TESTER)."""
        return import_string(settings.PAGE_PERMISSION_TESTER)(user, self)

    def get_meta_description(self):
        return self.search_description or self.social_text

    def get_share_text(self):
        return self.social_text or self.get_meta_description() or self.title
