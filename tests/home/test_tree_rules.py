"""Editors can only build a sensible tree."""

import pytest

from home.models import HomePage, StandardPage
from newsroom.models import NewsIndexPage, PressItemPage
from taskforce.models import IssueIndexPage, IssuePage, TaskForceIndexPage, TaskForcePage


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (PressItemPage, NewsIndexPage, True),
        (PressItemPage, HomePage, False),
        (PressItemPage, IssuePage, False),
        (NewsIndexPage, HomePage, True),
        (IssuePage, IssueIndexPage, True),
        (IssuePage, HomePage, False),
        (TaskForcePage, TaskForceIndexPage, True),
        (TaskForcePage, IssueIndexPage, False),
        (StandardPage, HomePage, True),
        (StandardPage, NewsIndexPage, False),
        (HomePage, StandardPage, False),
        (StandardPage, StandardPage, True),
        (IssueIndexPage, HomePage, True),
        (TaskForceIndexPage, HomePage, True),
        (IssuePage, TaskForceIndexPage, False),
        (NewsIndexPage, StandardPage, False),
    ],
)
def test_parent_child_rules(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


@pytest.mark.django_db
def test_only_one_home_news_and_issue_index():
    home = HomePage.objects.get()
    assert not HomePage.can_create_at(home.get_parent())
    assert not NewsIndexPage.can_create_at(home)
    assert not IssueIndexPage.can_create_at(home)


@pytest.mark.django_db
def test_press_items_have_no_children_and_hubs_hold_no_news():
    assert PressItemPage.allowed_subpage_models() == []
    assert PressItemPage not in IssuePage.allowed_subpage_models()
    assert PressItemPage not in TaskForcePage.allowed_subpage_models()


@pytest.mark.django_db
def test_the_admin_refuses_a_page_in_the_wrong_place(client, django_user_model):
    """An editor who types the add URL for a press item under the home page is turned away."""
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    home = HomePage.objects.get()
    news = NewsIndexPage.objects.get()

    def refused(url):
        response = client.get(url)
        return response.status_code in (302, 403) and response.get("Location") in ("/admin/", None)

    assert refused(f"/admin/pages/add/newsroom/pressitempage/{home.pk}/")
    form = client.get(f"/admin/pages/add/newsroom/pressitempage/{news.pk}/")
    assert form.status_code == 200 and b'name="summary"' in form.content
    # A second news index would split the archive.
    assert refused(f"/admin/pages/add/newsroom/newsindexpage/{home.pk}/")
