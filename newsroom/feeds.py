"""RSS 2.0 feeds of press items: the archive's (every filtered list it can show has a matching
feed) and those of the pages that list news of their own (hubs, person pages).

Each feed mirrors a page: it lists the same items and carries the same surrogate keys, so the
publish that refreshes the page refreshes its feed.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from wagtail.models import Site

from home import surrogate_keys


class PressItemFeed(Feed):
    """What every press-item feed says about an item: link, summary, type and tags, and when it
    came out. Subclasses say which items and what the channel is called."""

    feed_type = Rss201rev2Feed
    feed_size = 20

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def channel_title(self, name):
        site = Site.find_for_request(self.request)
        site_name = site.site_name if site else ""
        return f"{name} | {site_name}" if site_name else name

    def get_items(self):
        """A queryset of published press items, in listing order."""
        raise NotImplementedError

    def items(self, obj=None):
        items = list(self.get_items().prefetch_related("tagged_items__tag")[: self.feed_size])
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
        return item.published_at

    def item_categories(self, item):
        """The item's type first ("Statement"), then its tags."""
        return [item.get_item_type_display(), *(t.tag.name for t in item.tagged_items.all())]


class NewsFeed(PressItemFeed):
    """The index's `feed_size` latest items of a NewsArchive (the request's filtered archive)."""

    def __init__(self, index, archive):
        super().__init__()
        self.index = index
        self.archive = archive
        self.archive_filter = archive.filter
        self.feed_size = index.feed_size

    def title(self):
        return self.channel_title(self.archive_filter.title(self.index.title))

    def link(self):
        return self.index.url + self.archive_filter.querystring()

    def feed_url(self):
        return self.index.url + "feed/" + self.archive_filter.querystring()

    def description(self):
        return f"The latest items in the archive: {self.archive_filter.title(self.index.title)}."

    def get_items(self):
        return self.archive.items(self.feed_size)


class PageNewsFeed(PressItemFeed):
    """The news a page lists (a hub's topic, the items that mention a person), as a feed.

    `items` is the page's own queryset, so the feed cannot drift from the page; the page's
    surrogate keys are given too, so it is purged with the page.
    """

    def __init__(self, *, name, link, items, description, keys=()):
        super().__init__()
        self.name = name
        self.page_link = link
        self.queryset = items
        self.text = description
        self.keys = keys

    def get_object(self, request, *args, **kwargs):
        surrogate_keys.add(request, *self.keys)
        return super().get_object(request, *args, **kwargs)

    def title(self):
        return self.channel_title(self.name)

    def link(self):
        return self.page_link

    def feed_url(self):
        return self.page_link + "feed/"

    def description(self):
        return self.text

    def get_items(self):
        return self.queryset
