"""An embargoed release created in the admin stays hidden everywhere until its time comes.

Wagtail schedules go-live; `publish_scheduled` (run every minute in production) makes the page
live once the moment has passed. The clock is moved forward to get there.
"""

import datetime
from unittest import mock

import feedparser
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from newsroom.models import MediaContact, PressItemPage
from tests.staff import APPROVERS, member

from .factories import news_index

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


TITLE = "Mayors Unveil Zephyrine Housing Compact"


def admin_form(**overrides):
    today = timezone.localdate()
    data = {
        "title": TITLE,
        "slug": "mayors-unveil-zephyrine-housing-compact",
        "item_type": "press_release",
        "date": today.isoformat(),
        "dateline": "Washington, D.C.",
        "release_status": "immediate",
        "embargo_until": "",
        "updated": "",
        "correction_note": "",
        "dek": "",
        "summary": "Mayors agree a zephyrine compact to build homes faster.",
        "featured_image": "",
        "featured_image_alt": "",
        "body": streamfield(
            [("paragraph", rich_text("<p>The zephyrine compact sets shared goals.</p>"))]
        ),
        "issuers": inline_formset([]),
        "contacts": inline_formset([{"contact": MediaContact.objects.first().pk}]),
        "related_links": inline_formset([]),
        "tags": "Immigration Reform, Housing",
        "seo_title": "",
        "search_description": "",
        "social_image": "",
        "social_text": "",
        "go_live_at": "",
        "expire_at": "",
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def public_sightings(client, item_url):
    """Where the item can be seen by the public, by place name."""
    seen = set()
    for name, url in [
        ("archive", "/news/"),
        ("tag archive", "/news/?tag=immigration-reform"),
        ("words", "/news/?q=zephyrine"),
        ("search", "/search/?q=zephyrine"),
        ("hub latest news", "/issues/immigration/"),
        ("home latest news", "/"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        if TITLE in response.content.decode():
            seen.add(name)
    for name, url in [("feed", "/news/feed/"), ("tag feed", "/news/feed/?tag=housing")]:
        feed = feedparser.parse(client.get(url).content)
        if any(entry.title == TITLE for entry in feed.entries):
            seen.add(name)
    if client.get(item_url).status_code == 200:
        seen.add("item page")
    return seen


EVERYWHERE = {
    "archive",
    "tag archive",
    "words",
    "search",
    "hub latest news",
    "home latest news",
    "feed",
    "tag feed",
    "item page",
}


@pytest.mark.parametrize("how", ["embargo fields", "go-live setting"])
def test_embargoed_item_is_hidden_until_publish_scheduled_runs(client, django_user_model, how):
    editor = member(django_user_model, APPROVERS, "editor")
    client.force_login(editor)
    lifts = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(hours=1)
    local = timezone.localtime(lifts).strftime("%Y-%m-%d %H:%M")
    if how == "embargo fields":
        form = admin_form(release_status="embargoed", embargo_until=local)
    else:
        form = admin_form(go_live_at=local)

    url = reverse("wagtailadmin_pages:add", args=("newsroom", "pressitempage", news_index().pk))
    response = client.post(url, form)
    assert response.status_code == 302, response.context["form"].errors
    client.logout()

    item = PressItemPage.objects.get(title=TITLE)
    assert not item.live
    assert item.go_live_at == lifts
    item_url = news_index().url + item.slug + "/"
    assert public_sightings(client, item_url) == set()

    # Half an hour later the scheduler runs: still too early.
    too_early = lifts - datetime.timedelta(minutes=30)
    with mock.patch("django.utils.timezone.now", return_value=too_early):
        call_command("publish_scheduled")
    assert public_sightings(client, item_url) == set()

    just_after = lifts + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=just_after):
        call_command("publish_scheduled")
    item.refresh_from_db()
    assert item.live
    assert public_sightings(client, item_url) == EVERYWHERE
    if how == "embargo fields":
        html = client.get(item_url).content.decode()
        assert "Embargoed until" in html
