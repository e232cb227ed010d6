"""Related items under a press item: the editor's picks, else the newest items that share a tag
or a person with it.

People live in the taskforce app, which depends on the newsroom; it tells the newsroom which
items mention the same people through `register_people_in_common` (see taskforce/apps.py), so
no import points upwards.
"""

from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable

from home import surrogate_keys

RELATED_LIMIT = 3

# Callables page_pk -> Q on press items that mention someone the page mentions.
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


def shares_tag_or_person(page, tag_links, tag_ids):
    condition = Q(pk__in=tag_links.filter(tag_id__in=tag_ids).values("content_object_id"))
    for source in _people_in_common:
        condition |= source(page.pk)
    return condition


def related_items(page, request=None, published=None):
    """Up to RELATED_LIMIT published items: the editor's picks in their order, else the newest
    that share a tag or a person. Two queries (the page's tags, then the items), whatever the
    numbers of tags, people, picks and items."""
    if page.pk is None:
        return []
    if published is None:
        published = type(page).objects.published()
    # The tag-item table (PressItemTag) as the page knows it: models.py imports this module.
    tag_links = page.tagged_items.model.objects
    tags = list(tag_links.filter(content_object_id=page.pk).values_list("tag_id", "tag__slug"))
    picks = RelatedPressItem.objects.filter(page_id=page.pk)
    # Picks first, in the editor's order, then the newest sharing items; one query for both.
    candidates = list(
        published.exclude(pk=page.pk)
        .for_listing()
        .annotate(pick=Subquery(picks.filter(item_id=OuterRef("pk")).values("sort_order")[:1]))
        .filter(
            Q(pk__in=picks.values("item_id"))
            | shares_tag_or_person(page, tag_links, [t for t, _ in tags])
        )
        .order_by(F("pick").asc(nulls_last=True), "-date", "-pk")[:RELATED_LIMIT]
    )
    items = [c for c in candidates if c.pick is not None] or candidates
    surrogate_keys.add_pages(request, items)
    if items is candidates:
        # A new item with one of these tags may belong here: its publish purges the tag's key.
        surrogate_keys.add(request, *(f"news-tag-{slug}" for _, slug in tags))
    return items
