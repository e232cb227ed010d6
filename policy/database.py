"""The resolutions database at /resolutions/: filters, pages, a feed and a CSV of any list,
and each resolution's own address, /resolutions/<meeting-slug>/<number>-<slug>/.
"""

import csv

from django.db.models import Prefetch
from django.http import Http404, HttpResponsePermanentRedirect, StreamingHttpResponse
from django.shortcuts import redirect
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from home import tree_cache
from home.filter_fields import SelectFilter
from home.pages import BasePage
from home.pagination import paginate
from taskforce.models import Person, TaskForceKind, TaskForcePage

from .choices import STATUS_FILTERS
from .columns import COLUMN_NAMES, resolution_row, spreadsheet_safe
from .filters import ResolutionFilter
from .meetings import MeetingPage
from .resolutions import Resolution, ResolutionSponsor, ResolutionTag

PAGE_SIZE = 20
FEED_SIZE = 20


class ResolutionIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "Resolutions database page"

    # --- the list ---------------------------------------------------------------------------

    def get_filter(self, request):
        """The filter for this request with its slugs checked against the database."""
        committees = {c.slug: c.title for c in filter_committees()}
        meetings = {m.slug: m.title for m in filter_meetings()}
        return ResolutionFilter.from_querydict(request.GET).with_known(
            {
                "committee": committees.get,
                "meeting": meetings.get,
                "sponsor": lambda slug: _first(
                    str(p.name_with_office)
                    for p in Person.objects.filter(live=True, slug=slug).only(
                        "honorific", "first_name", "last_name"
                    )
                ),
                "tag": lambda slug: _first(
                    Tag.objects.filter(
                        slug=slug, pk__in=ResolutionTag.objects.values("tag_id")
                    ).values_list("name", flat=True)
                ),
            }
        )

    def filtered(self, resolution_filter):
        return resolution_filter.apply(Resolution.objects.published()).for_listing()

    def list_context(self, request, resolution_filter):
        """What the database's list shows; only its own route pays for it (not each resolution)."""
        page = paginate(self.filtered(resolution_filter), resolution_filter.page, PAGE_SIZE)
        meetings = filter_meetings()
        base_url = self.get_url(request)
        return dict(
            filter=resolution_filter,
            resolutions=page.object_list,
            page_obj=page,
            page_links=page.links(resolution_filter.params()),
            select_filters=select_filters(resolution_filter, meetings),
            database_title=resolution_filter.title(self.title),
            database_url=base_url,
            feed_url=base_url + "feed/" + resolution_filter.querystring(),
            csv_url=base_url + "csv/" + resolution_filter.querystring(),
            clear_sponsor_query=resolution_filter.querystring(sponsor=""),
            clear_tag_query=resolution_filter.querystring(tag=""),
        )

    @path("")
    def database(self, request):
        return self.render(
            request, context_overrides=self.list_context(request, self.get_filter(request))
        )

    def strict_filter(self, request):
        """Feeds and downloads cannot show a message: an unusable filter is a wrong address."""
        resolution_filter = self.get_filter(request)
        if resolution_filter.ignored:
            raise Http404("Unknown filter value")
        return resolution_filter

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import ResolutionFeed

        return ResolutionFeed(self, self.strict_filter(request))(request)

    @path("csv/", name="csv")
    def csv_download(self, request):
        resolution_filter = self.strict_filter(request)
        rows = (
            self.filtered(resolution_filter)
            .defer(None)
            .prefetch_related("tagged_items__tag")
            .iterator(chunk_size=500)
        )

        class Echo:
            def write(self, value):
                return value

        writer = csv.writer(Echo())

        def lines():
            yield writer.writerow(COLUMN_NAMES)
            for resolution in rows:
                yield writer.writerow([spreadsheet_safe(v) for v in resolution_row(resolution)])

        response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="resolutions.csv"'
        return response

    # --- one resolution ---------------------------------------------------------------------

    @path("<slug:meeting_slug>/<int:number>-<slug:slug>/", name="resolution")
    def resolution(self, request, meeting_slug, number, slug):
        resolution = (
            Resolution.objects.published()
            .filter(meeting__slug=meeting_slug, number=number)
            .select_related("meeting__host_city", "committee")
            .prefetch_related(
                Prefetch(
                    "sponsors", queryset=ResolutionSponsor.objects.select_related("person__city")
                ),
                "tags",
            )
            .first()
        )
        if resolution is None:
            raise Http404("No such resolution")
        if slug != resolution.slug:
            return HttpResponsePermanentRedirect(self.get_url(request) + resolution.url_path())
        return self.render(
            request,
            template="policy/resolution_page.html",
            context_overrides={
                "resolution": resolution,
                "canonical_url": self.get_full_url(request) + resolution.url_path(),
                "database_url": self.get_url(request),
                "topic_links": resolution.topic_links(self.get_url(request)),
            },
        )

    @path("<slug:meeting_slug>/<int:number>/", name="resolution_short")
    def resolution_short(self, request, meeting_slug, number):
        resolution = (
            Resolution.objects.published()
            .filter(meeting__slug=meeting_slug, number=number)
            .select_related("meeting")
            .first()
        )
        if resolution is None:
            raise Http404("No such resolution")
        return redirect(self.get_url(request) + resolution.url_path(), permanent=True)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for resolution in (
            Resolution.objects.published()
            .select_related("meeting")
            .only("number", "slug", "meeting__slug", "last_published_at")
        ):
            entry = {"location": base + resolution.url_path()}
            if resolution.last_published_at:
                entry["lastmod"] = resolution.last_published_at
            urls.append(entry)
        return urls


def _first(values):
    return next(iter(values), None)


def standing_committees():
    return TaskForcePage.objects.live().public().filter(kind=TaskForceKind.STANDING_COMMITTEE)


def live_meetings():
    return MeetingPage.objects.live().public().order_by("-start_date")


def select_filters(resolution_filter, meetings):
    """The drop-downs of the database's filter form, with the reader's choices."""
    years = sorted({m.start_date.year for m in meetings}, reverse=True)
    return [
        SelectFilter(
            "committee",
            "Committee",
            "All committees",
            [(c.slug, c.title) for c in filter_committees()],
            resolution_filter.committee,
        ),
        SelectFilter(
            "meeting",
            "Meeting",
            "All meetings",
            [(m.slug, f"{m.title} ({m.start_date.year})") for m in meetings],
            resolution_filter.meeting,
        ),
        SelectFilter("year", "Year", "All years", [(y, y) for y in years], resolution_filter.year),
        SelectFilter(
            "status",
            "Status",
            "Any status",
            [(value, label) for value, (label, _t, _s) in STATUS_FILTERS.items()],
            resolution_filter.status,
        ),
    ]


def filter_committees():
    """The standing committees offered as filters, cached with the page tree."""
    return tree_cache.cached(
        "resolution-filter-committees", lambda: list(standing_committees().only("title", "slug"))
    )


def filter_meetings():
    """The live meetings offered as filters, newest first, cached with the page tree."""
    return tree_cache.cached(
        "resolution-filter-meetings",
        lambda: list(live_meetings().only("title", "slug", "start_date")),
    )


def find_resolution_index(request=None):
    """The live resolutions database page: once per page-tree generation, once per request."""
    cached = getattr(request, "_resolution_index", None) if request is not None else None
    if cached is not None:
        return cached or None
    page = tree_cache.cached(
        "resolution-index", lambda: ResolutionIndexPage.objects.live().public().first()
    )
    if request is not None:
        request._resolution_index = page or False
    return page
