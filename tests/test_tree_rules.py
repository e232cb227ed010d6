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
