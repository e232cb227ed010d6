"""Search as a reader tries it: a mayor's name, a city, a letter's title; labels, snippets, sort."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.newsroom.factories import make_press_items

pytestmark = pytest.mark.django_db


def results(client, query):
    response = client.get(f"/search/?{query}")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [
        (
            r.select_one(".search-result__kind").get_text(" ", strip=True).split(" · ")[0],
            r.select_one(".search-result__title a").get_text(strip=True),
            r.select_one(".search-result__title a")["href"],
            r.select_one("p:not(.search-result__kind)"),
        )
        for r in html.select(".search-result")
    ]


def test_a_mayors_name_finds_the_person_first(client):
    kind, title, href, _ = results(client, "q=giles")[0]
    assert (kind, title, href) == ("Mayor", "Mayor John Giles", "/people/john-giles/")
    kind, title, href, _ = results(client, "q=karen+bass")[0]
    assert (kind, title) == ("Mayor", "Mayor Karen Bass")


def test_a_city_finds_the_city_then_its_mayor(client):
    found = results(client, "q=mesa")
    assert [(k, t) for k, t, _h, _s in found[:2]] == [
        ("City", "Mesa, Arizona"),
        ("Mayor", "Mayor John Giles"),
    ]
    assert found[0][2] == "/cities/az/mesa/"


def test_a_letters_title_finds_the_letter_first(client):
    kind, title, href, _ = results(client, "q=open+letter")[0]
    assert (kind, title) == ("Sign-on letter", "Open Letter to Congress on Immigration")
    assert href == "/issues/immigration/immigration-letter/"


def test_results_carry_their_real_type_and_a_snippet(client):
    found = results(client, "q=statement")
    kinds = {kind for kind, *_ in found}
    assert "Statement" in kinds and "News" not in kinds
    assert all(snippet is not None and snippet.get_text(strip=True) for *_, snippet in found)


def test_newest_first_orders_press_items_by_their_date(client):
    found = results(client, "q=statement&type=news&sort=newest")
    from newsroom.models import PressItemPage

    dates = [PressItemPage.objects.get(title=title).date for _k, title, _h, _s in found]
    assert dates == sorted(dates, reverse=True) and len(dates) == 10


def test_junk_sort_and_type_fall_back_without_error(client):
    assert results(client, "q=giles&sort=%00drop&type=people")[0][1] == "Mayor John Giles"
    assert results(client, "q=giles&sort=" + "x" * 500)[0][1] == "Mayor John Giles"


def test_signers_contact_details_never_reach_search(client):
    from taskforce.letters.models import Signature

    signature = Signature.objects.filter(demo=True).first()
    page = client.get(f"/search/?q={signature.email.split('@')[0]}").content.decode()
    assert signature.email not in page and str(signature.phone) not in page


@pytest.mark.parametrize("query", ["q=mayors", "q=mayors&sort=newest", "q=mesa"])
def test_query_count_does_not_grow_with_the_archive(client, query):
    def count():
        client.get(f"/search/?{query}")  # warm renditions and caches
        with CaptureQueriesContext(connection) as queries:
            client.get(f"/search/?{query}")
        return len(queries)

    make_press_items(20, prefix="Mayors briefing")
    small = count()
    make_press_items(200, prefix="Mayors roundup")
    assert count() == small
