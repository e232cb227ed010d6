"""Helpers that build StreamField values in code (demo content, tests, importers)."""

from django.utils.html import escape


def paragraphs(*texts):
    """A body of plain paragraphs, as a raw StreamField list."""
    return [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in texts]
