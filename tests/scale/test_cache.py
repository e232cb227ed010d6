"""Through Varnish: anonymous readers share cached pages, editors and forms go through, and
publishing refreshes every page that shows the item (within a second) and nothing else."""

import datetime

import pytest

from .client import request, wait_for
from .conftest import STACK_URL

pytestmark = pytest.mark.usefixtures("stack_db")

ABOUT = "/about/"


def get(path, **kwargs):
    return request(STACK_URL, path, **kwargs)


def cached(path):
    """Fetch until Varnish answers from its cache; return that response."""
    get(path)
    response = get(path)
    assert response.status == 200, path
    assert response.cache == "HIT", (path, response.headers)
    return response


def test_anonymous_readers_share_one_cached_copy_without_cookies():
    cached("/news/")
    with_cookie = get("/news/", headers={"Cookie": "csrftoken=abc; _ga=GA1.2.3"})
    assert with_cookie.cache == "HIT"
    assert with_cookie.cookie("csrftoken") is None
    # The surrogate keys are Varnish's business, not the reader's.
    assert "xkey" not in with_cookie.headers


def test_editors_admin_and_form_posts_pass_through():
    cached("/news/")
    editor = get("/news/", headers={"Cookie": "sessionid=not-a-real-session"})
    assert editor.cache == "MISS"
    assert get("/admin/login/").cache == "MISS"
    assert get("/admin/login/").cache == "MISS"
    posted = get("/news/", method="POST", data={"q": "x"})
    assert posted.cache == "MISS"


def publish_item(title, tag):
    from newsroom.models import NewsIndexPage, PressItemPage

    news = NewsIndexPage.objects.get()
    item = PressItemPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        item_type="statement",
        date=datetime.date.today(),
        summary="Mayors respond to the week's events in Washington.",
    )
    news.add_child(instance=item)
    item.tags.add(tag)
    item.save_revision().publish()
    return item


def test_publishing_refreshes_every_page_that_shows_the_item_and_nothing_else():
    from taskforce.models import IssuePage

    hub = IssuePage.objects.live().get(slug="immigration")
    other_hub = IssuePage.objects.live().exclude(pk=hub.pk).exclude(news_tag=hub.news_tag).first()
    tag = hub.news_tag
    showing = [
        "/",
        "/news/",
        f"/news/?tag={tag.slug}",
        "/news/?type=statement",
        "/news/feed/",
        f"/news/feed/?tag={tag.slug}",
        hub.url,
        f"{hub.url}feed/",
    ]
    unrelated = [ABOUT, other_hub.url, "/news/feed/?type=press_release"]
    for path in showing + unrelated:
        cached(path)

    title = f"Mayors Answer Today {datetime.datetime.now():%H%M%S%f}"
    item = publish_item(title, tag.name)
    try:
        for path in showing:
            seconds = wait_for(lambda p=path: title in get(p).text, timeout=1.0)
            assert seconds is not None, f"{path} does not show the new item within 1 s"
        assert get(item.url).status == 200
        for path in unrelated:
            response = get(path)
            assert response.cache == "HIT", f"{path} was purged but does not show the item"
            assert title not in response.text
    finally:
        item.delete()
    # Deleting it takes it off the pages again, through the cache.
    for path in showing:
        assert wait_for(lambda p=path: title not in get(p).text, timeout=1.0) is not None, path
    assert get(item.url).status == 404


def test_unpublishing_takes_the_item_off_the_archive_and_its_page():
    title = f"Statement Withdrawn {datetime.datetime.now():%H%M%S%f}"
    item = publish_item(title, "Press Room")
    try:
        assert wait_for(lambda: title in get("/news/").text, timeout=1.0) is not None
        cached(item.url)
        item.unpublish()
        assert wait_for(lambda: get(item.url).status == 404, timeout=1.0) is not None
        assert wait_for(lambda: title not in get("/news/").text, timeout=1.0) is not None
    finally:
        item.delete()
