"""Compute the unfiltered archive's facets when an item is published, not when a reader asks.

Counting every item's tags is the archive's one query that grows with the archive; a cold read
at 50,000 items costs a reader several times a warm page. A publish, unpublish or delete starts
a new facet generation and, once the change is committed, fills it with the facets of the plain
archive (the page most readers open), so the first reader after a publish finds them ready.
Filtered combinations are computed on their first read and kept for the generation.
"""

from django.db import transaction

from . import facets


def refresh():
    from .models import NewsIndexPage

    index = NewsIndexPage.objects.live().first()
    if index is not None:
        index.archive({})  # reads the facets through the cache: computed into the new generation


def on_publish(**_kwargs):
    """Signal receiver: a new generation now, its facets once the change is committed."""
    facets.invalidate()
    transaction.on_commit(refresh)
