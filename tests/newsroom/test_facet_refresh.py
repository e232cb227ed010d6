"""The archive's facets are computed by the publish, so the next reader does not count tags."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.models import PressItemPage

pytestmark = pytest.mark.django_db


def facet_queries(queries):
    return [q["sql"] for q in queries if 'COUNT("newsroom_pressitemtag"' in q["sql"]]


def test_the_first_reader_after_a_publish_finds_the_facets_ready(
    client, django_capture_on_commit_callbacks
):
    client.get("/news/")
    item = PressItemPage.objects.live().order_by("-date").first()
    item.date = datetime.date(1999, 3, 4)
    with django_capture_on_commit_callbacks(execute=True):
        item.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/news/")
    assert facet_queries(queries) == []
    assert '<option value="1999"' in page.text  # the new year is in the year list


def test_a_filtered_archive_counts_its_own_tags_once_per_publish(client):
    url = "/news/?type=statement"
    with CaptureQueriesContext(connection) as first:
        client.get(url)
    with CaptureQueriesContext(connection) as second:
        client.get(url)
    assert len(facet_queries(first)) == 1
    assert facet_queries(second) == []
