"""The archive's totals come from counts cached per facet generation, and a tag is read the
cheaper way (newest first with a per-item check, or every tagged item) with the same result.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.pagination import paginate
from newsroom import counts
from newsroom.filters import ArchiveFilter
from newsroom.models import PressItemPage

from .factories import make_press_items

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def titles(archive_filter, *, by_date):
    published = PressItemPage.objects.published()
    items = archive_filter.apply(published.for_listing(), tag_by_date=by_date)
    return list(items.values_list("title", flat=True))


def test_both_ways_of_reading_a_tag_list_the_same_items_in_the_same_order():
    make_press_items(6, tags=["Quorum"], prefix="Quorum item", item_type="statement")
    make_press_items(1, tags=["Quorum", "Rare Topic"], prefix="Rare item")
    for params in (
        {"tag": "quorum"},
        {"tag": "rare-topic"},
        {"tag": "quorum", "type": "statement"},
    ):
        archive_filter = ArchiveFilter.from_querydict(params)
        walked = titles(archive_filter, by_date=True)
        assert walked, params
        assert walked == titles(archive_filter, by_date=False), params


def test_a_common_tag_is_walked_by_date_and_a_rare_one_read_by_tag():
    make_press_items(8, tags=["Quorum"], prefix="Quorum item")
    make_press_items(1, tags=["Rare Topic"], prefix="Rare item")
    published = PressItemPage.objects.published()
    total = published.count()
    common = ArchiveFilter.from_querydict({"tag": "quorum"})
    rare = ArchiveFilter.from_querydict({"tag": "rare-topic"})
    assert counts.matching(common, published) == 8
    # 5 rows of a tag on 8 of `total` items: reading newest first finds them in ~5·total/8 rows.
    assert counts.tag_by_date(common, published, 5) == (5 * total <= 64)
    assert counts.tag_by_date(rare, published, 5) is False
    assert counts.tag_by_date(ArchiveFilter(), published, 5) is False


def test_a_warm_archive_page_counts_nothing_and_a_publish_updates_its_total(client):
    make_press_items(3, tags=["Quorum"], prefix="Quorum item")
    url = "/news/?tag=quorum"
    assert client.get(url).context["page_obj"].paginator.count == 3
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.context["page_obj"].paginator.count == 3
    assert not [q["sql"] for q in queries if "COUNT(" in q["sql"]]

    make_press_items(1, tags=["Quorum"], prefix="Quorum item, new")
    response = client.get(url)
    assert response.context["page_obj"].paginator.count == 4
    assert "Quorum item, new 0" in response.content.decode()


def test_a_search_is_counted_afresh_not_cached(client):
    make_press_items(2, prefix="Quorum item")
    assert client.get("/news/?q=quorum").context["page_obj"].paginator.count == 2
    with CaptureQueriesContext(connection) as queries:
        client.get("/news/?q=quorum")
    assert [q for q in queries if "COUNT(" in q["sql"]]


def test_a_page_of_keys_is_read_from_the_plain_listing_in_its_order(client):
    items = make_press_items(5, tags=["Paged"], prefix="Paged")
    make_press_items(3, prefix="Unpaged")
    published = PressItemPage.objects.published()
    tagged = published.filter(tagged_items__tag__slug="paged").for_listing()
    page = paginate(tagged, 2, 2, count=5, rows=published.for_listing())
    newest_first = sorted(items, key=lambda i: (i.date, i.pk), reverse=True)
    assert [i.pk for i in page.object_list] == [i.pk for i in newest_first[2:4]]
    assert (page.number, page.paginator.num_pages, page.has_next()) == (2, 3, True)
