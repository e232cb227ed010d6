"""'In the news' appears only where there is news: no heading and no 'No news yet' otherwise."""

import pytest
from bs4 import BeautifulSoup

from taskforce.models import PersonPressLink
from tests.newsroom.factories import make_press_items

from .factories import make_person

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = BeautifulSoup(response.content, "html.parser")
    headings = [h.get_text(strip=True) for h in html.select("h2")]
    cards = [a.get_text(strip=True) for a in html.select(".card__title a")]
    return headings, cards, html.get_text(" ")


@pytest.mark.parametrize("where", ["person", "city"])
def test_in_the_news_only_when_there_is_news(client, where):
    person = make_person("Nell", "Newsless", city="Silentburg", state="VT")
    url = f"/people/{person.slug}/" if where == "person" else "/cities/vt/silentburg/"
    if where == "city":
        # A city page exists when its mayor is in the Conference.
        assert client.get(url).status_code == 200
    headings, cards, text = page_text(client, url)
    assert "In the news" not in headings
    assert cards == [] and "No news yet" not in text

    (item,) = make_press_items(1, prefix="Silentburg mayor speaks")
    PersonPressLink.objects.create(person=person, page=item)
    headings, cards, _ = page_text(client, url)
    assert "In the news" in headings
    assert cards == [item.title]
