"""Every hub and every person page has an RSS feed of the news it lists: advertised in the
page head, linked on the page, the same items, the same surrogate keys, constant queries."""

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from home import frontend_cache
from newsroom.models import PressItemPage
from taskforce.models import IssuePage, Person, PersonPressLink
from tests.newsroom.factories import make_press_items

from .factories import make_person

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

HUB = "/issues/immigration/"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def feed_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    return feed


def advertised_feed(html):
    """The autodiscovery link in the head and the visible 'Subscribe (RSS)' link: one address."""
    alternate = html.head.find("link", rel="alternate", type="application/rss+xml")
    visible = html.find("a", string="Subscribe (RSS)")
    assert alternate and visible, "no feed link"
    assert alternate["href"] == visible["href"]
    assert alternate["title"].endswith("(RSS)")
    return alternate["href"]


def card_titles(html, section_id):
    section = html.find(attrs={"aria-labelledby": section_id})
    return [a.get_text(strip=True) for a in section.select(".card__title a")]


def xkeys(response):
    return set(response.get("xkey", "").split())


def test_hub_feed_lists_the_hub_news_and_is_advertised(client):
    html = soup(client.get(HUB))
    url = advertised_feed(html)
    assert url == f"{HUB}feed/"
    feed = feed_of(client, url)
    hub = IssuePage.objects.get(url_path__endswith="/immigration/")
    assert feed.feed.title.startswith(f"{hub.title}: latest news")
    assert feed.feed.link == f"http://testserver{HUB}"
    shown = card_titles(html, "hub-news-heading")
    assert shown and [e.title for e in feed.entries][: len(shown)] == shown
    tagged = PressItemPage.objects.live().filter(tags=hub.news_tag).count()
    assert len(feed.entries) == min(tagged, 20)
    assert all(hub.news_tag.name in [t.term for t in e.tags] for e in feed.entries)


def test_hub_without_news_has_no_feed(client):
    hub = IssuePage.objects.get(url_path__endswith="/immigration/")
    hub.news_tag = None
    hub.save_revision().publish()
    html = soup(client.get(HUB))
    assert html.head.find("link", rel="alternate", type="application/rss+xml") is None
    assert html.find("a", string="Subscribe (RSS)") is None
    assert client.get(f"{HUB}feed/").status_code == 404


def person_with_news():
    """The demo person quoted most often."""
    people = Person.objects.filter(live=True).annotate(quoted=Count("quote_mentions"))
    person = people.order_by("-quoted").first()
    assert person.quoted > 1
    return person


def test_person_feed_lists_the_news_that_mentions_them(client):
    person = person_with_news()
    page = f"/people/{person.slug}/"
    html = soup(client.get(page))
    url = advertised_feed(html)
    assert url == f"{page}feed/"
    feed = feed_of(client, url)
    assert feed.feed.title.startswith(f"{person.name_with_office} in the news")
    assert feed.feed.link == f"http://testserver{page}"
    assert [e.title for e in feed.entries] == card_titles(html, "person-news-heading")[:20]


def test_person_feed_of_someone_without_news_is_empty_but_valid(client):
    person = make_person("Quinta", "Feedless", city="Quietville")
    html = soup(client.get(f"/people/{person.slug}/"))
    assert html.head.find("link", rel="alternate", type="application/rss+xml")
    assert feed_of(client, f"/people/{person.slug}/feed/").entries == []


@pytest.mark.parametrize(
    "url", ["/people/nobody-at-all/feed/", "/people/%00/feed/", "/issues/no-such-hub/feed/"]
)
def test_unknown_feed_addresses_are_not_found(client, url):
    assert client.get(url).status_code == 404


def test_draft_person_has_no_feed(client):
    person = make_person("Dora", "Draft", city="Draftville")
    person.live = False
    person.save()
    assert client.get(f"/people/{person.slug}/feed/").status_code == 404


# --- surrogate keys: a publish that refreshes the page refreshes its feed -----------------------


@pytest.fixture
def purged(monkeypatch, django_capture_on_commit_callbacks):
    """The keys the next publish purges from Varnish (sent after the commit, as in production)."""
    sent = set()
    monkeypatch.setattr(frontend_cache, "send", sent.update)

    def capture(action):
        sent.clear()
        with django_capture_on_commit_callbacks(execute=True):
            action()
        return set(sent)

    return capture


def test_hub_feed_carries_the_hub_keys_and_a_tagged_publish_purges_it(client, purged):
    hub = IssuePage.objects.get(url_path__endswith="/immigration/")
    page_keys, feed_keys = xkeys(client.get(HUB)), xkeys(client.get(f"{HUB}feed/"))
    assert f"news-tag-{hub.news_tag.slug}" in feed_keys
    assert f"p{hub.pk}" in feed_keys
    news_keys = {k for k in page_keys if k.startswith("news")}
    assert news_keys <= feed_keys
    keys = purged(lambda: make_press_items(1, tags=[hub.news_tag], prefix="Hub feed purge"))
    assert keys & feed_keys


def test_person_feed_carries_the_person_key_and_a_mention_purges_it(client, purged):
    person = make_person("Petra", "Purge", city="Purgeville")
    (item,) = make_press_items(1, prefix="Petra Purge speaks")
    page_keys = xkeys(client.get(f"/people/{person.slug}/"))
    feed_keys = xkeys(client.get(f"/people/{person.slug}/feed/"))
    assert f"person-{person.pk}" in page_keys & feed_keys

    def mention_and_publish():
        PersonPressLink.objects.create(person=person, page=item)
        item.save_revision().publish()

    assert f"person-{person.pk}" in purged(mention_and_publish)
    feed = feed_of(client, f"/people/{person.slug}/feed/")
    assert [e.title for e in feed.entries] == [item.title]
    assert f"p{item.pk}" in xkeys(client.get(f"/people/{person.slug}/feed/"))


# --- queries ----------------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_feed_queries_do_not_grow_with_items(client):
    hub = IssuePage.objects.get(url_path__endswith="/immigration/")
    person = make_person("Carla", "Counter", city="Countville")
    urls = [f"{HUB}feed/", f"/people/{person.slug}/feed/"]

    def add(count, batch):
        items = make_press_items(
            count, tags=[hub.news_tag, "Counting"], prefix=f"Count {batch}", item_type="statement"
        )
        PersonPressLink.objects.bulk_create(PersonPressLink(person=person, page=i) for i in items)

    add(5, "a")
    small = {url: count_queries(client, url) for url in urls}
    add(45, "b")
    large = {url: count_queries(client, url) for url in urls}
    assert large == small
    assert all(count <= 15 for count in large.values()), large
    assert len(feed_of(client, urls[1]).entries) == 20
    assert Person.objects.get(pk=person.pk).press_links.count() == 50
