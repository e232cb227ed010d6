"""Newsroom → News: press items newest first, filtered by type and publishing status."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from newsroom.models import PressItemPage
from tests.staff import COMMUNICATIONS_EDITORS, member

pytestmark = pytest.mark.django_db
NEWS = reverse("news:index")


@pytest.fixture
def comms(client, django_user_model):
    client.force_login(member(django_user_model, COMMUNICATIONS_EDITORS))
    return client


def titles(client, query=""):
    response = client.get(NEWS + query)
    assert response.status_code == 200, (query, response.status_code)
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(td.select_one("a").get_text().split()) for td in soup.select("td.title")]


def test_newest_first_and_in_the_newsroom_menu(comms):
    newest = PressItemPage.objects.live().order_by("-date").values_list("title", flat=True)
    assert titles(comms)[:3] == list(newest[:3])
    menu = comms.get(reverse("wagtailadmin_home")).content.decode()
    assert '"name": "news"' in menu or NEWS in menu


def test_filters_by_type_and_status(comms):
    statements = set(
        PressItemPage.objects.filter(item_type="statement").values_list("title", flat=True)
    )
    assert set(titles(comms, "?item_type=statement")) == statements

    item = PressItemPage.objects.filter(item_type="statement").first()
    when = timezone.now() + datetime.timedelta(hours=1)
    item.release_status, item.embargo_until, item.go_live_at = "embargoed", when, when
    item.save_revision().publish()  # scheduled: the revision waits for its time
    assert titles(comms, "?status=scheduled") == [item.title]
    assert titles(comms, "?status=embargoed&item_type=statement") == [item.title]
    assert item.title not in titles(comms, "?status=draft")


@pytest.mark.parametrize("junk", ["?status=bogus", "?item_type=%00", "?status=&p=abc"])
def test_junk_parameters_never_break_the_listing(comms, junk):
    assert comms.get(NEWS + junk).status_code == 200


def count_queries(client, query):
    with CaptureQueriesContext(connection) as queries:
        shown = titles(client, query)
    return len(shown), len(queries)


def test_queries_do_not_grow_with_the_rows(comms):
    comms.get(NEWS)
    few_rows, few = count_queries(comms, "?item_type=media_advisory")
    many_rows, many = count_queries(comms, "?status=live")
    assert few_rows < 5 and many_rows >= 20
    assert many <= few + 2, (few, many)
