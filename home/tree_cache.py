"""Values read from the page tree on every request (the menu, the people index, the archive)
cached until the next change to any page, view restriction or site.

Any page save, publish, unpublish, move or delete starts a new generation: once at once (so the
same transaction reads its own change) and again after commit (so no other app server can have
cached the old state under the new generation). With the shared cache (Redis) every app server
sees the new generation immediately.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "tree:generation"
TIMEOUT = 3600


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        value = cache.get(GENERATION_KEY) or ""
    return value


def bump():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def on_change(sender=None, **kwargs):
    bump()
    transaction.on_commit(bump)


def cached(name, compute):
    """compute() once per generation; None is a value like any other."""
    key = f"tree:{name}:{generation()}"
    hit = cache.get(key)
    if hit is None:
        hit = (compute(),)
        cache.set(key, hit, TIMEOUT)
    return hit[0]


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    def on_page_saved(sender, instance, **kwargs):
        if isinstance(instance, Page):
            on_change()

    for signal in (post_save, post_delete):
        signal.connect(on_page_saved, dispatch_uid=f"tree-cache-page-{id(signal)}", weak=False)
        for model in (PageViewRestriction, Site):
            signal.connect(on_change, sender=model, dispatch_uid=f"tree-cache-{model}-{id(signal)}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_change, dispatch_uid=f"tree-cache-{id(signal)}")
