"""The abstract page every public page type inherits from: social sharing fields."""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.module_loading import import_string
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page

from . import page_routes, surrogate_keys
from .view_restrictions import restrictions_for


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

    # Fields that can stand in for a missing search description, in order of preference.
    DESCRIPTION_FALLBACKS = ("intro", "hero_text", "summary")

    def permissions_for_user(self, user):
        """Staff roles narrow Wagtail's tree permissions by page type (PAGE_PERMISSION_TESTER)."""
        return import_string(settings.PAGE_PERMISSION_TESTER)(user, self)

    def get_meta_description(self):
        """The editor's search description, else the social text, else the page's own intro."""
        if self.search_description or self.social_text:
            return self.search_description or self.social_text
        for field in self.DESCRIPTION_FALLBACKS:
            text = strip_tags(getattr(self, field, "") or "").strip()
            if text:
                return Truncator(" ".join(text.split())).chars(160)
        return ""

    def get_share_image(self):
        return self.social_image

    def route(self, request, path_components):
        """Wagtail's routing, with each level's child from the route cache."""
        if not path_components:
            return super().route(request, path_components)
        try:
            subpage = page_routes.child(self, path_components[0])
        except Page.DoesNotExist as e:
            raise Http404 from e
        return subpage.route(request, path_components[1:])

    def get_view_restrictions(self):
        """From the cached restriction list (no query for a page nobody restricted)."""
        found = restrictions_for(self)
        return found if found is not None else super().get_view_restrictions()

    def structured_data(self, request):
        """Schema.org items for this page; types add theirs to the breadcrumbs."""
        from .structured_data import breadcrumbs, page_trail

        return [breadcrumbs(request, page_trail(self, request))]

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
