from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import BodyBlock
from .pages import BasePage
from .site_settings import SiteSettings

__all__ = ["HomePage", "StandardPage", "HomeFeaturedIssue", "SiteSettings"]


class HomePage(BasePage):
    hero_heading = models.CharField(
        max_length=200, help_text="The headline at the top of the page."
    )
    hero_text = models.TextField(blank=True, help_text="One or two sentences under the headline.")
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional button under the headline.",
    )
    hero_link_label = models.CharField(max_length=60, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A wide picture beside the headline (decorative: it gets no alt text).",
    )
    body = StreamField(BodyBlock(), blank=True, help_text="Optional content under the news.")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                PageChooserPanel("hero_link"),
                FieldPanel("hero_link_label"),
                FieldPanel("hero_image"),
            ],
            "Hero",
        ),
        InlinePanel(
            "featured_issues",
            label="Featured issues",
            help_text="Issue pages shown on the home page, in this order.",
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text", boost=1)]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "Home page"

    def structured_data(self, request):
        from .structured_data import organization

        site = {
            "@type": "WebSite",
            "name": self.title,
            "url": request.build_absolute_uri("/"),
            "potentialAction": {
                "@type": "SearchAction",
                "target": request.build_absolute_uri("/search/") + "?q={query}",
                "query-input": "required name=query",
            },
        }
        return [*super().structured_data(request), organization(request), site]

    def get_featured_issues(self):
        """Featured pages in the editor's order, live and public only, in a constant few queries.

        Pages come back as their specific type (for the intro) without their StreamFields.
        """
        order = [item.page_id for item in self.featured_issues.all()]
        pages = {
            page.pk: page
            for page in Page.objects.live()
            .public()
            .filter(pk__in=order)
            .specific()
            .defer_streamfields()
        }
        return [pages[pk] for pk in order if pk in pages]


class HomeFeaturedIssue(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_issues")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="An issue page (or any page) to feature.",
    )

    panels = [PageChooserPanel("page", ["taskforce.IssuePage", "taskforce.TaskForcePage"])]


class StandardPage(BasePage):
    """About, contact, privacy: the plain pages of the site."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=1),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
