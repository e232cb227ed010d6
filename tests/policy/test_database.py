import csv
import io

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from policy.models import Resolution

from .seed import bulk_resolutions

pytestmark = pytest.mark.django_db

DB = "/resolutions/"


def text(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def test_filters_combine_and_pagination_keeps_them(client):
    bulk_resolutions(45)
    url = DB + "?committee=criminal-and-social-justice&status=adopted&q=seeded"
    response = client.get(url)
    html = text(response)
    # 45 seeded, every third referred: 30 adopted ones match.
    assert "30 resolutions, page 1 of 2" in html
    assert (
        'href="?committee=criminal-and-social-justice&amp;status=adopted&amp;q=seeded&amp;page=2"'
        in html
    )
    assert '<meta name="robots" content="noindex, follow">' in html
    page2 = text(client.get(url + "&page=2"))
    assert "page 2 of 2" in page2 and "Seeded resolution" in page2


def test_words_match_number_and_text(client):
    html = text(client.get(DB + "?q=8"))
    assert "Background Checks on All Firearm Sales" in html
    html = text(client.get(DB + "?q=clinician"))  # only in the full text
    assert "1 resolution" in html and "Funding Crisis Response Teams" in html


def test_status_adopted_includes_amended_and_emergency_but_not_referred(client):
    html = text(client.get(DB + "?meeting=87th-annual-meeting-2019&status=adopted"))
    assert "Restoring Refugee Admissions" in html  # adopted as amended
    assert "Humane Conditions and Due Process at the Border" in html  # emergency
    assert "Body-Worn Cameras" not in html  # referred
    assert "10 resolutions" in html


def test_unfiltered_first_page_is_indexable(client):
    html = text(client.get(DB))
    assert 'name="robots"' not in html
    assert 'type="application/rss+xml"' in html


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?meeting=<script>alert(1)</script>",
        "?year=99999",
        "?page=-1",
        "?page=999999999",
        "?q=%00",
        "?committee=%E2%80%8B",
        "?status[]=x",
        "?sponsor=" + "a" * 500,
    ],
)
def test_junk_never_fails(client, query):
    response = client.get(DB + query)
    assert response.status_code == 200
    assert "<script>alert" not in text(response)


def test_feed_matches_the_filtered_list(client):
    feed = feedparser.parse(text(client.get(DB + "feed/?tag=immigration-reform&status=adopted")))
    titles = [entry.title for entry in feed.entries]
    assert titles and all("(87th Annual Meeting)" in t for t in titles)
    assert any("Restoring Refugee Admissions" in t for t in titles)
    assert not any("Body-Worn" in t for t in titles)
    assert feed.entries[0].link.startswith(
        "http://testserver/resolutions/87th-annual-meeting-2019/"
    )
    assert client.get(DB + "feed/?status=nonsense").status_code == 404


def test_csv_download_of_a_filtered_list(client):
    response = client.get(DB + "csv/?committee=criminal-and-social-justice&status=adopted")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(text(response))))
    titles = {row["title"] for row in rows}
    assert "Background Checks on All Firearm Sales" in titles
    assert "Standards and Funding for Body-Worn Cameras" not in titles  # referred
    row = next(r for r in rows if r["number"] == "4")
    assert row["meeting"] == "87th Annual Meeting"
    assert row["sponsors"] == (
        "Mayor Hillary Schieve of Reno, NV; Mayor Eric Garcetti of Los Angeles, CA"
    )
    assert client.get(DB + "csv/?year=abc").status_code == 404


def test_csv_cells_cannot_run_as_formulas(client):
    Resolution.objects.filter(number=7).update(title='=HYPERLINK("http://evil")')
    rows = list(csv.DictReader(io.StringIO(text(client.get(DB + "csv/?q=7")))))
    assert rows[0]["title"].startswith("'=")


def test_drafts_and_resolutions_of_unpublished_meetings_stay_hidden(client):
    draft = Resolution.objects.get(number=1)
    draft.live = False
    draft.save()
    html = text(client.get(DB))
    assert "In Support of Comprehensive Immigration Reform" not in html
    assert (
        client.get(
            DB + "87th-annual-meeting-2019/1-in-support-of-comprehensive-immigration-reform/"
        ).status_code
        == 404
    )
    assert "Comprehensive Immigration Reform" not in text(client.get(DB + "feed/"))


def test_resolution_page(client):
    slug = "4-opposing-federal-penalties-on-cities-over-immigration-enforcement"
    html = text(client.get(f"{DB}87th-annual-meeting-2019/{slug}/"))
    assert "<h1>Opposing Federal Penalties on Cities over Immigration Enforcement</h1>" in html
    assert '<a href="/people/hillary-schieve/">Mayor Hillary Schieve of Reno, NV</a>' in html
    assert "<li>Mayor Eric Garcetti of Los Angeles, CA</li>" in html  # kept as text
    assert "Resolution No. 4, 87th Annual Meeting (2019)" in html
    assert 'rel="canonical" href="http://localhost/resolutions/87th-annual-meeting-2019/4-' in html


def query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        text(response)
    assert response.status_code == 200, url
    return len(queries)


URLS = [
    DB,
    DB + "?committee=criminal-and-social-justice&status=adopted&q=public",
    DB + "?sponsor=john-giles&page=2",
    DB + "?tag=mayors-and-police-chiefs",
    "/meetings/87th-annual-meeting-2019/",
    DB + "87th-annual-meeting-2019/8-background-checks-on-all-firearm-sales/",
    DB + "feed/",
    "/people/john-giles/",
    "/issues/police-and-public-safety/",
]


# Hub and person pages are held to the site-wide budget in tests/home/test_query_budget.py;
# here they only have to stay constant.
OTHER_BUDGETS = {"/people/john-giles/", "/issues/police-and-public-safety/"}


def warm_query_counts(client):
    """Counts with warm caches: adding resolutions renews the page-tree cache, so each
    address is read once before it is counted."""
    for url in URLS:
        client.get(url)
    return {url: query_count(client, url) for url in URLS}


def test_query_counts_do_not_grow_with_the_archive(client):
    tag = Tag.objects.get(slug="mayors-and-police-chiefs")
    bulk_resolutions(10, tag=tag)
    small = warm_query_counts(client)
    bulk_resolutions(7990, start=5000, tag=tag)
    large = warm_query_counts(client)
    print("query counts (10 and 8,000 resolutions):", small)
    assert large == small
    over = {url: n for url, n in small.items() if url not in OTHER_BUDGETS and n > 15}
    assert not over, over
