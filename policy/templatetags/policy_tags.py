"""Template tags through which hubs and person pages show the policy record.

The lower apps never import policy: their templates load these tags, which ask policy's models.
"""

from django import template
from django.utils.http import urlencode

from policy.database import find_resolution_index
from policy.resolutions import Resolution

register = template.Library()

HUB_LIMIT = 5
PERSON_LIMIT = 10


@register.simple_tag(takes_context=True)
def resolution_url(context, resolution):
    index = find_resolution_index(context.get("request"))
    return index.get_url(context.get("request")) + resolution.url_path() if index else ""


def _database_url(request, **params):
    index = find_resolution_index(request)
    if index is None:
        return ""
    return index.get_url(request) + (f"?{urlencode(params)}" if params else "")


@register.inclusion_tag("components/hub_resolutions.html", takes_context=True)
def hub_resolutions(context, hub):
    """A committee's latest adopted resolutions, or an issue's (by its news tag)."""
    request = context.get("request")
    adopted = Resolution.objects.published().adopted()
    if getattr(hub, "kind", "") == "standing_committee":
        resolutions = adopted.filter(committee=hub)
        params = {"committee": hub.slug, "status": "adopted"}
    elif getattr(hub, "news_tag_id", None):
        resolutions = adopted.filter(tagged_items__tag_id=hub.news_tag_id)
        params = {"tag": hub.news_tag.slug, "status": "adopted"}
    else:
        resolutions, params = Resolution.objects.none(), {}
    resolutions = list(resolutions.for_listing()[:HUB_LIMIT])
    return {
        "request": request,
        "hub": hub,
        "resolutions": resolutions,
        "database_url": _database_url(request, **params) if resolutions else "",
    }


@register.inclusion_tag("components/person_policy.html", takes_context=True)
def person_policy(context, person):
    """Resolutions the person sponsored and the meeting sessions they chair."""
    request = context.get("request")
    if person is None or person.pk is None:
        return {"resolutions": [], "sessions": []}
    resolutions = list(
        Resolution.objects.published()
        .filter(sponsors__person=person)
        .distinct()
        .for_listing()[:PERSON_LIMIT]
    )
    sessions = list(
        person.chaired_sessions.filter(meeting__live=True)
        .select_related("meeting", "committee")
        .order_by("-day", "-start_time")[:PERSON_LIMIT]
    )
    return {
        "request": request,
        "person": person,
        "resolutions": resolutions,
        "sessions": sessions,
        "database_url": _database_url(request, sponsor=person.slug) if resolutions else "",
    }
