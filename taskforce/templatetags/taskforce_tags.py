"""Template tags for people: links to person pages and the officers' leadership strip."""

from django import template

from taskforce.profile import find_people_index

register = template.Library()


@register.simple_tag(takes_context=True)
def person_url(context, person):
    """/people/<slug>/, or '' when there is no people index (one lookup per request)."""
    request = context.get("request")
    index = find_people_index(request)
    if index is None or not person.slug:
        return ""
    return index.person_url(person, request)


@register.inclusion_tag("components/officers_strip.html", takes_context=True)
def officers_strip(context, heading="Leadership"):
    """The current officers, in the editor's order, for the home page."""
    request = context.get("request")
    index = find_people_index(request)
    officers = index.current_officers() if index else []
    return {"officers": officers, "people_index": index, "heading": heading, "request": request}
