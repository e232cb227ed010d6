"""What a feed reader sees of each item: its type as the first category, and the moment it
came out (not midnight of its printed date)."""

import datetime
from email.utils import parsedate_to_datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from lxml import etree

from newsroom.models import PressItemPage

from .factories import make_press_items

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

FEEDS = ["/news/feed/", "/news/feed/?tag=quorum", "/issues/immigration/feed/"]


def feed_items(client, url):
    """{title: (categories, pubDate)} read from the RSS XML itself."""
    response = client.get(url)
    assert response.status_code == 200, url
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    channel = etree.fromstring(response.content, parser).find("channel")
    return {
        item.findtext("title"): (
            [c.text for c in item.findall("category")],
            parsedate_to_datetime(item.findtext("pubDate")),
        )
        for item in channel.findall("item")
    }


@pytest.mark.parametrize("url", FEEDS)
def test_each_item_names_its_type_first_then_its_tags(client, url):
    today = timezone.localdate()
    for item_type in ("statement", "press_release", "media_advisory"):
        make_press_items(
            1,
            tags=["Quorum", "Immigration Reform"],
            prefix=f"Quorum {item_type}",
            item_type=item_type,
            date=today,
        )
    items = feed_items(client, url)
    assert items["Quorum statement 0"][0][0] == "Statement"
    assert items["Quorum press_release 0"][0][0] == "Press release"
    assert items["Quorum media_advisory 0"][0][0] == "Media advisory"
    assert set(items["Quorum statement 0"][0][1:]) == {"Quorum", "Immigration Reform"}
    # Every item of the feed has a type, whatever feed it is.
    labels = {label for _, label in PressItemPage._meta.get_field("item_type").choices}
    assert all(categories[0] in labels for categories, _ in items.values())


def test_pub_date_is_the_publishing_time_on_the_item_date(client):
    (item,) = make_press_items(1, tags=["Quorum"], prefix="Quorum today", date=timezone.localdate())
    item.refresh_from_db()
    _, published = feed_items(client, "/news/feed/?tag=quorum")["Quorum today 0"]
    assert published == item.first_published_at.replace(microsecond=0)
    assert timezone.localtime(published).time() != datetime.time()


def test_back_dated_item_keeps_its_printed_date(client):
    (item,) = make_press_items(
        1, tags=["Quorum"], prefix="Quorum archive", date=datetime.date(2017, 6, 23)
    )
    _, published = feed_items(client, "/news/feed/?tag=quorum")["Quorum archive 0"]
    local = timezone.localtime(published)
    assert (local.date(), local.time()) == (datetime.date(2017, 6, 23), datetime.time())


def test_embargoed_item_dates_from_the_moment_the_embargo_lifted(client):
    lifts = (timezone.now() + datetime.timedelta(minutes=5)).replace(microsecond=0)
    (item,) = make_press_items(
        1,
        tags=["Quorum"],
        prefix="Quorum embargoed",
        date=timezone.localtime(lifts).date(),
        release_status="embargoed",
        embargo_until=lifts,
        go_live_at=lifts,
        live=False,
    )
    assert "Quorum embargoed 0" not in feed_items(client, "/news/feed/")
    # Forty seconds after the embargo time the scheduler has run; a reader fetches the feed.
    later = lifts + datetime.timedelta(seconds=40)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled")
        item.refresh_from_db()
        assert item.live and item.first_published_at == later
        _, published = feed_items(client, "/news/feed/")["Quorum embargoed 0"]
    assert published == lifts
