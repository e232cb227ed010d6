"""Search as the archive grows: the same number of queries for 20 and 2,000 items, the index kept
current on publish, and on PostgreSQL a query plan that reads the GIN index."""

import importlib.util
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.newsroom.factories import make_press_items

pytestmark = pytest.mark.django_db

BUDGET = 15
# A person, a city, a letter, press items, newest first, a deeper page, a word nothing has.
QUERIES = [
    "q=giles",
    "q=mesa",
    "q=open+letter",
    "q=mayors",
    "q=housing&sort=newest",
    "q=mayors&type=news&page=2",
    "q=xylophone",
]
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the GIN index exists on PostgreSQL only"
)


def add_bulk_items(count):
    """`count` live, indexed press items, inserted in bulk as the benchmark does."""
    path = Path(__file__).resolve().parents[2] / "scripts" / "bench.py"
    spec = importlib.util.spec_from_file_location("bench_seed", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.seed(count)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailsearch_indexentry")
            cursor.execute("ANALYZE wagtailcore_page")


def query_count(client, query):
    client.get(f"/search/?{query}")  # warm caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/search/?{query}")
    assert response.status_code == 200
    return len(queries)


def titles(client, query):
    html = BeautifulSoup(client.get(f"/search/?{query}").content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".search-result__title a")]


def test_query_count_is_the_same_for_20_and_2000_items(client):
    add_bulk_items(20)
    small = {query: query_count(client, query) for query in QUERIES}
    assert max(small.values()) <= BUDGET, small
    add_bulk_items(1980)
    assert {query: query_count(client, query) for query in QUERIES} == small


def test_the_expected_person_city_and_letter_come_first_among_many_items(client):
    add_bulk_items(300)
    assert titles(client, "q=giles")[0] == "Mayor John Giles"
    assert titles(client, "q=mesa")[:2] == ["Mesa, Arizona", "Mayor John Giles"]
    found = titles(client, "q=open+letter")
    assert found[0] == "Open Letter to Congress on Immigration"


def test_a_revised_item_is_found_by_its_new_words_only(client):
    (item,) = make_press_items(1, prefix="Quokka census")
    assert titles(client, "q=quokka&type=news") == [item.title]
    item.title = "Wombat census"
    item.save_revision().publish()
    assert titles(client, "q=quokka&type=news") == []
    assert titles(client, "q=wombat&type=news") == ["Wombat census"]


def test_pages_past_the_end_show_the_last_page(client):
    add_bulk_items(30)
    html = BeautifulSoup(client.get("/search/?q=housing&page=9999").content, "html.parser")
    count = html.select_one(".search-page__count").get_text()
    total = int(count.split()[0])
    pages = -(-total // 10)
    assert f"page {pages} of {pages}" in count
    assert len(html.select(".search-result__title a")) == total - (pages - 1) * 10


@postgres_only
def test_the_search_query_reads_the_gin_index(client):
    add_bulk_items(3000)
    # Words a few items hold. A word most items hold is rightly read by a sequential scan.
    for query in ["giles", "officers+victims", "xylophone"]:
        with CaptureQueriesContext(connection) as queries:
            client.get(f"/search/?q={query}")
        (search_sql,) = [q["sql"] for q in queries if "search_vector @@" in q["sql"]]
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + search_sql)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "Bitmap Index Scan on search_vector_gin" in plan, (query, plan)


@postgres_only
def test_the_stored_vector_is_weighted_title_summary_body():
    from wagtail.search.models import IndexEntry

    from newsroom.models import PressItemPage

    item = PressItemPage.objects.live().exclude(summary="").first()
    entry = IndexEntry.objects.get(object_id=str(item.pk), content_type__model="pressitempage")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT unnest(weights) FROM wagtailsearch_indexentry, unnest(search_vector) "
            "WHERE id = %s",
            [entry.pk],
        )
        weights = {row[0] for row in cursor.fetchall()}
    assert weights == {"B", "C", "D"}  # page title, summary and dek, body and tags
