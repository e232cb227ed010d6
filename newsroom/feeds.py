"""RSS 2.0 feeds of the archive: every filtered list the archive can show has a matching feed."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

from home import surrogate_keys


class NewsFeed(Feed):
    """The index's `feed_size` latest items of a NewsArchive (the request's filtered archive)."""

    feed_type = Rss201rev2Feed

    def __init__(self, index, archive):
        super().__init__()
        self.index = index
        self.archive = archive
        self.archive_filter = archive.filter

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        site = Site.find_for_request(self.request)
        site_name = site.site_name if site else ""
        title = self.archive_filter.title(index.title)
        return f"{title} | {site_name}" if site_name else title

    def link(self, index):
        return index.url + self.archive_filter.querystring()

    def feed_url(self, index):
        return index.url + "feed/" + self.archive_filter.querystring()

    def description(self, index):
        return f"The latest items in the archive: {self.archive_filter.title(index.title)}."

    def items(self, index):
        queryset = self.archive.items().prefetch_related("tagged_items__tag")
        items = list(queryset[: index.feed_size])
        surrogate_keys.add_pages(self.request, items)
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid_is_permalink(self, item):
        return True

    def item_pubdate(self, item):
        # The printed date is what readers know the item by; midnight in the site's time zone.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]
