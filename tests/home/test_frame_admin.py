"""The real Wagtail admin, as an editor logged in as a superuser sees it."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings, StandardPage
from newsroom.models import NewsIndexPage, PressItemPage
from policy.models import MeetingIndexPage, MeetingPage, ResolutionIndexPage
from taskforce.directory import PeopleIndexPage
from taskforce.letters.models import SignOnLetterPage
from taskforce.models import IssueIndexPage, IssuePage, TaskForceIndexPage, TaskForcePage
from tests.staff import APPROVERS, COMMUNICATIONS_EDITORS, member

pytestmark = pytest.mark.django_db

# A label an editor sees on the edit form of each page type, besides the title.
EDIT_FORM_LABELS = {
    HomePage: ["Hero heading", "Featured issues"],
    StandardPage: ["Intro", "Body"],
    NewsIndexPage: ["Intro"],
    PressItemPage: ["Summary", "Dateline", "Tags"],
    IssueIndexPage: ["Intro"],
    IssuePage: ["Leadership", "Intro"],
    TaskForceIndexPage: ["Intro"],
    TaskForcePage: ["Kind", "Leadership"],
    PeopleIndexPage: ["Intro", "Officers"],
    # (Staff notification emails: campaign staff only, see tests/letters/test_privacy_holes.py.)
    SignOnLetterPage: ["Addressee", "Letter text", "Public list of signers"],
    MeetingIndexPage: ["Intro"],
    MeetingPage: ["Number", "Kind", "Time zone", "Agenda"],
    ResolutionIndexPage: ["Intro"],
}


@pytest.fixture
def editor(client, django_user_model):
    user = member(django_user_model, APPROVERS, "editor")
    client.force_login(user)
    return client


@pytest.fixture
def settings_editor(client, django_user_model):
    """Site settings belong to the communications team."""
    client.force_login(member(django_user_model, COMMUNICATIONS_EDITORS, "comms"))
    return client


def page_html(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def labels(html):
    return {" ".join(label.get_text(" ", strip=True).split()) for label in html.find_all("label")}


def test_admin_login_page_for_anonymous_visitors(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    html = page_html(client.get(response["Location"]))
    assert html.find("input", attrs={"name": "username"})
    assert html.find("input", attrs={"name": "password", "type": "password"})


def test_dashboard_greets_the_editor_and_shows_the_site(editor):
    html = page_html(editor.get(reverse("wagtailadmin_home")))
    text = " ".join(html.find("main").get_text(" ").split())
    pages = Page.objects.descendant_of(HomePage.objects.get(), inclusive=True).count()
    assert f"Site summary {pages} Pages created in U.S. Conference of Mayors" in text


def test_page_explorer_lists_the_home_pages_children(editor):
    home = HomePage.objects.get()
    html = page_html(editor.get(reverse("wagtailadmin_explore", args=[home.pk])))
    titles = html.get_text(" ")
    for child in home.get_children():
        assert child.title in titles, child.title


@pytest.mark.parametrize("model", list(EDIT_FORM_LABELS), ids=lambda m: m.__name__)
def test_edit_view_of_each_page_type_shows_its_fields(editor, model):
    page = model.objects.first()
    assert page is not None, f"the demo has no {model.__name__}"
    html = page_html(editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    if not getattr(model, "title_is_derived", False):
        assert html.find("input", attrs={"name": "title"})["value"] == page.title
    text = " ".join(html.get_text(" ").split())
    for label in EDIT_FORM_LABELS[model]:
        assert label in text, (model.__name__, label)


def test_every_page_type_is_covered_by_the_edit_view_test():
    from wagtail.models import get_page_models

    ours = {m for m in get_page_models() if m is not Page and m._meta.app_label != "wagtailcore"}
    letters = {m for m in ours if m._meta.app_label == "letters"}
    assert ours - letters <= set(EDIT_FORM_LABELS), ours - set(EDIT_FORM_LABELS)


def test_add_view_for_a_standard_page_under_home(editor):
    home = HomePage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    html = page_html(editor.get(url))
    assert html.find("input", attrs={"name": "title"})
    assert "Intro" in html.get_text(" ")


def test_site_settings_form_shows_organization_and_social_accounts(settings_editor):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    html = page_html(settings_editor.get(url))
    text = " ".join(html.get_text(" ").split())
    for label in ["Organization name", "Footer text", "Threads", "Medium", "LinkedIn"]:
        assert label in text, label
    settings = SiteSettings.for_site(site)
    assert html.find("input", attrs={"name": "x_url"})["value"] == settings.x_url


def test_site_settings_save_changes_the_footer(settings_editor, client):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    settings = SiteSettings.for_site(site)
    data = {
        "organization_name": "U.S. Conference of Mayors",
        "organization_short_name": "USCM",
        "footer_text": "Mayors working together.",
        "address": "",
        "x_url": "",
        "facebook_url": settings.facebook_url,
        "instagram_url": "",
        "linkedin_url": "",
        "threads_url": "https://www.threads.net/@usmayors",
        "medium_url": "",
        "youtube_url": "",
        "bluesky_url": "https://bsky.app/profile/usmayors.example.org",
        "x_handle": "",
        "default_share_image": "",
    }
    response = settings_editor.post(url, data)
    assert response.status_code == 302, response.content[:2000]
    settings_editor.logout()
    footer = BeautifulSoup(client.get("/about/").content, "html.parser").find("footer")
    assert [a.get_text() for a in footer.select(".social-links a")] == [
        "Facebook",
        "Threads",
        "Bluesky",
    ]
    assert "Mayors working together." in footer.get_text()


def test_site_settings_reject_a_malformed_link(settings_editor):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    response = settings_editor.post(
        url, {"organization_name": "USCM", "x_url": "not a link", "default_share_image": ""}
    )
    assert response.status_code == 200
    assert "Enter a valid URL." in response.content.decode()
    assert SiteSettings.for_site(site).x_url == "https://x.com/usmayors"
