"""The real WordPress export: the acceptance checks of the move-in, as a reader sees them."""

import re
from urllib.parse import urlparse

import feedparser
import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import GroupPagePermission, Page

from newsroom.models import PressItemPage
from newsroom.wordpress.models import ImportedItem
from newsroom.wordpress.wxr import WxrReader

from .helpers import follow_once, table_counts

pytestmark = pytest.mark.django_db

NOT_PUBLIC = {"draft", "pending", "private", "future"}


def sample_items(sample):
    return [v for k, v in WxrReader(sample / "export.xml") if k == "item"]


def test_move_in_of_the_sample(sample, run_import, client, tmp_path):
    report = tmp_path / "report.csv"
    output = run_import(sample / "export.xml", "--uploads", sample / "uploads", "--report", report)
    items = sample_items(sample)
    readable = [
        i for i in items if i.post_type == "post" and i.status == "publish" and not i.password
    ]
    assert len(readable) == 48

    # Every post a reader could see is in the archive, with its title, date and summary.
    imported = {
        row.wp_id: row.page.specific
        for row in ImportedItem.objects.filter(kind="post").select_related("page")
    }
    for post in readable:
        page = imported[post.post_id]
        assert page.live and page.title == post.title
        assert page.date.isoformat() == post.post_date[:10]
        assert page.summary and len(page.summary) <= 500
    archive = client.get("/news/?year=2017").content.decode()
    assert "U.S. Mayors Call for Comprehensive Immigration Reform" in archive
    assert "Mayors&#x27; 2020 Vision" in client.get("/news/?year=2020").content.decode()

    # Types come from the categories; tags from the tags.
    first = imported[20]
    assert first.item_type == "press_release"
    assert first.updated.isoformat() == "2017-02-22"
    statements = PressItemPage.objects.live().filter(item_type="statement")
    assert statements.filter(title__startswith="Statement").exists()
    assert PressItemPage.objects.live().filter(tags__slug="kansas-city-mo").exists()

    # Bodies render without shortcodes, scripts or inline styles.
    for post in readable:
        html = client.get(imported[post.post_id].url).content.decode()
        main = html.split("<main", 1)[1].split("</main>", 1)[0]
        for needle in ("[fusion", "[caption", "[/", "<script", "style="):
            assert needle not in main, (post.title, needle)

    # Images come from the library with their alt text; PDF links go to documents.
    with_images = [p for p in imported.values() if p.featured_image_id]
    assert len(with_images) >= 15
    alts = [p.featured_image_alt for p in with_images]
    assert "Mayors and police chiefs at a press conference in Washington" in alts
    bodies = " ".join(str(p.body.raw_data) for p in imported.values())
    assert "/wp-content/uploads/" not in bodies
    assert "'type': 'document'" in bodies or 'linktype="document"' in bodies

    # Not-public posts are nowhere public; the scheduled one keeps its time.
    hidden = [i for i in items if i.post_type == "post" and (i.status in NOT_PUBLIC or i.password)]
    feed = feedparser.parse(client.get("/news/feed/").content)
    feed_titles = {e.title for e in feed.entries}
    sitemap = client.get("/sitemap.xml").content.decode()
    for post in hidden:
        page = imported[post.post_id]
        assert not page.live
        assert post.title not in feed_titles
        assert page.slug not in sitemap
        assert client.get(page.url).status_code == 404
        search = client.get("/search/", {"q": post.title}).content.decode()
        assert f'href="{page.url}"' not in search
        if post.status == "future":
            scheduled = page.get_latest_revision().approved_go_live_at
            assert scheduled.strftime("%Y-%m-%d %H:%M:%S") == post.post_date_gmt

    # Every old address answers 301, in one hop, to a page that opens.
    for post in items:
        link = urlparse(post.link)
        path = link.path + (f"?{link.query}" if link.query else "")
        if post.post_type == "post" and post in readable:
            status, location, final = follow_once(client, path)
            assert (status, final) == (301, 200), (path, status, location)
            assert location == imported[post.post_id].url
            status, _, final = follow_once(client, f"/?p={post.post_id}")
            assert (status, final) == (301, 200)
        elif post.post_type == "post":
            assert client.get(path).status_code == 404, path
        elif post.post_type == "attachment":
            row = ImportedItem.objects.get(kind="attachment", wp_id=post.post_id)
            for old in (urlparse(post.attachment_url).path, path):
                response = client.get(old)
                assert response.status_code == 301, old
                if row.image:  # media files are served by the web server in front
                    assert response["Location"] == row.image.file.url
                    assert row.image.file.storage.exists(row.image.file.name)
                else:
                    assert response["Location"] == row.document.url
                    assert client.get(row.document.url).status_code == 200
        elif post.post_type == "page" and post.status == "publish":
            status, location, final = follow_once(client, path)
            assert status == 200 or (status, final) == (301, 200), path
    resized = "/wp-content/uploads/2024/01/92nd-Winter-Meeting-Opening-Day-768x512.jpg"
    original = f"{settings.MEDIA_URL}original_images/92nd-Winter"
    assert client.get(resized)["Location"].startswith(original)

    # Archives: categories, tags, dates, paging and feeds.
    assert client.get("/category/news/press-room/")["Location"] == "/news/?type=press_release"
    assert client.get("/category/news/press-room/page/3/")["Location"] == (
        "/news/?type=press_release&page=2"
    )
    assert client.get("/category/news/press-room/feed/")["Location"] == (
        "/news/feed/?type=press_release"
    )
    assert client.get("/category/issues/immigration-reform/")["Location"] == "/issues/immigration/"
    assert client.get("/tag/kansas-city-mo/")["Location"] == "/news/?tag=kansas-city-mo"
    assert client.get("/tag/immigration/feed/")["Location"] == "/news/feed/?tag=immigration"
    assert client.get("/2024/04/")["Location"] == "/news/?year=2024"
    assert client.get("/2024/")["Location"] == "/news/?year=2024"
    assert client.get("/feed/")["Location"] == "/news/feed/"
    assert client.get("/page/2/")["Location"] == "/news/"
    assert client.get("/author/pressoffice/")["Location"] == "/news/"
    for path in ("/category/news/press-room/", "/tag/kansas-city-mo/", "/2024/04/11/"):
        assert follow_once(client, path)[2] == 200
    # Nonsense stays 404.
    for path in (
        "/tag/no-such-tag/",
        "/category/nothing/",
        "/2024/13/",
        "/?p=999999",
        "/wp-content/uploads/2017/01/nothing.jpg",
        "/2017/01/19/no-such-post/",
    ):
        assert client.get(path).status_code == 404, path

    # The report says what an editor must check.
    assert "Slug collisions" in output and "statement-on-the-federal-budget-proposal-2018" in output
    assert "Images without alt text" in output and "IMG_4521" in output
    assert "gravityform" in output
    csv_text = report.read_text()
    assert "password-protected in WordPress" in csv_text
    assert "in the WordPress trash" in csv_text

    # A second run changes nothing.
    before = table_counts()
    again = run_import(sample / "export.xml", "--uploads", sample / "uploads")
    assert table_counts() == before
    assert re.search(r"posts\s+58 unchanged, 2 skipped", again), again
    assert "imported" not in again.split("Skipped")[0].split("=======================")[1]


