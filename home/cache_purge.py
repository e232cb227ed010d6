"""When a page is published, unpublished, moved or deleted, purge what shows it.

`publish_scheduled` publishes through the same code as the admin, so an embargo lifting purges
the same keys. Which keys a page touches is the page's own business (`cache_keys()`).
"""

from django.db.models.signals import pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .frontend_cache import purge_keys


def keys_of(page):
    specific = page.specific_deferred if type(page) is Page else page
    return specific.cache_keys() if hasattr(specific, "cache_keys") else set()


def on_page_change(sender, instance, **kwargs):
    purge_keys(keys_of(instance))


def on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.depth and instance.depth > 1:
        purge_keys(keys_of(instance))


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_change, dispatch_uid=f"cache-purge-{id(signal)}")
    pre_delete.connect(on_page_delete, dispatch_uid="cache-purge-delete")
