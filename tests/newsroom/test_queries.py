"""Archive, filtered archive, feed, search and hub news run the same number of SQL queries
with 12 or 60 extra items: nothing is fetched per item. (12, so that every listed second page
exists in both runs: a page past the end is answered with the last page, which costs a query.)
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import make_press_items

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


URLS = [
    "/news/",
    "/news/?page=2",
    "/news/?tag=quorum",
    "/news/?tag=quorum&type=statement&year=2020&page=2",
    "/news/?q=quorum",
    "/news/feed/",
    "/news/feed/?tag=quorum",
    "/search/?q=quorum",
    "/search/?q=quorum&type=news&page=2",
    "/issues/immigration/",
    "/",
]


def query_counts(client):
    counts = {}
    for url in URLS:
        client.get(url)  # warm caches that are not per-request (content types, site roots)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def add_items(count, batch):
    make_press_items(
        count,
        tags=["Quorum", "Immigration Reform"],
        prefix=f"Quorum statement {batch}",
        item_type="statement",
    )


def test_query_counts_do_not_grow_with_items(client):
    add_items(12, "a")
    query_counts(client)  # renders the share image's renditions, once ever
    small = query_counts(client)
    add_items(48, "b")
    large = query_counts(client)
    assert large == small
    for url, count in large.items():
        if url.startswith(("/news", "/search")):
            assert count <= 15, (url, count)


def test_archive_queries_at_most_fifteen_even_with_a_rare_tag(client):
    add_items(3, "a")
    client.get("/news/")  # renders the share image's renditions, once ever
    with CaptureQueriesContext(connection) as queries:
        client.get("/news/?tag=quorum&type=press_release")
    assert len(queries) <= 15
