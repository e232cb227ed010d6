"""Site search: finds body text and tags, filters by content type, shows editors' picks."""

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from newsroom.models import ItemType, PressItemPage

from ..newsroom.factories import make_press_items

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def result_titles(html):
    return [a.get_text(strip=True) for a in html.select(".search-result__title a")]


def test_finds_words_in_streamfield_body(client):
    item = PressItemPage.objects.get(title__startswith="Joint Statement of USCM")
    html = soup(client.get("/search/?q=officers+victims+immigration+agents"))  # in its quote
    assert result_titles(html) == [item.title]
    kind = html.select_one(".search-result__kind").get_text(" ", strip=True)
    assert kind.startswith("Joint statement")


def test_finds_items_by_tag_name(client):
    (item,) = make_press_items(1, tags=["Brownfield Renewal"], prefix="Untitled note")
    assert result_titles(soup(client.get("/search/?q=brownfield"))) == [item.title]


def test_prefix_matching_finds_plural_forms(client):
    titles = result_titles(soup(client.get("/search/?q=advisory&type=news")))
    assert any(t.startswith("ADVISORY: American Mayors") for t in titles)
    assert result_titles(soup(client.get("/search/?q=immigrant&type=news")))


def test_content_type_filter(client):
    everything = result_titles(soup(client.get("/search/?q=immigration")))
    issues = result_titles(soup(client.get("/search/?q=immigration&type=issues")))
    assert issues == ["Immigration"]
    assert "Immigration" in everything and len(everything) > len(issues)
    news = soup(client.get("/search/?q=immigration&type=news"))
    kinds = {p.get_text().split("·")[0].strip() for p in news.select(".search-result__kind")}
    assert kinds <= {label for _value, label in ItemType.choices} and "Statement" in kinds


def test_ten_results_a_page_with_shared_pagination(client):
    make_press_items(23, prefix="Quasar briefing")
    first = soup(client.get("/search/?q=quasar&type=news"))
    assert len(result_titles(first)) == 10
    assert "23 results, page 1 of 3" in first.select_one(".search-page__count").get_text()
    nav = first.find("nav", attrs={"aria-label": "Search result pages"})
    assert nav.select_one('a[rel="next"]')["href"] == "?q=quasar&type=news&page=2"
    last = soup(client.get("/search/?q=quasar&type=news&page=99"))  # clamped
    assert len(result_titles(last)) == 3
    seen = set(result_titles(first)) | set(result_titles(last))
    seen |= set(result_titles(soup(client.get("/search/?q=quasar&type=news&page=2"))))
    assert len(seen) == 23


def test_editors_picks_come_first_and_only_live_pages(client):
    about = Page.objects.get(slug="about")
    draft = make_press_items(1, prefix="Withdrawn pick")[0]
    draft.unpublish()
    query = Query.get("Who We Are")
    SearchPromotion.objects.create(query=query, page=about, description="Our mission", sort_order=0)
    SearchPromotion.objects.create(query=query, page=draft, sort_order=1)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/history",
        external_link_text="Our history",
        sort_order=2,
    )
    html = soup(client.get("/search/?q=who+we+are"))
    picks = [a.get_text(strip=True) for a in html.select(".promotions a")]
    assert picks == ["About the Conference", "Our history"]


def test_unpublished_and_private_pages_are_never_found(client):
    draft, private = make_press_items(2, prefix="Xylophone memo")
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert result_titles(soup(client.get("/search/?q=xylophone"))) == []


def test_results_are_noindex(client):
    html = soup(client.get("/search/?q=mayors"))
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"


@pytest.mark.parametrize(
    "query",
    [
        "q=%00",
        "q=" + "a" * 5000,
        'q="',
        "q=*",
        "q=AND+OR+NOT",
        "q=NEAR(a+b)",
        "q={title}:x",
        "q=mayors&page=abc",
        "q=mayors&type=bogus",
        "q=^&page=-1",
        "q=%F0%9F%8F%99",
    ],
)
def test_junk_queries_are_handled(client, query):
    html = soup(client.get(f"/search/?{query}"))
    assert len(html.find_all("h1")) == 1


def test_unknown_type_says_so_and_searches_everything(client):
    html = soup(client.get("/search/?q=immigration&type=bogus"))
    assert "no content type “bogus”" in html.select_one(".notice").get_text()
    assert "Immigration" in result_titles(html)


def test_empty_query_shows_only_the_form(client):
    html = soup(client.get("/search/?q=+++"))
    assert html.h1.get_text(strip=True) == "Search"
    assert not html.select(".search-result")
    assert "Type a word or two" in html.select_one(".notice").get_text()
