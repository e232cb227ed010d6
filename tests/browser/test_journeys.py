import pytest
from playwright.sync_api import expect

from .accessibility import assert_accessible


@pytest.mark.django_db(transaction=True)
def test_reader_follows_navigation_to_issue_and_press_item(page, live_server, demo_site):
    page.goto(live_server.url + "/")
    assert_accessible(page)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Issues").click()
    page.get_by_role("link", name="Immigration").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Immigration")
    expect(page.get_by_text("Mayor John Giles")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="News", exact=True).first.click()
    page.locator(".card__title a").first.click()
    expect(page.locator(".end-mark")).to_have_text("###")
    assert_accessible(page)
