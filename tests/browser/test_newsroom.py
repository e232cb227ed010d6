"""A journalist browses the archive by tag, pages through it, opens releases and searches."""

import pytest
from playwright.sync_api import expect

from .accessibility import assert_accessible


@pytest.mark.django_db(transaction=True)
def test_filter_by_tag_page_through_and_open_an_item(page, live_server, demo_site):
    page.goto(live_server.url + "/news/")
    expect(page.get_by_role("heading", level=1)).to_have_text("News")
    assert_accessible(page)

    tags = page.get_by_role("navigation", name="Filter by tag")
    tags.get_by_role("link", name="Press Room").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("News tagged Press Room")
    expect(page).to_have_url(live_server.url + "/news/?tag=press-room")
    assert_accessible(page)
    first_page = page.locator(".card__title a").all_inner_texts()
    assert len(first_page) == 20

    pages = page.get_by_role("navigation", name="News archive pages")
    pages.get_by_role("link", name="Next page").click()
    expect(page).to_have_url(live_server.url + "/news/?tag=press-room&page=2")
    expect(pages.locator("[aria-current=page]")).to_have_text("Page 2")
    second_page = page.locator(".card__title a").all_inner_texts()
    assert second_page and not set(second_page) & set(first_page)

    page.locator(".card__title a").first.click()
    expect(page.locator(".end-mark [aria-hidden]")).to_have_text("###")
    expect(page.get_by_role("navigation", name="Tags").get_by_role("link", name="Press Room"))
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_filter_form_and_joint_statement(page, live_server, demo_site):
    page.goto(live_server.url + "/news/")
    page.get_by_label("Type").select_option("joint_statement")
    page.get_by_label("Year").select_option("2017")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Joint statements from 2017")
    assert_accessible(page)
    page.get_by_role("link", name="Joint Statement of USCM CEO").click()
    for name in ["About U.S. Conference of Mayors", "About Major Cities Chiefs Association"]:
        expect(page.get_by_role("heading", name=name)).to_be_visible()
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_search_results_are_accessible(page, live_server, demo_site):
    page.goto(live_server.url + "/search/")
    page.locator("main").get_by_label("Search for").fill("immigration")
    page.locator("main").get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Search results for “immigration”")
    expect(page.locator(".search-result").first).to_be_visible()
    assert_accessible(page)
    page.goto(live_server.url + "/news/?type=x&year=abc")
    expect(page.locator(".notice")).to_contain_text("No items of type “x”")
    assert_accessible(page)
