"""The abstract page every public page type inherits from: social sharing fields."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from . import surrogate_keys


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

    def get_meta_description(self):
        return self.search_description or self.social_text

    def get_context(self, request, *args, **kwargs):
        surrogate_keys.add(request, surrogate_keys.page_key(self))
        return super().get_context(request, *args, **kwargs)

    def cache_keys(self):
        """Surrogate keys of the cached pages that show this one (see home/surrogate_keys.py):
        itself, its parent (index pages list their children), search, the sitemap, and the
        menu when it is in it. Types that appear elsewhere add their own.
        """
        keys = {surrogate_keys.page_key(self), "search", "sitemap"}
        parent_pk = Page.objects.filter(
            path=self.path[: -self.steplen], depth=self.depth - 1
        ).values_list("pk", flat=True)
        keys.update(surrogate_keys.page_key(pk) for pk in parent_pk)
        if self.show_in_menus:
            keys.add("menu")
        return keys

    def get_share_text(self):
        return self.social_text or self.get_meta_description() or self.title
