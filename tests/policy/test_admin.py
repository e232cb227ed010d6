"""Resolutions and meetings in the real Wagtail admin, as a policy editor (not a superuser)."""

from datetime import date

import pytest
from wagtail.models import Page

from policy.models import MeetingIndexPage, MeetingPage, Resolution

pytestmark = pytest.mark.django_db
EMPTY_RICH_TEXT = '{"blocks": [], "entityMap": {}}'  # what the Draftail editor posts


def test_editor_lists_filters_and_edits_resolutions(policy_editor):
    client = policy_editor
    listing = client.get("/admin/snippets/policy/resolution/?status=referred")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Standards and Funding for Body-Worn Cameras" in html
    assert "In Support of Comprehensive Immigration Reform" not in html
    resolution = Resolution.objects.get(number=11)
    assert client.get(f"/admin/snippets/policy/resolution/edit/{resolution.pk}/").status_code == 200
    assert (
        client.get(f"/admin/snippets/policy/resolution/history/{resolution.pk}/").status_code == 200
    )
    assert client.get("/admin/snippets/policy/resolution/add/").status_code == 200
    export = client.get("/admin/snippets/policy/resolution/?export=csv")
    assert b"Body-Worn Cameras" in b"".join(export.streaming_content)


def test_duplicate_number_is_refused_next_to_the_field(policy_editor):
    meeting = MeetingPage.objects.get(slug="87th-annual-meeting-2019")
    data = {
        "meeting": meeting.pk,
        "number": "4",
        "title": "Duplicate",
        "status": "adopted",
        "date_adopted": "",
        "summary": "",
        "text": EMPTY_RICH_TEXT,
        "tags": "",
        "committee": "",
        "sponsors-TOTAL_FORMS": "0",
        "sponsors-INITIAL_FORMS": "0",
        "sponsors-MIN_NUM_FORMS": "0",
        "sponsors-MAX_NUM_FORMS": "1000",
    }
    response = policy_editor.post("/admin/snippets/policy/resolution/add/", data)
    assert response.status_code == 200
    assert "already has a resolution with that number" in response.content.decode()
    assert Resolution.objects.filter(title="Duplicate").count() == 0


def test_editor_opens_a_meeting_and_its_title_is_derived(policy_editor):
    meeting = MeetingPage.objects.get(slug="85th-winter-meeting-2017")
    assert policy_editor.get(f"/admin/pages/{meeting.pk}/edit/").status_code == 200
    index = MeetingIndexPage.objects.get()
    assert policy_editor.get(f"/admin/pages/add/policy/meetingpage/{index.pk}/").status_code == 200
    new = MeetingPage(
        number=92, kind="winter", start_date=date(2024, 1, 17), end_date=date(2024, 1, 19)
    )
    index.add_child(instance=new)
    assert Page.objects.get(pk=new.pk).title == "92nd Winter Meeting"
    assert new.slug == "92nd-winter-meeting-2024"
