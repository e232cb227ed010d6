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
    expect(page.get_by_text("Mayor John Giles", exact=True)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="News", exact=True).first.click()
    page.locator(".card__title a").first.click()
    expect(page.locator(".end-mark [aria-hidden]")).to_have_text("###")
    assert_accessible(page)


PHONE = {"width": 375, "height": 812}


@pytest.mark.django_db(transaction=True)
def test_phone_reader_uses_the_menu_without_sideways_scrolling(page, live_server, demo_site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Main")
    links = nav.get_by_role("link")
    assert links.count() >= 4
    for i in range(links.count()):
        box = links.nth(i).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
        assert box["height"] >= 24, "touch targets of at least 24 px (WCAG 2.5.8)"
    nav.get_by_role("link", name="News").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("News")
    expect(nav.get_by_role("link", name="News")).to_have_attribute("aria-current", "page")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]


@pytest.mark.django_db(transaction=True)
def test_keyboard_reader_skips_to_content_with_visible_focus(page, live_server, demo_site):
    page.goto(live_server.url + "/about/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["y"] >= 0, "the skip link comes into view when focused"
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    page.keyboard.press("Tab")
    # The next stop is inside the main content, not back in the header.
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.django_db(transaction=True)
def test_go_to_top_returns_to_the_top(page, live_server, demo_site):
    page.goto(live_server.url + "/news/")
    page.get_by_role("link", name="Go to top").click()
    # Polled from Python: wait_for_function evals its predicate, which the CSP forbids.
    for _ in range(50):
        if page.evaluate("window.scrollY") == 0:
            break
        page.wait_for_timeout(100)
    assert page.evaluate("window.scrollY") == 0
    expect(page.get_by_role("link", name="Skip to main content")).to_have_count(1)
    assert page.url.endswith("#top")


@pytest.mark.django_db(transaction=True)
def test_printed_release_keeps_the_text_and_drops_the_site_frame(page, live_server, demo_site):
    page.goto(live_server.url + "/news/")
    page.locator(".card__title a").first.click()
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".end-mark")).to_be_visible()
    expect(page.locator(".site-brand")).to_be_visible()  # the letterhead
    expect(page.locator(".print-source")).to_contain_text("/news/")
    for frame in [".main-nav", ".site-search", ".site-footer", ".tag-list"]:
        expect(page.locator(frame)).to_be_hidden()
    font = page.locator(".stream p").first.evaluate("el => getComputedStyle(el).fontFamily")
    assert "Georgia" in font
    pdf = page.pdf(format="Letter")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000
