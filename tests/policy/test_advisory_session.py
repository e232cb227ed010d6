"""A media advisory whose WHEN and WHERE come from a meeting session, and the editors' chooser."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StructBlockValidationError

from home.models import StandardPage
from newsroom.models import PressItemPage
from policy.models import MeetingPage
from tests.staff import COMMUNICATIONS_EDITORS, member

pytestmark = pytest.mark.django_db

ADVISORY = {"what": "<p>Mayors brief reporters</p>", "who": "<p>Conference officers</p>"}


def advisory_block():
    return StandardPage._meta.get_field("body").stream_block.child_blocks["media_advisory"]


def render(raw):
    block = advisory_block()
    return BeautifulSoup(block.render(block.to_python(raw)), "html.parser")


def session(meeting_slug, title):
    return MeetingPage.objects.get(slug=meeting_slug).sessions.get(title=title)


def when_and_where(html):
    dds = html.select("dl dd")
    return dds[2].get_text(" ", strip=True), [s for s in dds[3].stripped_strings]


def test_a_chosen_session_fills_when_and_where_in_the_meetings_time_zone():
    press = session("85th-winter-meeting-2017", "Press conference: the mayors' agenda for 2017")
    html = render({**ADVISORY, "session": press.pk, "when": "stale text", "where": "old place"})
    when, where = when_and_where(html)
    assert when.startswith("Thursday, January 19, 2017, 10–11 a.m. Eastern time")
    assert where == ["Press room, lobby level", "Capital Hilton", "Washington, DC"]
    assert html.select_one("dd time")["datetime"] == "2017-01-19T10:00:00-05:00"
    links = {a.get_text(): a["href"] for a in html.select(".advisory__links a")}
    assert links["On the agenda"] == f"/meetings/85th-winter-meeting-2017/#session-{press.pk}"
    assert links["Add to calendar (.ics)"].endswith(f"/sessions/{press.pk}/calendar/")

    honolulu = session("87th-annual-meeting-2019", "International Affairs Committee")
    when, where = when_and_where(render({**ADVISORY, "session": honolulu.pk}))
    assert when.startswith("Friday, June 28, 2019, 2–4 p.m. Hawaii time")
    assert where == ["Room 316", "Honolulu, HI"]


def test_a_rescheduled_session_moves_the_advisory_with_it():
    press = session("85th-winter-meeting-2017", "Press conference: the mayors' agenda for 2017")
    press.start_time, press.end_time = datetime.time(11), datetime.time(12, 30)
    press.save()
    when, _where = when_and_where(render({**ADVISORY, "session": press.pk}))
    assert when.startswith("Thursday, January 19, 2017, 11 a.m.–12:30 p.m. Eastern time")


def test_without_a_session_the_editors_text_is_used():
    html = render({**ADVISORY, "when": "Friday, April 26, 2024, 10:00 a.m. ET", "where": "A\nB"})
    assert when_and_where(html) == ("Friday, April 26, 2024, 10:00 a.m. ET", ["A", "B"])
    assert html.select_one("dd time") is None and not html.select(".advisory__links")


def test_a_deleted_session_falls_back_to_the_editors_text():
    press = session("85th-winter-meeting-2017", "Press conference: the mayors' agenda for 2017")
    raw = {**ADVISORY, "session": press.pk, "when": "Thursday morning", "where": "Capital Hilton"}
    press.delete()
    assert when_and_where(render(raw)) == ("Thursday morning", ["Capital Hilton"])


def test_when_and_where_are_needed_only_without_a_session():
    block = advisory_block()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({**ADVISORY, "when": "", "where": ""}))
    assert set(error.value.block_errors) == {"when", "where"}
    press = session("85th-winter-meeting-2017", "Leadership luncheon")
    assert block.clean(block.to_python({**ADVISORY, "session": press.pk})).get("session") == press


def test_a_press_item_with_a_session_advisory_reads_it_in_one_query(client):
    item = PressItemPage.objects.live().first()
    press = session("85th-winter-meeting-2017", "Press conference: the mayors' agenda for 2017")
    item.body = json.dumps([{"type": "media_advisory", "value": {**ADVISORY, "session": press.pk}}])
    item.save_revision().publish()
    client.get(item.url)
    with CaptureQueriesContext(connection) as queries:
        html = BeautifulSoup(client.get(item.url).content, "html.parser")
    assert "10–11 a.m. Eastern time" in html.select_one(".advisory").get_text()
    session_reads = [q for q in queries if 'FROM "policy_meetingsession"' in q["sql"]]
    assert len(session_reads) == 1
    assert not [q for q in queries if q["sql"].startswith('SELECT "taskforce_city"')]


def test_communications_editor_chooses_a_session(client, django_user_model):
    client.force_login(member(django_user_model, COMMUNICATIONS_EDITORS, "comms"))
    response = client.get("/admin/meeting-session-chooser/?q=press")
    assert response.status_code == 200
    html = json.loads(response.content)["html"]
    assert "Press conference: the mayors&#x27; agenda for 2017" in html
    assert "85th Winter Meeting" in html and "Leadership luncheon" not in html
    press = session("85th-winter-meeting-2017", "Press conference: the mayors' agenda for 2017")
    chosen = client.get(f"/admin/meeting-session-chooser/chosen/{press.pk}/")
    result = json.loads(chosen.content)["result"]
    assert result["title"] == (
        "Press conference: the mayors' agenda for 2017 (85th Winter Meeting, January 19)"
    )
    # The press item's editor shows the chosen session in the advisory block.
    item = PressItemPage.objects.live().first()
    item.body = json.dumps([{"type": "media_advisory", "value": {**ADVISORY, "session": press.pk}}])
    item.save_revision().publish()
    edit = client.get(f"/admin/pages/{item.pk}/edit/")
    assert edit.status_code == 200
    assert "85th Winter Meeting, January 19" in edit.content.decode()
