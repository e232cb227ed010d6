"""Keep the search index in step with what was just published.

Search indexing runs on post_save, which modelcluster fires before it commits a page's tags; a
publish that only changed tags would leave the old tags in the index. Re-indexing once the
publish is complete makes tag searches reflect the live item.
"""

from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_press_item(sender, instance, **kwargs):
    index.insert_or_update_object(instance)


def register():
    from .models import PressItemPage

    page_published.connect(reindex_published_press_item, sender=PressItemPage)
