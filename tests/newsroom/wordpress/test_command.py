"""The command on small exports of our own: statuses, media, mapping, bad input, re-runs."""

import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from newsroom.models import PressItemPage
from newsroom.wordpress.importer import Importer
from newsroom.wordpress.models import ImportedItem

from . import wxr
from .helpers import follow_once, table_counts

pytestmark = pytest.mark.django_db

TERMS = (
    wxr.category(3, "press-room", "Press Room", "news")
    + wxr.category(2, "news", "News")
    + wxr.category(5, "statements", "Statements", "news")
    + wxr.category(9, "housing-and-homes", "Housing &amp; Homes")
    + wxr.tag(20, "kansas-city-mo", "Kansas City, MO")
    + wxr.tag(21, "john-giles", "John Giles")
    + wxr.tag(22, "pat-example", "Pat Example")
    + wxr.tag(23, "covid-19", "COVID-19")
)


def page_of(wp_id):
    return ImportedItem.objects.get(kind="post", wp_id=wp_id).page.specific


def test_statuses_and_what_readers_see(tmp_path, run_import, client):
    export = wxr.write(
        tmp_path / "export.xml",
        TERMS,
        wxr.item(
            1,
            "Live release",
            categories=[("press-room", "Press Room"), ("news", "News")],
            tags=[("kansas-city-mo", "Kansas City, MO"), ("covid-19", "COVID-19")],
        ),
        wxr.item(2, "A draft", slug="", status="draft", date_gmt="0000-00-00 00:00:00"),
        wxr.item(3, "Pending", slug="", status="pending"),
        wxr.item(4, "Private note", status="private"),
        wxr.item(5, "Secret", password="hunter2"),
        wxr.item(
            6, "Later", status="future", date="2031-01-15 09:00:00", date_gmt="2031-01-15 14:00:00"
        ),
        wxr.item(7, "Binned", slug="binned__trashed", status="trash"),
        wxr.item(8, "Menu", post_type="nav_menu_item"),
        wxr.item(9, "Portfolio", post_type="avada_portfolio"),
        wxr.item(
            10,
            "Statement today",
            categories=[("statements", "Statements"), ("press-room", "Press Room")],
            tags=[("john-giles", "John Giles"), ("pat-example", "Pat Example")],
        ),
    )
    output = run_import(export)
    live = page_of(1)
    assert live.live and live.item_type == "press_release"
    assert sorted(live.tags.names()) == ["COVID-19", "Kansas City, MO"]
    assert page_of(10).item_type == "statement"  # the more specific type wins
    for wp_id in (2, 3, 4, 5, 6):
        page = page_of(wp_id)
        assert not page.live
        assert client.get(f"/?p={wp_id}").status_code == 404
    assert page_of(2).slug == "a-draft"
    scheduled = page_of(6).get_latest_revision()
    assert scheduled.approved_go_live_at.isoformat() == "2031-01-15T14:00:00+00:00"
    assert not ImportedItem.objects.filter(wp_id__in=[7, 8, 9], kind="post").exists()
    assert "in the WordPress trash" in output and "nav_menu_item" in output
    assert "password-protected in WordPress: kept as a draft" in Importer_report(export)
    # The known mayor becomes a link on his page, not a tag; the unknown name is listed.
    statement = page_of(10)
    assert "John Giles" not in statement.tags.names()
    from taskforce.models import Person

    giles = Person.objects.get(slug="john-giles")
    assert giles.press_links.filter(page=statement).exists()
    assert client.get("/tag/john-giles/")["Location"] == "/people/john-giles/"
    assert "Pat Example" in output.split("look like a person")[1].split("\n\n")[0]
    # The category with an & in its name (stored escaped by WordPress) reads right.
    assert "Housing & Homes" in output and "&amp;" not in output


def Importer_report(export):
    importer = Importer(export, write=lambda line: None)
    report = importer.run()
    return " ".join(r.detail for r in report.rows)


def test_publish_later_adds_the_redirect(tmp_path, run_import, client):
    export = wxr.write(
        tmp_path / "e.xml", wxr.item(6, "Later", status="future", date="2031-01-15 09:00:00")
    )
    run_import(export)
    page = page_of(6)
    assert client.get("/?p=6").status_code == 404
    # Go-live time comes: move the schedule into the past and let Wagtail's scheduler run.
    revision = page.get_latest_revision()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    assert follow_once(client, "/?p=6") == (301, page.url, 200)


