"""Every public page of the demo, opened in Chromium: zero axe-core violations, no sideways
scrolling on a 375 px phone."""

import pytest
from wagtail.models import Page

from .accessibility import assert_accessible

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1440, "height": 900}


def public_paths():
    paths = [p.url for p in Page.objects.live().public().filter(depth__gt=1).specific()]
    return sorted(set(paths)) + ["/search/?q=immigration", "/no-such-page/"]


def overflow(page):
    """How many pixels the page is wider than the viewport (0 when nothing sticks out)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.django_db(transaction=True)
def test_every_public_page_is_accessible_and_fits_a_phone(page, live_server, demo_site):
    paths = public_paths()
    assert len(paths) > 20, paths
    problems = []
    for path in paths:
        page.set_viewport_size(DESKTOP)
        response = page.goto(live_server.url + path)
        expected = 404 if path == "/no-such-page/" else 200
        if response.status != expected:
            problems.append(f"{path}: HTTP {response.status}")
            continue
        try:
            assert_accessible(page)
        except AssertionError as error:
            problems.append(str(error))
        page.set_viewport_size(PHONE)
        if (extra := overflow(page)) > 0:
            problems.append(f"{path}: {extra}px wider than a 375px phone")
    assert not problems, "\n\n".join(problems)
