"""An editor adds a leader by choosing a person; readers see the derived role on the hub."""

import re

import pytest
from playwright.sync_api import expect

from taskforce.models import IssuePage

from ..taskforce.factories import make_person
from .accessibility import assert_accessible

PASSWORD = "correct horse battery staple"


@pytest.mark.django_db(transaction=True)
def test_editor_adds_vice_chair_by_choosing_a_person(
    page, live_server, demo_site, django_user_model
):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    make_person("Avery", "Example", city="Flagstaff", state="AZ").save_revision().publish()
    issue = IssuePage.objects.get(slug="immigration")

    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    page.get_by_role("button", name=re.compile(r"^Add leadership", re.I)).click()
    new_role = page.locator("[id^='inline_child_leadership-']:not([id$='-FORMS'])").last
    new_role.get_by_role("button", name=re.compile("Choose person", re.I)).click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("textbox", name=re.compile("Search", re.I)).fill("Example")
    modal.get_by_role("link", name=re.compile("Avery Example")).click()
    expect(new_role.get_by_text("Mayor Avery Example | Flagstaff, AZ")).to_be_visible()
    new_role.get_by_label("Role").select_option(label="Vice Chair")
    new_role.get_by_label("Qualifier").fill("for Housing")

    page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target='toggle']").last.click()
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(live_server.url + "/issues/immigration/")
    card = page.locator(".leader").filter(has_text="Avery Example")
    expect(card.locator(".leader__name")).to_have_text("Mayor Avery Example | Flagstaff, AZ")
    expect(card.locator(".leader__role")).to_have_text("Vice Chair for Housing")
    expect(page.locator(".leader")).to_have_count(4)
    assert_accessible(page)

    card.get_by_role("link", name="Mayor Avery Example").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mayor Avery Example")
    expect(page.locator(".role-list")).to_contain_text("Vice Chair for Housing")
    assert_accessible(page)


@pytest.mark.django_db(transaction=True)
def test_hub_people_and_person_pages_are_accessible(page, live_server, demo_site):
    for path in [
        "/task-forces/criminal-and-social-justice/",
        "/people/",
        "/people/todd-gloria/",
        "/people/tom-cochran/",
    ]:
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        assert_accessible(page)
