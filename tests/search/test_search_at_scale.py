"""Search as the archive grows: the same number of queries for 20 and 2,000 items, the index kept
current on publish, and on PostgreSQL a query plan that reads the GIN index."""

import importlib.util
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
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


def search_hits_plan(words, content_type_ids):
    """The plan of search_hits()'s own query, made under the function's own settings, as
    PostgreSQL plans it inside the function (EXPLAIN of a call shows only "Function Scan")."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT prosrc, proconfig FROM pg_proc WHERE proname = 'search_hits'")
        body, settings = cursor.fetchone()
        body = re.sub(r"\bquery\b", "websearch_to_tsquery(%s)", body)
        body = re.sub(r"\btypes\b", "%s", body)
        with transaction.atomic():
            for setting in settings:
                name, value = setting.split("=", 1)
                cursor.execute(f"SET LOCAL {name} = {value}")
            cursor.execute("EXPLAIN " + body, [words, content_type_ids])
            return "\n".join(row[0] for row in cursor.fetchall())


@postgres_only
def test_the_search_query_reads_the_gin_index(client):
    from newsroom.models import PressItemPage

    add_bulk_items(3000)
    types = [ContentType.objects.get_for_model(PressItemPage).pk]
    # A word a few items hold, one nothing holds, and one every item holds (for which the
    # planner alone would choose a sequential scan that tests every row).
    for words in ["giles", "officers victims", "xylophone", "mayors"]:
        with CaptureQueriesContext(connection) as queries:
            client.get(f"/search/?q={words.replace(' ', '+')}")
        assert [q for q in queries if "search_hits(" in q["sql"]], words
        plan = search_hits_plan(words, types)
        assert "Bitmap Index Scan on search_vector_gin" in plan, (words, plan)
        assert "Seq Scan" not in plan, (words, plan)


@postgres_only
def test_a_broad_search_ranks_the_newest_thousand_and_lists_every_match(client):
    from search.postgres import RANKED_AT_MOST

    add_bulk_items(RANKED_AT_MOST + 200)
    html = BeautifulSoup(client.get("/search/?q=mayors&type=news").content, "html.parser")
    total = int(re.search(r"([\d,]+) results?", html.get_text()).group(1).replace(",", ""))
    assert total >= RANKED_AT_MOST + 200
    last = (total + 9) // 10
    deepest = BeautifulSoup(
        client.get(f"/search/?q=mayors&type=news&page={last}").content, "html.parser"
    )
    assert deepest.select(".search-result__title a"), "the last page of results is empty"


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
