"""Every page type renders what its readers come for."""

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage, StandardPage
from newsroom.models import NewsIndexPage, PressItemPage
from taskforce.models import IssueIndexPage, IssuePage, TaskForceIndexPage, TaskForcePage
from tests.staff import COMMUNICATIONS_EDITORS, member

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_links_to_issues_news_and_about(client):
    html = soup(client.get("/"))
    assert html.h1.get_text(strip=True) == HomePage.objects.get().hero_heading
    hrefs = {a["href"] for a in html.select("a[href]")}
    assert {"/issues/immigration/", "/news/", "/about/"} <= hrefs
    latest = PressItemPage.objects.live().order_by("-date").first()
    assert latest.url in hrefs


def test_every_page_has_one_h1_skip_link_and_landmarks(client):
    for page in [
        HomePage,
        StandardPage,
        NewsIndexPage,
        PressItemPage,
        IssueIndexPage,
        IssuePage,
        TaskForceIndexPage,
        TaskForcePage,
    ]:
        instance = page.objects.live().first()
        html = soup(client.get(instance.url))
        assert len(html.find_all("h1")) == 1, page
        assert html.select_one("a.skip-link")["href"] == "#main"
        assert html.find("main", id="main")
        assert html.find("nav", attrs={"aria-label": "Main"})
        assert html.find("footer").find("a", string="Go to top")


def test_footer_shows_social_accounts(client):
    footer = soup(client.get("/about/")).find("footer")
    names = [a.get_text(strip=True) for a in footer.select(".social-links a")]
    assert names == ["X", "Facebook", "Instagram", "LinkedIn", "Threads", "Medium"]


def test_navigation_marks_current_section(client):
    html = soup(client.get("/issues/immigration/"))
    current = html.select_one('nav[aria-label="Main"] a[aria-current]')
    assert current.get_text(strip=True) == "Issues"


def test_immigration_issue_shows_three_leaders_with_city_and_state(client):
    html = soup(client.get("/issues/immigration/"))
    names = [p.get_text(" ", strip=True) for p in html.select(".leader__name")]
    assert names == [
        "Mayor John Giles | Mesa, AZ",
        "Mayor Todd Gloria | San Diego, CA",
        "Mayor Regina Romero | Tucson, AZ",
    ]


def test_press_item_shows_type_date_dateline_body_and_end_mark(client):
    item = PressItemPage.objects.get(title="U.S. Mayors Call for Comprehensive Immigration Reform")
    html = soup(client.get(item.url))
    assert html.h1.get_text(strip=True) == item.title
    assert html.find("time")["datetime"] == "2017-01-19"
    assert "Washington, D.C." in html.select_one(".dateline").get_text()
    assert html.select_one(".end-mark [aria-hidden]").get_text(strip=True) == "###"
    tags = [a["href"] for a in html.select(".tag-list a")]
    assert "/news/?tag=immigration-reform" in tags


def test_news_index_lists_newest_first(client):
    html = soup(client.get("/news/"))
    dates = [t["datetime"] for t in html.select(".card time")]
    assert dates and dates == sorted(dates, reverse=True)


def test_task_force_page_shows_kind_and_chair(client):
    html = soup(client.get("/task-forces/immigration-reform/"))
    assert html.select_one(".hub__kind").get_text(strip=True) == "Task force"
    assert "Mayor John Giles" in html.select_one(".leader__name").get_text()


def test_unknown_url_gives_friendly_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Page not found"
    assert html.select_one("a.skip-link")["href"] == "#main"
    assert html.find("nav", attrs={"aria-label": "Main"}), "the reader can navigate on"
    form = html.select_one("main form[role=search]")
    assert form["action"] == "/search/"
    assert form.find("label")["for"] == form.find("input", attrs={"name": "q"})["id"]
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_server_error_page_stands_alone(rf):
    """The 500 page renders with no context and no database: it must still be a proper page."""
    from django.views.defaults import server_error

    response = server_error(rf.get("/news/"))
    assert response.status_code == 500
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Something went wrong"
    assert html.find("main", id="main")
    assert html.select_one("a.skip-link")["href"] == "#main"
    assert html.find("link", rel="stylesheet")["href"] == "/static/css/site.css"


