"""City pages: the city's mayor and roles, news about them, letters the city signed."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_city_page_shows_mayor_roles_news_and_letters(client):
    html = BeautifulSoup(client.get("/cities/az/mesa/").content, "html.parser")
    assert html.h1.get_text(strip=True) == "Mesa, Arizona"
    leader = html.select_one("#mayor-heading + .role-list li").get_text(" ", strip=True)
    assert leader.startswith("Mayor John Giles") and "Immigration Reform Task Force Chair" in leader
    assert html.select(".card__title a")
    letters = [a.get_text(strip=True) for a in html.select("#letters-heading + ul a")]
    assert letters == ["Open Letter to Congress on Immigration"]


def test_city_that_only_signed_a_letter_has_a_page(client):
    html = BeautifulSoup(client.get("/cities/ri/providence/").content, "html.parser")
    assert html.h1.get_text(strip=True) == "Providence, Rhode Island"
    assert html.select("#letters-heading + ul a")


@pytest.mark.parametrize(
    "url", ["/cities/zz/mesa/", "/cities/az/nowhere/", "/cities/vt/burlington/", "/cities/a/b/"]
)
def test_unknown_or_empty_cities_are_not_found(client, url):
    assert client.get(url).status_code == 404


def test_city_page_query_count_is_small(client):
    client.get("/cities/az/mesa/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/cities/az/mesa/")
    assert len(queries) <= 20
