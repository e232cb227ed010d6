"""Search and reference indexes updated once per imported item, not once per save.

Creating and publishing a page saves it three or four times; each save would re-index it in
the search backend and Wagtail's reference index. During an import the signal handlers are
paused and the importer indexes each item once, at the end of its transaction.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def deferred_indexing(models):
    paused = [m for m in models if post_save.disconnect(post_save_signal_handler, sender=m)]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)


def index_now(obj):
    index.insert_or_update_object(obj)
    ReferenceIndex.create_or_update_for_object(obj)