def test_print_stylesheet_is_linked_for_print_only(client):
    html = soup(client.get("/about/"))
    link = html.find("link", href="/static/css/print.css")
    assert link["media"] == "print"
    source = html.select_one(".print-source")
    assert "http://localhost/about/" in source.get_text()


def test_meta_description_and_open_graph_on_press_item(client):
    item = PressItemPage.objects.live().first()
    html = soup(client.get(item.url))
    assert html.find("meta", attrs={"name": "description"})["content"] == item.summary
    assert html.find("meta", property="og:title")["content"] == item.title


# --- HTTP caching -------------------------------------------------------------------------------


def test_public_pages_may_be_cached_briefly_by_browsers_and_cdns(client, settings):
    for url in ["/", "/about/", "/news/", "/issues/immigration/", "/no-such-page/"]:
        response = client.get(url)
        cache = response["Cache-Control"]
        assert "public" in cache and f"max-age={settings.PUBLIC_CACHE_MAX_AGE}" in cache, url


def test_logged_in_editors_never_get_cached_pages(client, django_user_model):
    client.force_login(member(django_user_model, COMMUNICATIONS_EDITORS, "ed"))
    for url in ["/", "/about/", "/admin/"]:
        cache = client.get(url)["Cache-Control"]
        assert "public" not in cache, url
        assert "max-age=0" in cache or "no-cache" in cache, url
    assert "private" in client.get("/about/")["Cache-Control"]


def test_responses_with_a_form_token_or_cookie_are_private(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from home.middleware import PublicCacheControlMiddleware

    def form_view(request):
        return HttpResponse(f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">')

    def cookie_view(request):
        response = HttpResponse("hello")
        response.set_cookie("seen", "1")
        return response

    for view in (form_view, cookie_view):
        request = rf.get("/letters/sign/")
        request.user = AnonymousUser()
        cache = PublicCacheControlMiddleware(view)(request)["Cache-Control"]
        assert "private" in cache and "public" not in cache, view.__name__

    request = rf.post("/search/")
    request.user = AnonymousUser()
    response = PublicCacheControlMiddleware(lambda r: HttpResponse("ok"))(request)
    assert not response.has_header("Cache-Control")


# --- the menu comes from the page tree ------------------------------------------------------------


def main_nav_titles(client, url="/"):
    html = soup(client.get(url))
    return [a.get_text(strip=True) for a in html.select('nav[aria-label="Main"] a')]


def test_menu_lists_live_top_level_pages_marked_show_in_menus(client):
    home = HomePage.objects.get()
    expected = [p.title for p in home.get_children().live().public().in_menu().order_by("path")]
    assert {"About the Conference", "News", "Issues"} <= set(expected)
    assert main_nav_titles(client) == expected

    hidden = StandardPage(title="Staff intranet", slug="intranet", show_in_menus=False)
    home.add_child(instance=hidden)
    hidden.save_revision().publish()
    draft = StandardPage(title="Unpublished plans", slug="plans", show_in_menus=True, live=False)
    home.add_child(instance=draft)
    shown = StandardPage(title="Visit us", slug="visit", show_in_menus=True)
    home.add_child(instance=shown)
    shown.save_revision().publish()

    assert main_nav_titles(client) == [*expected, "Visit us"]


def test_menu_costs_the_same_queries_with_more_menu_pages(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as before:
        client.get("/about/")
    home = HomePage.objects.get()
    for i in range(5):
        page = StandardPage(title=f"Extra {i}", slug=f"extra-{i}", show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
    with CaptureQueriesContext(connection) as after:
        client.get("/about/")
    assert "Extra 4" in main_nav_titles(client, "/about/")
    assert len(after) == len(before)


def test_editors_see_the_wagtail_user_bar_readers_do_not(client, django_user_model):
    assert b"<wagtail-userbar" not in client.get("/about/").content
    client.force_login(member(django_user_model, COMMUNICATIONS_EDITORS, "ed"))
    assert b"<wagtail-userbar" in client.get("/about/").content
