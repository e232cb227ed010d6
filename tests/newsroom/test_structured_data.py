"""What search engines and social networks read: JSON-LD, Open Graph and Twitter cards."""

import json

import pytest
from bs4 import BeautifulSoup

from newsroom.models import PressItemPage

pytestmark = pytest.mark.django_db


def page_data(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = BeautifulSoup(response.content, "html.parser")
    scripts = html.select('script[type="application/ld+json"]')
    assert len(scripts) == 1, url
    graph = json.loads(scripts[0].string)["@graph"]
    return html, {item["@type"]: item for item in graph}


def meta(html, key):
    tag = html.find("meta", attrs={"property": key}) or html.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def test_every_press_item_carries_a_complete_news_article(client):
    for item in PressItemPage.objects.live():
        html, data = page_data(client, item.url)
        article = data["NewsArticle"]
        assert article["headline"] and len(article["headline"]) <= 110
        assert article["datePublished"].startswith(item.date.isoformat())
        assert article["dateModified"] >= article["datePublished"]
        assert article["publisher"]["name"] == "U.S. Conference of Mayors"
        assert article["publisher"]["logo"]["url"].endswith(".png")
        assert article["image"][0].startswith("http")
        assert {t["name"] for t in article["about"]} == set(
            item.tags.values_list("name", flat=True)
        )
        crumbs = data["BreadcrumbList"]["itemListElement"]
        assert [c["name"] for c in crumbs] == ["U.S. Conference of Mayors", "News", item.title]
        assert meta(html, "og:type") == "article"
        assert meta(html, "article:published_time").startswith(item.date.isoformat())


def test_quoted_people_are_mentioned(client):
    item = PressItemPage.objects.get(title__startswith="Nation's Mayors Fan Across")
    _html, data = page_data(client, item.url)
    names = {m["name"] for m in data["NewsArticle"]["mentions"]}
    assert {"Mayor Karen Bass", "Mayor Wade Kapszukiewicz"} <= names


def test_card_of_an_item_with_a_featured_image_shows_that_image(client):
    item = PressItemPage.objects.live().exclude(featured_image=None).first()
    html, data = page_data(client, item.url)
    rendition = item.featured_image.get_rendition("fill-1200x630|format-jpeg")
    assert meta(html, "og:image").endswith(rendition.url)
    assert meta(html, "og:image:alt") == item.featured_image_alt
    assert meta(html, "twitter:card") == "summary_large_image"
    assert data["NewsArticle"]["image"][0].endswith(rendition.url)
    assert html.select_one(".press-item__image picture img[width][height]")


def test_item_without_an_image_shares_the_sites_card(client):
    from home.models import SiteSettings

    item = PressItemPage.objects.live().filter(featured_image=None).first()
    html, _data = page_data(client, item.url)
    share = SiteSettings.objects.get().default_share_image
    assert meta(html, "og:image").endswith(share.get_rendition("fill-1200x630|format-jpeg").url)
    assert meta(html, "twitter:card") == "summary_large_image"


def test_without_any_image_the_card_is_a_summary(client):
    from home.models import SiteSettings

    settings = SiteSettings.objects.get()
    settings.default_share_image = None
    settings.save()
    item = PressItemPage.objects.live().filter(featured_image=None).first()
    html = BeautifulSoup(client.get(item.url).content, "html.parser")
    assert meta(html, "og:image") is None
    assert meta(html, "twitter:card") == "summary"


def test_home_is_the_organization_and_person_pages_are_people(client):
    _html, home = page_data(client, "/")
    assert home["Organization"]["name"] == "U.S. Conference of Mayors"
    assert "https://x.com/usmayors" in home["Organization"]["sameAs"]
    _html, person = page_data(client, "/people/john-giles/")
    assert person["Person"]["name"] == "John Giles"
    assert person["Person"]["workLocation"]["name"] == "Mesa, AZ"
    assert "Immigration Reform Task Force Chair" in person["Person"]["jobTitle"]
    names = [c["name"] for c in person["BreadcrumbList"]["itemListElement"]]
    assert names == ["U.S. Conference of Mayors", "Leadership", "Mayor John Giles"]


def test_json_ld_cannot_be_closed_by_page_text(client):
    from home.structured_data import script_tag

    html = str(script_tag([{"name": "</script><script>alert(1)</script>"}]))
    assert html.count("</script>") == 1
    assert json.loads(html.split(">", 1)[1].rsplit("<", 1)[0])["@graph"][0]["name"].startswith(
        "</script>"
    )
