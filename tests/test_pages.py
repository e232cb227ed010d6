"""Every page type renders what its readers come for."""

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage, StandardPage
from newsroom.models import NewsIndexPage, PressItemPage
from taskforce.models import IssueIndexPage, IssuePage, TaskForceIndexPage, TaskForcePage

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
    assert html.select_one(".end-mark").get_text(strip=True) == "###"
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
    assert b"Page not found" in response.content
    assert b"skip-link" in response.content


def test_meta_description_and_open_graph_on_press_item(client):
    item = PressItemPage.objects.live().first()
    html = soup(client.get(item.url))
    assert html.find("meta", attrs={"name": "description"})["content"] == item.summary
    assert html.find("meta", property="og:title")["content"] == item.title
