"""Every public page of the demo site answers in at most 15 SQL queries once its caches are
warm (the steady state between publishes; the first reader after a publish pays a few more)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_view_restrictions_are_read_once_until_the_tree_changes(client):
    from taskforce.models import IssuePage

    url = IssuePage.objects.live().get(slug="immigration").url

    def reads():
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        return [q for q in queries if 'FROM "wagtailcore_pageviewrestriction"' in q["sql"]]

    assert len(reads()) == 1
    assert reads() == []


def test_a_private_section_stays_hidden_from_listings(client):
    """The per-request memo still hides what a restriction hides."""
    from wagtail.models import PageViewRestriction

    from newsroom.models import PressItemPage

    item = PressItemPage.objects.live().order_by("-date").first()
    assert item.url in client.get("/news/").text
    PageViewRestriction.objects.create(page=item, restriction_type="login")
    assert item.url not in client.get("/news/").text


def test_a_restriction_added_after_a_page_was_served_applies_at_once(client):
    """Restrictions are cached per page-tree generation; adding one starts a new generation."""
    from wagtail.models import PageViewRestriction

    from taskforce.models import IssuePage

    hub = IssuePage.objects.live().get(slug="immigration")
    assert client.get(hub.url).status_code == 200
    PageViewRestriction.objects.create(page=hub, restriction_type="login")
    response = client.get(hub.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert hub.url not in client.get("/issues/").text


def test_a_renamed_page_is_found_at_its_new_address_only(client):
    """Routes are cached per page-tree generation too: a publish that changes a slug moves the
    page and everything under it at once."""
    from taskforce.models import IssuePage

    hub = IssuePage.objects.live().get(slug="immigration")
    letter = hub.get_children().live().first()
    assert client.get(hub.url).status_code == 200
    assert client.get(letter.url).status_code == 200
    hub.slug = "immigration-policy"
    hub.save_revision().publish()
    assert client.get("/issues/immigration/").status_code == 404
    assert "Immigration" in client.get("/issues/immigration-policy/").text
    assert client.get(f"/issues/immigration-policy/{letter.slug}/").status_code == 200


def test_an_unpublished_page_stops_answering(client):
    from newsroom.models import PressItemPage

    item = PressItemPage.objects.live().order_by("-date").first()
    assert client.get(item.url).status_code == 200
    item.unpublish()
    assert client.get(item.url).status_code == 404


BUDGET = 15


def public_urls():
    from home.models import StandardPage
    from newsroom.models import PressItemPage
    from policy.models import MeetingPage, Resolution
    from taskforce.letters.models import SignOnLetterPage
    from taskforce.models import City, IssuePage, Person, TaskForcePage

    person = Person.objects.filter(live=True).order_by("pk").first()
    resolution = Resolution.objects.published().select_related("meeting").first()
    city = City.objects.filter(people__live=True).order_by("pk").first()
    return [
        "/",
        "/news/",
        "/news/?page=2",
        "/news/?tag=immigration-reform",
        "/news/?tag=immigration-reform&type=statement&year=2017",
        "/news/?q=mayors",
        "/news/feed/",
        "/news/feed/?tag=immigration-reform",
        *(p.url for p in PressItemPage.objects.live().order_by("-date")[:2]),
        *(p.url for p in StandardPage.objects.live()),  # about, press centre, contact, privacy
        "/issues/",
        *(p.url for p in IssuePage.objects.live()),
        *(p.news_feed_url for p in IssuePage.objects.live() if p.news_feed_url),
        "/task-forces/",
        *(p.url for p in TaskForcePage.objects.live()[:3]),
        "/people/",
        f"/people/{person.slug}/",
        f"/people/{person.slug}/feed/",
        f"/cities/{city.state.lower()}/{city.slug.removesuffix('-' + city.state.lower())}/",
        *(p.url for p in SignOnLetterPage.objects.live()[:1]),
        "/meetings/",
        *(p.url for p in MeetingPage.objects.live()),
        MeetingPage.objects.live().first().url + "calendar/",
        "/resolutions/",
        "/resolutions/?tag=immigration",
        "/resolutions/?tag=immigration&status=adopted&year=2019&page=1",
        "/resolutions/feed/",
        "/resolutions/" + resolution.url_path(),
        "/search/?q=immigration",
        "/sitemap.xml",
        "/news/?page=abc&tag=%00",
    ]


def test_every_public_page_within_the_query_budget(client):
    urls = public_urls()
    assert {"/media/", "/contact/", "/privacy/", "/about/"} <= set(urls)
    over = {}
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        if len(queries) > BUDGET:
            over[url] = len(queries)
    assert over == {}, over
