"""schema.org `Event` data for a meeting page, with its sessions as sub-events."""

import json

from django.utils.safestring import mark_safe

# json.dumps leaves these as they are; inside <script> they could end it or start markup.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def meeting_event(meeting, sessions, request):
    url = meeting.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": meeting.title,
        "startDate": meeting.start_date.isoformat(),
        "endDate": meeting.end_date.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "url": url,
        "organizer": {"@type": "Organization", "name": "U.S. Conference of Mayors"},
    }
    if meeting.is_virtual:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": url}
    else:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        place = {"@type": "Place", "name": meeting.venue or meeting.place_label}
        if meeting.host_city_id:
            place["address"] = {
                "@type": "PostalAddress",
                "addressLocality": meeting.host_city.name,
                "addressRegion": meeting.host_city.state,
                "addressCountry": "US",
            }
        data["location"] = place
    if sessions:
        data["subEvent"] = [
            {
                "@type": "Event",
                "name": session.title,
                "startDate": session.starts_at.isoformat(),
                "endDate": session.ends_at.isoformat(),
                "url": f"{url}#{session.anchor}",
                "location": data["location"],
            }
            for session in sessions
        ]
    return script_json(data)


def script_json(data):
    """JSON safe to place inside <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_ESCAPES))  # noqa: S308
