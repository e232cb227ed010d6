"""What a reader sees for each search result: the label of its real type and a snippet.

No queries: everything is read from the specific page (or person, or city) already loaded.
"""

from django.utils.html import strip_tags
from django.utils.text import Truncator

SNIPPET_WORDS = 30
# Labels of types whose verbose name is not what a reader would call them.
LABELS = {
    "meetingpage": "Meeting",
    "issuepage": "Issue",
    "standardpage": "Page",
    "homepage": "Page",
    "city": "City",
}


def kind_label(obj):
    """'Statement', 'Press release', 'Standing committee', 'Sign-on letter', 'Mayor', 'City'."""
    meta = type(obj)._meta
    if meta.model_name in LABELS:
        return LABELS[meta.model_name]
    if hasattr(obj, "get_item_type_display"):
        return obj.get_item_type_display()
    if hasattr(obj, "get_kind_display"):
        return obj.get_kind_display()
    if hasattr(obj, "honorific"):
        return obj.honorific or "Person"
    return meta.verbose_name[:1].upper() + meta.verbose_name[1:]


def snippet(obj):
    """A sentence or two under every result, from the fields each type has for it."""
    for field in ("summary", "search_description", "intro", "hero_text", "bio"):
        text = strip_tags(getattr(obj, field, "") or "").strip()
        if text:
            return Truncator(text).words(SNIPPET_WORDS)
    return ""
