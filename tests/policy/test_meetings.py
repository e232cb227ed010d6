import datetime
import json
import re

import icalendar
import pytest

from policy.choices import ordinal
from policy.models import MeetingPage

pytestmark = pytest.mark.django_db

ANNUAL = "/meetings/87th-annual-meeting-2019/"
WINTER = "/meetings/85th-winter-meeting-2017/"


@pytest.mark.parametrize(
    "number, expected",
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (82, "82nd"),
        (85, "85th"),
        (87, "87th"),
        (91, "91st"),
        (92, "92nd"),
        (111, "111th"),
        (101, "101st"),
    ],
)
def test_ordinals(number, expected):
    assert ordinal(number) == expected


def test_title_and_labels_are_derived():
    annual = MeetingPage.objects.get(slug="87th-annual-meeting-2019")
    assert annual.title == "87th Annual Meeting"
    assert annual.dates_label == "June 28 – July 1, 2019"
    assert annual.place_label == "Honolulu, HI"
    winter = MeetingPage.objects.get(slug="85th-winter-meeting-2017")
    assert winter.dates_label == "January 17–19, 2017"
    assert winter.place_label == "Capital Hilton, Washington, DC"
    winter.number, winter.kind = 92, "winter"
    assert winter.name == "92nd Winter Meeting"
    winter.is_virtual = True
    assert winter.place_label == "Virtual"


def test_meeting_page_shows_agenda_resolutions_and_event_data(client):
    html = client.get(ANNUAL).content.decode()
    assert "<h1>87th Annual Meeting</h1>" in html
    assert "All times are Hawaii time" in html
    # Wall-clock time where the meeting is, whatever the site's own time zone.
    assert '<time datetime="2019-06-28T14:00:00-10:00">2:00 PM</time>' in html
    assert "Immigration Reform Task Force" in html and "Closed to press" not in html
    assert '<a href="/people/john-giles/">Mayor John Giles | Mesa, AZ</a>' in html
    assert html.count('class="resolution-item"') == 12
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    )
    assert data["@type"] == "Event" and data["name"] == "87th Annual Meeting"
    assert data["startDate"] == "2019-06-28" and data["endDate"] == "2019-07-01"
    assert data["location"]["address"]["addressLocality"] == "Honolulu"
    assert len(data["subEvent"]) == 6
    assert data["subEvent"][0]["startDate"] == "2019-06-28T14:00:00-10:00"
    assert "calendar.google.com/calendar/render?action=TEMPLATE" in html
    assert "ctz=Pacific%2FHonolulu" in html


def test_closed_sessions_say_so(client):
    html = client.get(WINTER).content.decode()
    assert "Leadership luncheon" in html and "Closed to press" in html
    assert "No resolutions were considered at this meeting." in html


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_meeting_calendar_is_valid_icalendar_with_one_event_per_session(client):
    calendar = parse(client.get(ANNUAL + "calendar/"))
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == MeetingPage.objects.get(slug="87th-annual-meeting-2019").sessions.count()
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Pacific/Honolulu"
        assert event["DTSTAMP"] and event["SUMMARY"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Pacific/Honolulu"]
    first = min(events, key=lambda e: e.decoded("DTSTART"))
    start = first.decoded("DTSTART")
    # 2 pm in Honolulu is midnight UTC the next day.
    assert start.astimezone(datetime.UTC) == datetime.datetime(
        2019, 6, 29, 0, 0, tzinfo=datetime.UTC
    )
    assert str(first["SUMMARY"]) == "International Affairs Committee (87th Annual Meeting)"


def test_session_calendar_holds_that_session_only(client):
    meeting = MeetingPage.objects.get(slug="85th-winter-meeting-2017")
    session = meeting.sessions.get(title="Mayors and Police Chiefs Task Force")
    calendar = parse(client.get(f"{WINTER}sessions/{session.pk}/calendar/"))
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert "Chair: Mayor Ed Murray | Seattle, WA" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(f"{WINTER}#session-{session.pk}")
    assert client.get(f"{WINTER}sessions/999999/calendar/").status_code == 404


def test_sessions_outside_the_meeting_are_refused():
    from django.core.exceptions import ValidationError

    meeting = MeetingPage.objects.get(slug="85th-winter-meeting-2017")
    session = meeting.sessions.first()
    session.day = datetime.date(2017, 2, 1)
    with pytest.raises(ValidationError, match="outside the meeting's dates"):
        session.check_within(meeting)
