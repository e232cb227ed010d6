"""Patterned old addresses: dates, paging, feeds and WordPress's query-string links."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect

from newsroom.models import PressItemPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows():
    news = "/news/"
    Redirect.objects.create(
        old_path="/category/news/press-room", redirect_link=news + "?type=press_release"
    )
    Redirect.objects.create(old_path="/tag/housing", redirect_link=news + "?tag=housing")
    Redirect.objects.create(old_path="/?cat=3", redirect_link=news + "?type=press_release")
    item = PressItemPage.objects.live().first()
    Redirect.objects.create(old_path="/2021/06/23/a-release", redirect_page=item)
    Redirect.objects.create(old_path="/?p=20", redirect_page=item)
    return item


@pytest.mark.parametrize(
    "old, new",
    [
        ("/2024/", "/news/?year=2024"),
        ("/2024/04/", "/news/?year=2024"),
        ("/2024/04/11/", "/news/?year=2024"),
        ("/2024/04/page/3/", "/news/?year=2024"),
        ("/2024/feed/", "/news/feed/?year=2024"),
        ("/page/2/", "/news/"),
        ("/page/5/", "/news/?page=3"),
        ("/feed/", "/news/feed/"),
        ("/feed/atom/", "/news/feed/"),
        ("/feed/rss2/", "/news/feed/"),
        ("/comments/feed/", "/news/feed/"),
        ("/category/news/press-room/page/2/", "/news/?type=press_release"),
        ("/category/news/press-room/page/3/", "/news/?type=press_release&page=2"),
        ("/category/news/press-room/feed/", "/news/feed/?type=press_release"),
        ("/tag/housing/feed/atom/", "/news/feed/?tag=housing"),
        ("/?cat=3", "/news/?type=press_release"),
        ("/?feed=rss2", "/news/feed/"),
        ("/?s=housing", "/search/?q=housing"),
        ("/?m=202404", "/news/?year=2024"),
    ],
)
def test_patterned_addresses(client, rows, old, new):
    response = client.get(old)
    assert (response.status_code, response["Location"]) == (301, new)
    assert client.get(new).status_code == 200


def test_item_addresses_and_their_feeds_and_pages(client, rows):
    assert client.get("/?p=20")["Location"] == rows.url
    assert client.get("/2021/06/23/a-release/feed/")["Location"] == rows.url
    assert client.get("/2021/06/23/a-release/page/2/")["Location"] == rows.url


@pytest.mark.parametrize(
    "old",
    [
        "/2024/13/",
        "/2024/02/30/",
        "/1066/",
        "/tag/nothing/",
        "/tag/nothing/feed/",
        "/category/none/page/2/",
        "/?p=99999",
        "/?page_id=abc",
        "/no/such/page/3/",
        "/wp-content/uploads/2020/01/x.jpg",
        "/?p=" + "9" * 500,
    ],
)
def test_nonsense_stays_404(client, rows, old):
    assert client.get(old).status_code == 404


def test_a_normal_page_pays_nothing_and_a_redirect_a_few_queries(client, rows):
    client.get("/news/")  # warm caches
    with CaptureQueriesContext(connection) as plain:
        client.get("/news/")
    Redirect.objects.create(old_path="/unused", redirect_link="/news/")
    with CaptureQueriesContext(connection) as again:
        client.get("/news/")
    assert len(again) == len(plain)  # the redirect table is not read for pages that exist
    with CaptureQueriesContext(connection) as patterned:
        assert client.get("/category/news/press-room/page/3/").status_code == 301
    assert len(patterned) <= 12  # the 404 attempt, one redirect lookup, the news index
