import datetime
from typing import NamedTuple
from urllib.parse import quote, urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home import surrogate_keys
from home.blocks import BodyBlock
from home.pages import BasePage

from .admin_form import PressItemForm
from .archive import NewsArchive
from .choices import ItemType, ReleaseStatus
from .defaults import NewsroomSettings
from .feeds import NewsFeed
from .related import RelatedPressItem, related_items
from .snippets import Boilerplate, MediaContact, Organization

__all__ = [
    "Boilerplate",
    "ItemType",
    "MediaContact",
    "NewsIndexPage",
    "NewsroomSettings",
    "Organization",
    "PressItemPage",
    "RelatedPressItem",
    "ReleaseStatus",
]

ARCHIVE_PAGE_SIZE = 20


def site_time_zone_label():
    """'New York time, America/New_York': the zone editors type embargo times in."""
    zone = settings.TIME_ZONE
    return f"{zone.rsplit('/', 1)[-1].replace('_', ' ')} time, {zone}"


class ShareLink(NamedTuple):
    name: str
    url: str
    opens_new_tab: bool = True  # a site opens in a new tab; the reader's mail program does not


class PressItemQuerySet(PageQuerySet):
    def published(self):
        """What the public may see: live and not in a private section.

        Since Wagtail 6 the row of a page that is not live holds its latest draft, so an
        embargoed (scheduled) item would leak without `.live()`; `.public()` hides private
        sections.
        """
        return self.live().public()

    def for_listing(self):
        """Newest first, without the StreamField body; uses the (date, id) index."""
        return self.defer_streamfields().order_by("-date", "-pk")

    def filter_words(self, word):
        return self.filter(Q(title__icontains=word) | Q(summary__icontains=word))


