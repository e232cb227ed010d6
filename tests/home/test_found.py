"""Found by search engines and readers: robots.txt, meta descriptions, press centre pages."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/",
    "/news/",
    "/issues/",
    "/issues/immigration/",
    "/task-forces/homelessness/",
    "/about/",
    "/people/",
    "/people/karen-bass/",
    "/media/",
    "/contact/",
    "/privacy/",
    "/cities/az/mesa/",
    "/issues/immigration/immigration-letter/",
]


def test_robots_names_the_sitemap_and_keeps_crawlers_out_of_admin_and_combinations(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines and "Disallow: /search/" in lines
    assert "Disallow: /news/*?*&" in lines
    assert not any(line.startswith("Disallow: /news/*?tag") for line in lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.parametrize("url", PUBLIC)
def test_every_page_has_its_own_meta_description(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    description = html.find("meta", attrs={"name": "description"})
    assert description and len(description["content"]) > 30, url


def test_meta_descriptions_differ_between_pages(client):
    seen = {}
    for url in PUBLIC:
        html = BeautifulSoup(client.get(url).content, "html.parser")
        seen.setdefault(html.find("meta", attrs={"name": "description"})["content"], url)
    assert len(seen) == len(PUBLIC)


def test_press_centre_has_contacts_boilerplate_logos_policy_and_feeds(client):
    html = BeautifulSoup(client.get("/media/").content, "html.parser")
    headings = [h.get_text(strip=True) for h in html.select("h2")]
    for expected in [
        "Media contacts",
        "About the Conference",
        "Logos",
        "Credentials and embargoes",
        "Feeds",
    ]:
        assert expected in headings
    hrefs = [a["href"] for a in html.select("main a[href]")]
    assert any(h.startswith("/documents/") and "logo" in h and h.endswith(".svg") for h in hrefs)
    assert "mailto:press@example.org" in hrefs and "/news/feed/" in hrefs
    assert "example.org" in html.get_text() and "@usmayors.org" not in html.get_text()


def test_footer_links_press_centre_contact_privacy_and_menu_has_leadership(client):
    html = BeautifulSoup(client.get("/about/").content, "html.parser")
    footer = [a.get_text(strip=True) for a in html.select(".footer-links a")]
    assert footer == ["Press Centre", "Contact", "Privacy Notice"]
    menu = [a.get_text(strip=True) for a in html.select(".main-nav a")]
    assert "Leadership" in menu and "Press Centre" in menu


def test_home_has_the_logo_and_a_responsive_hero_picture(client):
    html = BeautifulSoup(client.get("/").content, "html.parser")
    assert html.select_one(".site-brand img")["src"].endswith("logo.svg")
    img = html.select_one(".hero picture img")
    assert img["width"] and img["height"] and img["alt"] == ""
    assert len(html.select(".hero picture source")) == 1  # webp, with jpeg in the img
