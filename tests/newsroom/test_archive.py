"""The news archive and its feeds, as readers, journalists and feed readers use them."""

import feedparser
import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from newsroom.models import PressItemPage

from .factories import make_press_items, news_index, published_titles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def card_titles(html):
    return [a.get_text(strip=True) for a in html.select(".card__title a")]


def all_archive_titles(client, query):
    """Titles over every page of a filtered archive, following the 'Next' links."""
    titles, url = [], f"/news/?{query}"
    while url:
        html = soup(client.get(url))
        titles += card_titles(html)
        nxt = html.select_one('.pagination a[rel="next"]')
        url = "/news/" + nxt["href"] if nxt else None
    return titles


def test_tag_filter_lists_only_items_with_that_tag(client):
    expected = published_titles(tagged_items__tag__slug="immigration-reform")
    assert len(expected) >= 8
    titles = all_archive_titles(client, "tag=immigration-reform")
    assert sorted(titles) == sorted(expected)


def test_type_and_year_filters_combine(client):
    titles = all_archive_titles(client, "type=statement&year=2017")
    expected = published_titles(item_type="statement", date__year=2017)
    assert sorted(titles) == sorted(expected)
    assert len(titles) == 4


def test_words_filter_searches_title_and_summary(client):
    titles = all_archive_titles(client, "q=DACA")
    assert titles == ["Statement Urging President Trump to Continue DACA Program"]
    # "grants" is only in a summary
    assert all_archive_titles(client, "q=federal+grants") == [
        "Statement by USCM CEO & Executive Director Tom Cochran on Today's Remarks by "
        "Attorney General Jeff Sessions"
    ]


def test_archive_is_newest_first_twenty_a_page(client):
    html = soup(client.get("/news/"))
    dates = [t["datetime"] for t in html.select(".card time")]
    assert len(dates) == 20
    assert dates == sorted(dates, reverse=True)
    expected = list(
        PressItemPage.objects.live().order_by("-date", "-pk").values_list("title", flat=True)
    )
    assert card_titles(html) == expected[:20]
    assert card_titles(soup(client.get("/news/?page=2"))) == expected[20:40]


def test_title_h1_and_noindex_name_the_active_filter(client):
    html = soup(client.get("/news/?tag=immigration-reform"))
    assert html.h1.get_text(strip=True) == "News tagged Immigration Reform"
    assert html.title.get_text().startswith("News tagged Immigration Reform |")
    # A single tag is a topic page: indexable, under its own canonical address.
    assert html.find("meta", attrs={"name": "robots"}) is None
    assert html.find("link", rel="canonical")["href"].endswith("/news/?tag=immigration-reform")
    combined = soup(client.get("/news/?tag=immigration-reform&year=2017"))
    assert combined.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    assert combined.find("link", rel="canonical")["href"].endswith("/news/")
    plain = soup(client.get("/news/"))
    assert plain.h1.get_text(strip=True) == "News"
    assert plain.find("meta", attrs={"name": "robots"}) is None
    html = soup(client.get("/news/?type=statement&year=2017"))
    assert html.h1.get_text(strip=True) == "Statements from 2017"


def test_pagination_keeps_filters_and_clamps_out_of_range_pages(client):
    make_press_items(25, tags=["Housing"], prefix="Housing brief")
    html = soup(client.get("/news/?tag=housing&page=999"))
    assert html.select_one('.pagination a[aria-current="page"]').get_text(strip=True).endswith("2")
    hrefs = [a["href"] for a in html.select(".pagination a")]
    assert "?tag=housing" in hrefs
    assert all("tag=housing" in href for href in hrefs)
    first = soup(client.get("/news/?tag=housing&page=abc"))
    assert first.select_one('.pagination a[rel="next"]')["href"] == "?tag=housing&page=2"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("type=x", "No items of type “x”; showing all types."),
        ("year=abc", "“abc” is not a year; showing all years."),
        ("tag=nope", "No items are tagged “nope”; showing all tags."),
    ],
)
def test_junk_filters_show_a_clear_message_and_the_archive(client, query, message):
    html = soup(client.get(f"/news/?{query}"))
    assert message in html.select_one(".notice").get_text()
    assert len(card_titles(html)) == 20


@pytest.mark.parametrize("query", ["page=abc", "q=%00", "tag=%00", "year=-5", "page=-3&tag=x y"])
def test_junk_never_errors(client, query):
    assert client.get(f"/news/?{query}").status_code == 200
    assert client.get(f"/news/feed/?{query}").status_code in (200, 404)