PressItemManager = PageManager.from_queryset(PressItemQuerySet)


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news archive at /news/: filters in the query string, an RSS feed of the same list."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsroom.PressItemPage"]
    max_count = 1
    feed_size = 20  # items in each RSS feed; the feed reads it from the page it serves

    class Meta:
        verbose_name = "News index page"

    def archive(self, querydict, *, with_facets=True):
        """One request's way through the archive (`querydict`: its request.GET): its filter,
        items and facets. `archive({})` computes the unfiltered archive's facets into the cache.

        Press items can only live under the one news index (see parent_page_types and
        max_count), so the archive needs no tree-path filter: that keeps the listing query on
        the (date, id) index.
        """
        return NewsArchive(
            querydict,
            PressItemPage.objects.published(),
            PressItemTag.objects.all(),
            with_facets=with_facets,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every archive page counts all items in its facets: any publish changes it.
        surrogate_keys.add(request, "news")
        archive = self.archive(request.GET)
        archive_filter = archive.filter
        page = archive.page(ARCHIVE_PAGE_SIZE)
        archive_url = self.get_url(request)
        context.update(
            filter=archive_filter,
            items=page.object_list,
            page_obj=page,
            page_links=page.links(archive_filter.params()),
            tag_counts=archive.tag_links(),
            all_tags_url=archive_filter.querystring(tag=""),
            select_filters=archive.select_filters(),
            archive_title=archive_filter.title(self.title),
            archive_url=archive_url,
            feed_url=archive_url + "feed/" + archive_filter.querystring(),
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        archive = self.archive(request.GET, with_facets=False)
        if archive.filter.ignored:
            # A feed cannot show a message: an unusable filter is a wrong address.
            raise Http404("Unknown filter value")
        surrogate_keys.add(request, archive.filter.cache_key())
        return NewsFeed(self, archive)(request)


class PressItemTag(TaggedItemBase):
    content_object = ParentalKey(
        "newsroom.PressItemPage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        # An item's tags by item: the archive checks "has this tag?" item by item, newest
        # first (newsroom/counts.py), from this index alone.
        indexes = [models.Index(fields=["content_object", "tag"], name="pressitemtag_item_tag")]


class PressItemPage(BasePage):
    item_type = models.CharField(
        max_length=20, choices=ItemType.choices, default=ItemType.PRESS_RELEASE
    )
    date = models.DateField(
        help_text="The date printed on the item. Imported items keep their original date."
    )
    updated = models.DateField(
        null=True, blank=True, help_text="Only when the item was changed after its date."
    )
    correction_note = models.TextField(
        blank=True,
        help_text="What changed and why, shown beside the updated date (e.g. a corrected figure).",
    )
    dateline = models.CharField(
        max_length=100, blank=True, default="Washington, D.C.", help_text="e.g. 'Washington, D.C.'"
    )
    release_status = models.CharField(
        max_length=12,
        choices=ReleaseStatus.choices,
        default=ReleaseStatus.IMMEDIATE,
        help_text="An embargoed item stays hidden everywhere until the embargo lifts.",
    )
    embargo_until = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the embargo lifts. Publishing schedules the item to go live then.",
    )
    dek = models.CharField(max_length=300, blank=True, help_text="Optional subheading.")
    summary = models.TextField(
        max_length=500, help_text="One or two sentences for listings, feeds and search results."
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_alt = models.CharField(
        max_length=250,
        blank=True,
        help_text="Describe the image for people who cannot see it. Leave empty if decorative.",
    )
    body = StreamField(BodyBlock(), blank=True)
    tags = ClusterTaggableManager(through=PressItemTag, blank=True)

    objects = PressItemManager()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("item_type"), FieldPanel("date")]),
                FieldPanel("dateline"),
                FieldRowPanel(
                    [
                        FieldPanel("release_status"),
                        FieldPanel(
                            "embargo_until",
                            heading=f"Embargo lifts ({site_time_zone_label()})",
                            help_text=(
                                f"Date and time in {site_time_zone_label()}, the site's time "
                                "zone. Publishing schedules the item to go live then."
                            ),
                        ),
                    ]
                ),
            ],
            "Release",
        ),
        MultiFieldPanel(
            [FieldPanel("updated"), FieldPanel("correction_note")], "Update or correction"
        ),
        FieldPanel("dek"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_alt")], "Featured image"
        ),
        FieldPanel("body"),
        InlinePanel("issuers", label="Issuing organization", heading="Issued by"),
        InlinePanel("contacts", label="Media contact", heading="Media contacts"),
        FieldPanel("tags"),
        InlinePanel(
            "related_links",
            label="Related press item",
            heading="Related items",
            max_num=3,
            help_text=(
                "Leave empty to show the newest items that share a tag or a person with this "
                "one; items chosen here replace that list, in this order."
            ),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1),
        index.SearchField("dek", boost=1),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("item_type"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["newsroom.NewsIndexPage"]
    subpage_types = []
    base_form_class = PressItemForm

    class Meta:
        verbose_name = "Press item"
        ordering = ["-date", "-page_ptr"]
        indexes = [
            models.Index(fields=["date", "page_ptr"], name="pressitem_date_id"),
            models.Index(fields=["item_type", "date"], name="pressitem_type_date"),
        ]

    def clean(self):
        super().clean()
        if self.release_status == ReleaseStatus.EMBARGOED:
            if not self.embargo_until:
                raise ValidationError(
                    {"embargo_until": "Give the date and time when the embargo lifts."}
                )
            # The embargo is the scheduled go-live: Wagtail keeps the page off the site until
            # `publish_scheduled` runs after this moment.
            self.go_live_at = self.embargo_until
        if self.updated and self.date and self.updated < self.date:
            raise ValidationError({"updated": "The update cannot be earlier than the item's date."})

    @property
    def has_embargo(self):
        return self.release_status == ReleaseStatus.EMBARGOED and self.embargo_until is not None

    @property
    def is_embargoed(self):
        """The embargo is still in force (readers then see the item only in previews)."""
        return self.has_embargo and self.embargo_until > timezone.now()

    @property
    def embargo_lifted(self):
        """Released at the end of an embargo: the page then gives the release time."""
        return self.has_embargo and not self.is_embargoed

    def get_meta_description(self):
        return self.search_description or self.summary

    def cache_keys(self):
        """Besides its own page: every list that shows or could now show it."""
        keys = super().cache_keys()
        keys.update(
            {"news", f"news-type-{self.item_type}", f"news-year-{self.date.year}"}
            | {f"news-tag-{tag.slug}" for tag in self.tags.all()}
        )
        return keys

    def get_share_text(self):
        return self.social_text or self.summary or self.title

    def get_share_image(self):
        return self.social_image or self.featured_image

    @property
    def sorted_tags(self):
        """The item's tags by name, from the page's prefetch: the database returns an item's
        tags in no set order, and a reader should see the same list every time."""
        return sorted(self.tags.all(), key=lambda tag: (tag.name.casefold(), tag.pk))

    @property
    def published_at(self):
        """When the item came out: the embargo's end, else the publishing time on its printed
        date, else that date.

        An embargoed item goes out at the announced time (the scheduler publishes it a few
        seconds later). Imported and back-dated items were published on the site later than
        their date; for them the date itself (midnight, site time) is the honest answer.
        """
        if self.embargo_lifted:
            return timezone.localtime(self.embargo_until)
        local_date = self.first_published_at and timezone.localtime(self.first_published_at)
        if local_date and local_date.date() == self.date:
            return local_date
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    @property
    def modified_at(self):
        if self.updated and self.updated > self.date:
            stamp = timezone.make_aware(datetime.datetime.combine(self.updated, datetime.time()))
            return max(stamp, self.published_at)
        return self.published_at

    def structured_data(self, request):
        from .structured_data import news_article

        return [*super().structured_data(request), news_article(self, request)]

    def issuers_with_boilerplate(self):
        """(organization, boilerplate in force on the item's date) in editor order; 2 queries,
        once per instance (the page and its structured data both show them)."""
        if not hasattr(self, "_issuers_with_boilerplate"):
            self._issuers_with_boilerplate = self._read_issuers_with_boilerplate()
        return self._issuers_with_boilerplate

    def _read_issuers_with_boilerplate(self):
        issuers = [i.organization for i in self.issuers.select_related("organization")]
        if not issuers:
            return []
        in_force = {}
        candidates = Boilerplate.objects.filter(
            organization__in=issuers, live=True, effective_from__lte=self.date
        ).order_by("organization_id", "-effective_from")
        for boilerplate in candidates:
            in_force.setdefault(boilerplate.organization_id, boilerplate)
        return [(org, in_force.get(org.pk)) for org in issuers]

    def get_contacts(self):
        return [c.contact for c in self.contacts.select_related("contact__organization")]

    def share_links(self, request, x_handle=""):
        """Plain links to share the item (no third-party scripts on the page)."""
        url = self.get_full_url(request)
        title = self.title
        x_params = {"text": title, "url": url}
        if x_handle:
            x_params["via"] = x_handle
        return [
            ShareLink("Email", f"mailto:?subject={quote(title)}&body={quote(url)}", False),
            ShareLink("X", "https://x.com/intent/post?" + urlencode(x_params)),
            ShareLink(
                "Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})
            ),
            ShareLink(
                "LinkedIn",
                "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
            ),
        ]

    def get_context(self, request, *args, **kwargs):
        from home.site_settings import SiteSettings

        # The tags show in the page, its meta tags, its structured data and its cache keys.
        prefetch_related_objects([self], "tags")
        context = super().get_context(request, *args, **kwargs)
        site_settings = SiteSettings.for_request(request)
        context.update(
            issuers=self.issuers_with_boilerplate(),
            contacts=self.get_contacts(),
            share_links=self.share_links(request, site_settings.x_handle),
            archive=self.get_parent(),
            related_items=related_items(self, request),
        )
        return context


class PressItemIssuer(Orderable):
    page = ParentalKey(PressItemPage, on_delete=models.CASCADE, related_name="issuers")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("organization")]

    @property
    def panel_heading(self):
        return str(self.organization) if self.organization_id else ""


class PressItemContact(Orderable):
    page = ParentalKey(PressItemPage, on_delete=models.CASCADE, related_name="contacts")
    contact = models.ForeignKey(MediaContact, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("contact")]

    @property
    def panel_heading(self):
        return str(self.contact) if self.contact_id else ""
