from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import BodyBlock
from home.pages import BasePage


class ItemType(models.TextChoices):
    PRESS_RELEASE = "press_release", "Press release"
    STATEMENT = "statement", "Statement"
    JOINT_STATEMENT = "joint_statement", "Joint statement"
    MEDIA_ADVISORY = "media_advisory", "Media advisory"
    LETTER = "letter", "Letter"
    NEWS = "news", "News"
    RECAP = "recap", "Recap"


class NewsIndexPage(BasePage):
    """The news archive at /news/."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsroom.PressItemPage"]
    max_count = 1

    class Meta:
        verbose_name = "News index page"

    def get_items(self):
        return (
            PressItemPage.objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .order_by("-date", "-id")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.get_items()[:20]
        return context


class PressItemTag(TaggedItemBase):
    content_object = ParentalKey(
        "newsroom.PressItemPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PressItemPage(BasePage):
    item_type = models.CharField(
        max_length=20, choices=ItemType.choices, default=ItemType.PRESS_RELEASE
    )
    date = models.DateField(
        help_text="The date printed on the item. Imported items keep their original date."
    )
    dateline = models.CharField(
        max_length=100, blank=True, default="Washington, D.C.", help_text="e.g. 'Washington, D.C.'"
    )
    dek = models.CharField(max_length=300, blank=True, help_text="Optional subheading.")
    summary = models.TextField(
        max_length=500, help_text="One or two sentences for listings, feeds and search results."
    )
    body = StreamField(BodyBlock(), blank=True)
    tags = ClusterTaggableManager(through=PressItemTag, blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("item_type"), FieldPanel("date"), FieldPanel("dateline")], "Release"
        ),
        FieldPanel("dek"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("dek"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("item_type"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["newsroom.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "Press item"
        ordering = ["-date", "-id"]

    def get_meta_description(self):
        return self.search_description or self.summary
