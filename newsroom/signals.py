"""Keep the search index in step with what was just published.

Search indexing runs on post_save, which modelcluster fires before it commits a page's tags; a
publish that only changed tags would leave the old tags in the index. Re-indexing once the
publish is complete makes tag searches reflect the live item.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from . import facet_refresh, facets


def reindex_published_press_item(sender, instance, **kwargs):
    index.insert_or_update_object(instance)


def register():
    from taggit.models import Tag
    from wagtail.models import PageViewRestriction

    from .models import PressItemPage

    page_published.connect(reindex_published_press_item, sender=PressItemPage)
    # What the archive's cached facets (tag counts, years) depend on.
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(
            facet_refresh.on_publish, sender=PressItemPage, dispatch_uid=f"facets-{signal}"
        )
    post_save.connect(facets.invalidate, sender=PressItemPage, dispatch_uid="facets-saved")
    for model in (PageViewRestriction, Tag):
        for signal in (post_save, post_delete):
            signal.connect(facets.invalidate, sender=model, dispatch_uid=f"facets-{model}-{signal}")