def test_tag_list_counts_match_the_database_and_links_keep_filters(client):
    html = soup(client.get("/news/?type=statement"))
    nav = html.find("nav", attrs={"aria-label": "Filter by tag"})
    links = {" ".join(a.get_text().split()): a["href"] for a in nav.select("a")}
    count = len(published_titles(item_type="statement", tagged_items__tag__slug="press-room"))
    assert f"Press Room ({count} items)" in links
    assert links[f"Press Room ({count} items)"] == "/news/?tag=press-room&type=statement"


def test_filter_form_works_without_javascript(client):
    html = soup(client.get("/news/?tag=immigration-reform"))
    form = html.select_one("form.archive-filter")
    assert form["method"] == "get" and form["action"] == "/news/"
    assert form.find("input", attrs={"name": "tag", "type": "hidden"})["value"] == (
        "immigration-reform"
    )
    assert {s["name"] for s in form.select("select")} == {"type", "year"}
    years = [o["value"] for o in form.select('select[name="year"] option') if o["value"]]
    assert years == ["2025", "2024", "2023", "2022", "2021", "2020", "2019", "2017"]


def test_press_item_tags_link_to_the_filtered_archive(client):
    item = PressItemPage.objects.get(title="U.S. Mayors Call for Comprehensive Immigration Reform")
    html = soup(client.get(item.url))
    hrefs = [a["href"] for a in html.select(".tag-list a")]
    assert hrefs == [
        "/news/?tag=immigration-reform",
        "/news/?tag=mayors-and-police-chiefs",
        "/news/?tag=press-room",
    ]


# --- feeds --------------------------------------------------------------------------------


def parse_feed(client, query=""):
    response = client.get(f"/news/feed/{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    return feed


def test_tag_feed_is_valid_rss_with_the_archive_items(client):
    feed = parse_feed(client, "?tag=immigration-reform")
    archive = all_archive_titles(client, "tag=immigration-reform")
    assert [e.title for e in feed.entries] == archive[:20]
    assert feed.feed.title.startswith("News tagged Immigration Reform")
    assert all("Immigration Reform" in [t.term for t in e.tags] for e in feed.entries)
    first = PressItemPage.objects.get(title=feed.entries[0].title)
    assert feed.entries[0].link == f"http://testserver{first.url}"
    assert feed.entries[0].summary == first.summary


def test_feed_has_twenty_latest_items(client):
    feed = parse_feed(client)
    assert len(feed.entries) == 20
    assert [e.title for e in feed.entries] == card_titles(soup(client.get("/news/")))


def test_feed_with_unknown_filter_is_not_found(client):
    assert client.get("/news/feed/?tag=nope").status_code == 404
    assert client.get("/news/feed/?type=x").status_code == 404


def test_archive_and_filtered_views_advertise_their_feed(client):
    for query, feed_url in [
        ("", "/news/feed/"),
        ("?tag=immigration-reform&year=2017", "/news/feed/?tag=immigration-reform&year=2017"),
    ]:
        html = soup(client.get(f"/news/{query}"))
        link = html.find("link", rel="alternate", type="application/rss+xml")
        assert link["href"] == feed_url
        assert client.get(feed_url).status_code == 200


def test_unpublished_and_private_items_never_appear(client):
    draft, private = make_press_items(2, tags=["Immigration Reform"], prefix="Hidden")
    draft.unpublish()
    draft.date = private.date = draft.date.replace(year=2030)  # would be first
    draft.save()
    private.save()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for url in ["/news/", "/news/?tag=immigration-reform", "/news/?q=Hidden"]:
        assert not [t for t in card_titles(soup(client.get(url))) if "Hidden" in t]
    for query in ["", "?tag=immigration-reform"]:
        assert not [e for e in parse_feed(client, query).entries if "Hidden" in e.title]
    assert news_index().get_children().filter(title__startswith="Hidden").count() == 2


def tag_names(client, url="/news/"):
    nav = soup(client.get(url)).find("nav", attrs={"aria-label": "Filter by tag"})
    return {" ".join(a.get_text().split()) for a in nav.select("a")}


def test_cached_tag_counts_follow_publishing_at_once(client):
    assert not [n for n in tag_names(client) if n.startswith("Zoning")]
    (item,) = make_press_items(1, tags=["Zoning"], prefix="Zoning update")
    assert "Zoning (1 item)" in tag_names(client)
    item.unpublish()
    assert not [n for n in tag_names(client) if n.startswith("Zoning")]
    item.save_revision().publish()
    assert "Zoning (1 item)" in tag_names(client)
    PageViewRestriction.objects.create(page=item, restriction_type="login")
    assert not [n for n in tag_names(client) if n.startswith("Zoning")]
