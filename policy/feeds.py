"""RSS 2.0 feed of any filtered list of the resolutions database (same query parameters)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

from .resolutions import Resolution

FEED_SIZE = 20


class ResolutionFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, resolution_filter):
        super().__init__()
        self.index = index
        self.resolution_filter = resolution_filter

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        site = Site.find_for_request(self.request)
        title = self.resolution_filter.title(index.title)
        return f"{title} | {site.site_name}" if site and site.site_name else title

    def link(self, index):
        return index.url + self.resolution_filter.querystring()

    def feed_url(self, index):
        return index.url + "feed/" + self.resolution_filter.querystring()

    def description(self, index):
        return f"The latest resolutions in the policy record: {self.resolution_filter.title()}."

    def items(self, index):
        queryset = self.resolution_filter.apply(Resolution.objects.published()).for_listing()
        # Newest first by the day the policy was made, so a feed reader shows new policy on top.
        return list(queryset.defer(None).order_by("-date_adopted", "-pk")[:FEED_SIZE])

    def item_title(self, item):
        return f"{item.number_label}: {item.title} ({item.meeting.name})"

    def item_description(self, item):
        sponsors = ", ".join(item.sponsor_labels())
        parts = [item.get_status_display(), item.listing_summary]
        if sponsors:
            parts.append(f"Sponsors: {sponsors}")
        return " · ".join(p for p in parts if p)

    def item_link(self, item):
        return self.index.get_url(self.request) + item.url_path()

    def item_guid_is_permalink(self, item):
        return True

    def item_pubdate(self, item):
        day = item.date_adopted or item.meeting.start_date
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))

    def item_categories(self, item):
        return [item.committee.title] if item.committee_id else []
