"""Related items under a press item: the editor's picks, else the newest items that share a tag
or a person with it.

People live in the taskforce app, which depends on the newsroom; it tells the newsroom which
items mention the same people through `register_people_in_common` (see taskforce/apps.py), so
no import points upwards.
"""

from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Exists, OuterRef, Q
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable

from home import surrogate_keys

RELATED_LIMIT = 3

# Callables (press items, page_pk) -> those of the items that mention someone the page mentions,
# or None when the page mentions nobody.
_people_in_common = []


def register_people_in_common(source):
    if source not in _people_in_common:
        _people_in_common.append(source)


class RelatedPressItem(Orderable):
    """An editor's pick for "Related": when an item has any, they replace the automatic list."""

    page = ParentalKey(
        "newsroom.PressItemPage", on_delete=models.CASCADE, related_name="related_links"
    )
    item = models.ForeignKey(
        "newsroom.PressItemPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="press item",
    )

    panels = [PageChooserPanel("item", "newsroom.PressItemPage")]

    class Meta(Orderable.Meta):
        verbose_name = "related press item"

    @property
    def panel_heading(self):
        return self.item.title if self.item_id else ""


def related_items(page, request=None, published=None):
    """Up to RELATED_LIMIT published items: the editor's picks in their order, else the newest
    that share a tag or a person. At most three queries (the picks, the people the page
    mentions, the items) whatever the numbers of tags, people, picks and items; the page's tags
    are read from the caller's prefetch.

    The automatic list is one `ORDER BY date LIMIT 3`, which the database answers by walking
    the date index and stopping at the third match: its cost does not grow with the archive,
    as it would if every item sharing a common tag were read and sorted.
    """
    if page.pk is None:
        return []
    if published is None:
        published = type(page).objects.published()
    picks = list(
        RelatedPressItem.objects.filter(page_id=page.pk)
        .order_by("sort_order")
        .values_list("item_id", flat=True)
    )
    if picks:
        found = {item.pk: item for item in published.filter(pk__in=picks).for_listing()}
        items = [found[pk] for pk in picks if pk in found][:RELATED_LIMIT]
        if items:
            surrogate_keys.add_pages(request, items)
            return items
    tags = list(page.tags.all())
    # The tag-item table (PressItemTag) as the page knows it: models.py imports this module.
    tag_links = page.tagged_items.model.objects
    others = published.exclude(pk=page.pk).for_listing()
    # The newest few per way of being related, each read by walking the date index (the tag
    # as a per-item EXISTS on the (item, tag) index) and cut at the limit, then the newest of
    # those. An OR of the conditions themselves would make the database collect every item of
    # a common tag first, a cost that grows with the archive.
    parts = [source(others, page.pk) for source in _people_in_common]
    parts = [part for part in parts if part is not None]
    if tags:
        shares_tag = tag_links.filter(
            content_object_id=OuterRef("pk"), tag_id__in=[tag.pk for tag in tags]
        )
        parts.append(others.filter(Exists(shares_tag)))
    if not parts:
        return []
    newest = reduce(or_, (Q(pk__in=part.values("pk")[:RELATED_LIMIT]) for part in parts))
    items = list(others.filter(newest)[:RELATED_LIMIT])
    surrogate_keys.add_pages(request, items)
    # A new item with one of these tags may belong here: its publish purges the tag's key.
    surrogate_keys.add(request, *(f"news-tag-{tag.slug}" for tag in tags))
    return items
