"""Template tags other pages use to show how many mayors signed a letter."""

from django import template

register = template.Library()


@register.simple_tag
def signature_count(letter):
    """{% signature_count letter %} -> "101 mayors have signed" (verified signatures only).

    Accepts a SignOnLetterPage or any Page that is one (e.g. from a page chooser).
    """
    specific = getattr(letter, "specific", letter) if letter is not None else None
    summary = getattr(specific, "action_summary", None)
    return summary or ""


@register.simple_tag
def letters_under(page):
    """{% letters_under page as letters %}: live letters under a hub, counts included."""
    from taskforce.letters.models import SignOnLetterPage

    return SignOnLetterPage.live_letters_under(page)
