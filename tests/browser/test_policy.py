"""The policy record in Chromium: axe-core on each new page type, phone width, screenshots."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .accessibility import assert_accessible

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1440, "height": 900}
PATHS = [
    "/resolutions/",
    "/resolutions/?committee=criminal-and-social-justice&status=adopted&q=police",
    "/resolutions/?sponsor=john-giles&meeting=<script>",
    "/resolutions/87th-annual-meeting-2019/4-opposing-federal-penalties-on-cities-over-immigration-enforcement/",
    "/meetings/",
    "/meetings/87th-annual-meeting-2019/",
    "/meetings/85th-winter-meeting-2017/",
    "/people/john-giles/",
    "/issues/immigration/",
    "/search/?q=refugee",
]
# Set POLICY_SCREENSHOTS=dir to keep phone and desktop screenshots of each page.
SHOTS = os.environ.get("POLICY_SCREENSHOTS")


def overflow(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.django_db(transaction=True)
def test_policy_pages_are_accessible_and_fit_a_phone(page, live_server, demo_site):
    problems = []
    for number, path in enumerate(PATHS):
        for name, size in (("desktop", DESKTOP), ("phone", PHONE)):
            page.set_viewport_size(size)
            response = page.goto(live_server.url + path)
            if response.status != 200:
                problems.append(f"{path}: HTTP {response.status}")
                break
            try:
                assert_accessible(page)
            except AssertionError as error:
                problems.append(str(error))
            if name == "phone" and (extra := overflow(page)) > 0:
                problems.append(f"{path}: {extra}px wider than a 375px phone")
            if SHOTS:
                Path(SHOTS).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=f"{SHOTS}/{number:02d}-{name}.png", full_page=True)
    assert not problems, "\n\n".join(problems)


@pytest.mark.django_db(transaction=True)
def test_reader_filters_the_database_and_keeps_filters_across_pages(page, live_server, demo_site):
    page.goto(live_server.url + "/resolutions/")
    page.get_by_label("Committee").select_option(label="International Affairs Committee")
    page.get_by_label("Status").select_option(value="adopted")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Adopted resolutions of the International Affairs Committee"
    )
    expect(page.locator(".resolution-item")).to_have_count(5)
    page.get_by_role("link", name="Restoring Refugee Admissions").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Restoring Refugee Admissions")


@pytest.mark.django_db(transaction=True)
def test_advisory_with_a_session_is_accessible(page, live_server, demo_site):
    import json

    from newsroom.models import PressItemPage
    from policy.models import MeetingPage

    meeting = MeetingPage.objects.get(slug="85th-winter-meeting-2017")
    press = meeting.sessions.get(kind="press")
    item = PressItemPage.objects.live().filter(item_type="media_advisory").first()
    advisory = {"what": "<p>Mayors brief reporters</p>", "who": "<p>Conference officers</p>"}
    item.body = json.dumps([{"type": "media_advisory", "value": {**advisory, "session": press.pk}}])
    item.save_revision().publish()
    for name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.goto(live_server.url + item.url)
        expect(page.locator(".advisory")).to_contain_text("10–11 a.m. Eastern time")
        assert_accessible(page)
        assert overflow(page) <= 0
        if SHOTS:
            page.locator(".advisory").screenshot(path=f"{SHOTS}/advisory-{name}.png")
    page.get_by_role("link", name="On the agenda").click()
    expect(page).to_have_url(f"{live_server.url}{meeting.url}#session-{press.pk}")
