"""Feeds and related items in Chromium: a reader finds the hub's and the person's feed, and
reads on from a press item to related ones; axe-core has nothing to report."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .accessibility import assert_accessible

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1440, "height": 900}
# Set DISCOVERY_SCREENSHOTS=dir to keep phone and desktop screenshots of each page.
SHOTS = os.environ.get("DISCOVERY_SCREENSHOTS")


def shoot(page, name):
    for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        assert_accessible(page)
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=f"{SHOTS}/{name}-{size_name}.png", full_page=True)


@pytest.mark.django_db(transaction=True)
def test_reader_subscribes_to_a_hub_and_a_mayor_and_reads_related_items(
    page, live_server, demo_site
):
    from taskforce.models import Person

    page.goto(live_server.url + "/issues/immigration/")
    shoot(page, "hub")
    subscribe = page.get_by_role("link", name="Subscribe (RSS)")
    expect(subscribe).to_have_attribute("href", "/issues/immigration/feed/")
    feed = page.request.get(live_server.url + "/issues/immigration/feed/")
    assert feed.ok and b"<rss" in feed.body()

    person = Person.objects.filter(live=True, quote_mentions__isnull=False).first()
    page.goto(f"{live_server.url}/people/{person.slug}/")
    expect(page.get_by_role("heading", name="In the news")).to_be_visible()
    expect(page.get_by_role("link", name="Subscribe (RSS)")).to_be_visible()
    shoot(page, "person")

    page.locator(".card__title a").first.click()
    related = page.get_by_role("region", name="Related")
    expect(related.locator(".card__title a")).not_to_have_count(0)
    shoot(page, "press-item")
    title = related.locator(".card__title a").first.inner_text()
    related.locator(".card__title a").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