def test_imported_pages_open_in_the_editor_and_publish_again(sample, run_import, client):
    run_import(sample / "export.xml", "--uploads", sample / "uploads")
    editors = Group.objects.create(name="News editors (test)")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    news = Page.objects.get(url_path__endswith="/news/")
    for permission in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=editors, page=news, permission=Permission.objects.get(codename=permission)
        )
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_user("editor", password="x")
    editor.groups.add(editors)
    client.force_login(editor)
    rows = ImportedItem.objects.filter(kind="post", page__isnull=False).select_related("page")
    # The oEmbed cache, as the first fetch from YouTube would have filled it.
    for row in rows:
        for block in row.page.specific.body:
            if block.block_type == "embed":
                url = block.value["embed"].url
                Embed.objects.get_or_create(
                    hash=get_embed_hash(url),
                    defaults={
                        "url": url,
                        "html": "<iframe title='video'></iframe>",
                        "type": "video",
                    },
                )
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from home.blocks import PARAGRAPH_FEATURES

    converter = ContentstateConverter(PARAGRAPH_FEATURES)
    for row in rows:
        page = row.page.specific
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        assert b"error-message" not in response.content
        page.full_clean()
        page.body.stream_block.clean(page.body)
        for block in page.body:
            if block.block_type == "paragraph":
                source = block.value.source
                again = converter.to_database_format(converter.from_database_format(source))
                assert _text(again) == _text(source), source
                assert "<a>" not in source and "<a >" not in source
        scheduled = page.go_live_at is not None
        page.save_revision(user=editor).publish(user=editor)
        assert PressItemPage.objects.get(pk=page.pk).live is not scheduled


def _text(html):
    return " ".join(re.sub(r"<[^>]+>", "", html).split())
