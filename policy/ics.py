"""iCalendar (RFC 5545) files of a meeting's sessions, built with the `icalendar` package.

Each session is a VEVENT with its start and end in the meeting's own time zone (TZID), and the
calendar carries the matching VTIMEZONE, so a reader in another zone sees the right local time.
UIDs are stable (session id and site host), so importing the file again updates the events
instead of duplicating them.
"""

import datetime

from django.utils import timezone
from icalendar import Calendar, Event, vText

PRODID = "-//U.S. Conference of Mayors//Meetings//EN"


def meeting_calendar(meeting, sessions, request):
    host = request.get_host().split(":")[0] or "localhost"
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", meeting.title)
    calendar.add("x-wr-timezone", meeting.time_zone)
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    page_url = meeting.get_full_url(request)
    for session in sessions:
        event = Event()
        event.add("uid", f"meeting-session-{session.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add("summary", f"{session.title} ({meeting.title})")
        event.add("description", session_description(session))
        event.add("location", vText(session_location(meeting, session)))
        event.add("url", f"{page_url}#{session.anchor}")
        event.add("categories", [session.get_kind_display()])
        event.add("class", "PUBLIC")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def session_description(session):
    lines = [session.description] if session.description else []
    if session.committee_id:
        lines.append(session.committee.title)
    if session.chair_id:
        lines.append(f"Chair: {session.chair.label}")
    if session.staff:
        lines.append(f"Staff: {session.staff}")
    if session.speaker_list:
        lines.append("Speakers: " + "; ".join(session.speaker_list))
    lines.append(session.get_press_access_display())
    return "\n".join(lines)


def session_location(meeting, session):
    if meeting.is_virtual:
        return "Virtual"
    return ", ".join(p for p in (session.room, meeting.place_label) if p)


def google_calendar_link(meeting, session, page_url):
    """A link that opens Google Calendar's 'new event' form filled in (no script, no account
    data leaves the site)."""
    from urllib.parse import urlencode

    fmt = "%Y%m%dT%H%M%S"
    return "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": f"{session.title} ({meeting.title})",
            "dates": f"{session.starts_at:{fmt}}/{session.ends_at:{fmt}}",
            "ctz": meeting.time_zone,
            "details": f"{session_description(session)}\n{page_url}#{session.anchor}",
            "location": session_location(meeting, session),
        }
    )
