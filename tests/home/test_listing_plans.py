"""What the pages' listings read as the archive grows, asked of PostgreSQL's own planner.

Every query a public page sends, with 3,000 items in the archive and the caches warm as between
two publishes, is run again under EXPLAIN ANALYZE: no step of any plan may read more than a few
hundred rows. A query that walked the archive (a filter tested on every item, every item of a
common tag collected and sorted, a COUNT(*)) would read thousands, and cost more with every
item published; the pages' query counts alone cannot see that.
"""

import importlib.util
import json
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from taskforce.models import IssuePage, Person

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="row counts come from PostgreSQL's EXPLAIN"
    ),
]

ITEMS = 3_000
MOST_ROWS_READ = 600  # a fifth of the archive


def seed(count):
    path = Path(__file__).resolve().parents[2] / "scripts" / "bench.py"
    spec = importlib.util.spec_from_file_location("bench_seed", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.seed(count, index_for_search=False)
    from home import tree_cache
    from newsroom import facets

    tree_cache.bump()  # bulk inserts send no signals: as a publish would
    facets.invalidate()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def rows_read(node):
    """The most rows any step of a plan read: those it kept and those its filters dropped."""
    read = node.get("Actual Rows", 0) + node.get("Rows Removed by Filter", 0)
    read = (read + node.get("Rows Removed by Index Recheck", 0)) * node.get("Actual Loops", 1)
    return max([read, *(rows_read(child) for child in node.get("Plans", []))])


def heaviest_queries(client, url):
    client.get(url)  # a first reader fills the caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    found = []
    with connection.cursor() as cursor:
        for query in queries:
            if not query["sql"].lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + query["sql"])
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            sql = query["sql"]
            found.append((rows_read(plan[0]["Plan"]), f"{sql[:120]} … {sql[-400:]}"))
    return sorted(found, reverse=True)


def test_no_public_page_reads_a_growing_share_of_the_archive(client):
    seed(ITEMS)
    hub = IssuePage.objects.live().get(slug="immigration")
    person = Person.objects.filter(live=True).order_by("pk").first()
    from newsroom.models import PressItemPage

    item = PressItemPage.objects.live().filter(slug__startswith="bench-item-").last()
    pages = [
        "/",
        "/news/",
        "/news/?page=3",
        "/news/?tag=immigration-reform",
        "/news/?tag=immigration-reform&type=statement",
        "/news/?type=letter&year=2020",
        "/news/feed/",
        "/news/feed/?tag=housing",
        hub.url,
        f"/people/{person.slug}/",
        item.url,
    ]
    over = {}
    for url in pages:
        heaviest = heaviest_queries(client, url)
        if heaviest and heaviest[0][0] > MOST_ROWS_READ:
            over[url] = heaviest[0]
    assert not over, "\n".join(f"{url}: {read} rows in {sql}" for url, (read, sql) in over.items())