def test_media_missing_files_and_featured_images(tmp_path, run_import, uploads, client):
    export = wxr.write(
        tmp_path / "export.xml",
        wxr.attachment(30, "2021/06/mayors.jpg", "Mayors", alt="Mayors at the Capitol"),
        wxr.attachment(31, "2021/06/letter.pdf", "Letter"),
        wxr.attachment(32, "2021/06/lost.jpg", "Lost photo"),
        wxr.item(
            1,
            "With media",
            meta={"_thumbnail_id": 30},
            content=(
                '<p><img src="https://www.example.org/wp-content/uploads/2021/06/mayors-300x200.jpg">'
                '</p><p><a href="https://www.example.org/wp-content/uploads/2021/06/letter.pdf">'
                'The letter</a></p><p><img src="/wp-content/uploads/2021/06/lost.jpg"></p>'
            ),
        ),
    )
    output = run_import(export, "--uploads", uploads)
    page = page_of(1)
    assert page.featured_image.title == "Mayors"
    assert page.featured_image_alt == "Mayors at the Capitol"
    blocks = list(page.body)
    assert blocks[0].block_type == "image"
    assert blocks[0].value["image"].contextual_alt_text == "Mayors at the Capitol"
    document = ImportedItem.objects.get(kind="attachment", wp_id=31).document
    assert f'id="{document.pk}" linktype="document"' in blocks[1].value.source
    assert len(blocks) == 2  # the lost image is dropped, and reported
    assert "lost.jpg" in output.split("Missing media")[1]
    assert client.get("/wp-content/uploads/2021/06/mayors-300x200.jpg")["Location"] == (
        page.featured_image.file.url
    )
    assert follow_once(client, "/wp-content/uploads/2021/06/letter.pdf")[::2] == (301, 200)
    assert client.get("/wp-content/uploads/2021/06/lost.jpg").status_code == 404
    # The file arrives later: the next run imports it and updates the body that uses it.
    from PIL import Image as PILImage

    PILImage.new("RGB", (50, 50)).save(uploads / "2021/06/lost.jpg", "JPEG")
    run_import(export, "--uploads", uploads)
    assert len(list(page_of(1).body)) == 3


def test_second_run_unchanged_and_changes_are_updates(tmp_path, run_import, uploads):
    parts = [
        TERMS,
        wxr.attachment(30, "2021/06/mayors.jpg", "Mayors", alt="Alt"),
        wxr.item(
            1,
            "One",
            categories=[("housing-and-homes", "Housing &amp; Homes")],
            tags=[("covid-19", "COVID-19")],
        ),
        wxr.item(
            2,
            "Two",
            content='<p>See <a href="https://www.example.org/2021/06/23/post-3/">three</a>.</p>',
        ),
        wxr.item(3, "Three"),
    ]
    export = wxr.write(tmp_path / "export.xml", *parts)
    run_import(export, "--uploads", uploads)
    # A link to a post further down the file is made once that post exists.
    assert 'linktype="page"' in list(page_of(2).body)[0].value.source
    before = table_counts()
    output = run_import(export, "--uploads", uploads)
    assert table_counts() == before
    assert "posts              3 unchanged" in output
    parts[4] = wxr.item(3, "Three, corrected", modified="2021-07-01 10:00:00")
    wxr.write(export, *parts)
    output = run_import(export, "--uploads", uploads)
    assert "posts              1 updated, 2 unchanged" in output
    assert page_of(3).title == "Three, corrected"
    assert page_of(3).updated.isoformat() == "2021-07-01"


def test_killed_half_way_then_run_again(tmp_path, run_import, monkeypatch):
    posts = [wxr.item(n, f"Post {n}", tags=[("covid-19", "COVID-19")]) for n in range(1, 9)]
    export = wxr.write(tmp_path / "export.xml", TERMS, *posts)
    real = Importer.import_post
    calls = {"n": 0}

    def dies_on_the_fifth(self, item, row):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt  # the operator's Ctrl-C, or the machine going down
        return real(self, item, row)

    monkeypatch.setattr(Importer, "import_post", dies_on_the_fifth)
    with pytest.raises(KeyboardInterrupt):
        run_import(export)
    assert ImportedItem.objects.filter(kind="post").count() == 4  # committed one by one
    monkeypatch.setattr(Importer, "import_post", real)
    run_import(export)
    resumed = table_counts()
    assert PressItemPage.objects.filter(title__startswith="Post ").count() == 8
    run_import(export)
    assert table_counts() == resumed


def test_duplicate_slugs_get_two_addresses(tmp_path, run_import, client):
    export = wxr.write(
        tmp_path / "export.xml",
        wxr.item(1, "Budget", slug="statement-on-the-budget", date="2017-03-16 10:00:00"),
        wxr.item(2, "Budget again", slug="statement-on-the-budget", date="2018-02-12 10:00:00"),
    )
    output = run_import(export)
    first, second = page_of(1), page_of(2)
    assert (first.slug, second.slug) == ("statement-on-the-budget", "statement-on-the-budget-2018")
    assert client.get("/2017/03/16/statement-on-the-budget/")["Location"] == first.url
    assert client.get("/2018/02/12/statement-on-the-budget/")["Location"] == second.url
    assert "Slug collisions" in output


