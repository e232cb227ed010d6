"""The policy components rendered on their own, as any page that includes them would."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.test import RequestFactory

from policy.models import MeetingPage, Resolution

pytestmark = pytest.mark.django_db


def render(template, **context):
    context.setdefault("request", RequestFactory().get("/"))
    return BeautifulSoup(render_to_string(template, context), "html.parser")


def test_resolution_list_links_each_resolution_with_its_derived_labels():
    resolutions = list(Resolution.objects.published().for_listing().filter(number__in=[4, 11]))
    html = render("components/resolution_list.html", resolutions=resolutions)
    items = html.select(".resolution-item")
    assert [i.select_one("a")["href"] for i in items] == [
        "/resolutions/87th-annual-meeting-2019/4-opposing-federal-penalties-on-cities-over-immigration-enforcement/",
        "/resolutions/87th-annual-meeting-2019/11-standards-and-funding-for-body-worn-cameras/",
    ]
    assert "Sponsored by Mayor Hillary Schieve of Reno, NV; Mayor Eric Garcetti" in items[0].text
    assert items[1].select_one(".resolution-item__status").text.strip() == "Referred"


def test_resolution_list_without_resolutions_says_so():
    html = render("components/resolution_list.html", resolutions=[], empty_message="Nothing here.")
    assert html.select_one(".empty").text == "Nothing here."


def test_session_list_groups_by_day_in_the_meetings_zone():
    meeting = MeetingPage.objects.get(slug="85th-winter-meeting-2017")
    agenda = meeting.agenda()
    for _day, sessions in agenda:
        for session in sessions:
            session.ics_url, session.google_calendar_url = "/x.ics", ""
    html = render("components/session_list.html", agenda=agenda, page=meeting)
    assert [h.text for h in html.select(".agenda-day__heading")] == [
        "Wednesday, January 18",
        "Thursday, January 19",
    ]
    first = html.select_one(".session")
    assert first.select_one("time")["datetime"] == "2017-01-18T09:00:00-05:00"
    assert first.select_one("time").text == "9:00 AM"
    closed = [s for s in html.select(".session") if "Leadership luncheon" in s.text][0]
    assert closed.select_one(".session__press").text == "Closed to press"