def test_invalid_dates_and_huge_body(tmp_path, run_import):
    huge = "<p>" + "Mayors lead. " * 80_000 + "</p>"
    export = wxr.write(
        tmp_path / "export.xml",
        wxr.item(1, "No date", date="2017-13-45 99:00:00", date_gmt="garbage", pub_date="soon"),
        wxr.item(2, "Huge", content=huge),
        wxr.item(3, "Fine"),
    )
    output = run_import(export, "--report", tmp_path / "r.csv")
    assert not ImportedItem.objects.filter(kind="post", wp_id=1).exists()
    assert page_of(2).live and page_of(3).live
    assert len(huge) > 1_000_000
    rows = list(csv.DictReader((tmp_path / "r.csv").open()))
    assert any(
        r["wp_id"] == "1" and r["outcome"] == "skipped" and "no valid date" in r["detail"]
        for r in rows
    )
    assert "no valid date" in output


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "not complete or not valid XML"),
        ("<html><body>Not an export</body></html>", "not a WordPress export"),
        (
            '<?xml version="1.0"?><rss><channel><title>x</title><item><title>y</title></item>'
            "</channel></rss>",
            "not a WordPress export",
        ),
        (wxr.export(wxr.item(1, "One"), wxr.item(2, "Two"))[:-400], "not complete"),
    ],
)
def test_bad_files_fail_clearly_and_write_nothing(tmp_path, run_import, text, message):
    path = tmp_path / "export.xml"
    path.write_text(text, encoding="utf-8")
    before = table_counts()
    with pytest.raises(CommandError, match=message) as error:
        run_import(path)
    assert "Nothing was imported" in str(error.value)
    assert table_counts() == before


def test_missing_uploads_folder_and_bad_mapping(tmp_path, run_import):
    export = wxr.write(tmp_path / "export.xml", wxr.item(1, "One"))
    with pytest.raises(CommandError, match="is not a folder"):
        run_import(export, "--uploads", tmp_path / "nowhere")
    mapping = tmp_path / "mapping.toml"
    mapping.write_text('[categories.press-room]\ntype = "pamphlet"\n')
    with pytest.raises(CommandError, match="type must be one of"):
        run_import(export, "--mapping", mapping)
    mapping.write_text("[categories\n")
    with pytest.raises(CommandError, match="not valid TOML"):
        run_import(export, "--mapping", mapping)
    assert not ImportedItem.objects.exists()


def test_mapping_file_overrides(tmp_path, run_import, client):
    export = wxr.write(
        tmp_path / "export.xml",
        TERMS,
        wxr.item(
            1,
            "One",
            categories=[("housing-and-homes", "Housing &amp; Homes"), ("press-room", "Press Room")],
            tags=[("covid-19", "COVID-19"), ("pat-example", "Pat Example")],
        ),
    )
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(
        '[categories.housing-and-homes]\nhub = "/issues/immigration/"\n'
        '[categories."news/press-room"]\ntype = "media_advisory"\n'
        '[tags.covid-19]\ntag = "COVID-19 pandemic"\n'
        "[tags.pat-example]\nignore = true\n"
    )
    run_import(export, "--mapping", mapping)
    page = page_of(1)
    assert page.item_type == "media_advisory"
    assert sorted(page.tags.names()) == ["COVID-19 pandemic", "Immigration Reform"]
    assert client.get("/category/housing-and-homes/")["Location"] == "/issues/immigration/"
    assert client.get("/tag/pat-example/")["Location"] == "/news/"  # ignored: no tag made
    assert "Pat Example" not in page.tags.names()


def test_dry_run_writes_nothing(tmp_path, run_import, uploads):
    export = wxr.write(
        tmp_path / "export.xml", wxr.attachment(30, "2021/06/mayors.jpg", "M"), wxr.item(1, "One")
    )
    before = table_counts()
    output = run_import(export, "--uploads", uploads, "--dry-run")
    assert "Dry run: nothing was written." in output and "1 imported" in output
    assert table_counts() == before
    assert not Redirect.objects.filter(old_path__startswith="/2021/").exists()


def test_report_csv_is_safe_in_spreadsheets(tmp_path, run_import):
    export = wxr.write(tmp_path / "export.xml", wxr.item(1, '=HYPERLINK("x")', slug="x"))
    run_import(export, "--report", tmp_path / "r.csv")
    assert "'=HYPERLINK" in (tmp_path / "r.csv").read_text()
