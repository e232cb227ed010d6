"""A mayor's staffer signs in Chromium; campaign staff verify it; the name goes on the list."""

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from taskforce.letters.models import Signature
from tests.letters.factories import ensure_demo_tree

from .accessibility import assert_accessible

LETTER = "/issues/immigration/immigration-letter/"


@pytest.fixture
def letters_site(transactional_db, django_user_model):
    ensure_demo_tree()
    staff = django_user_model.objects.create_user("campaigner", "c@example.org", "s3cret-pass")
    staff.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="manage_signatures"),
    )
    return staff


@pytest.mark.django_db(transaction=True)
def test_staffer_signs_staff_verify_and_the_name_is_listed(page, live_server, letters_site):
    page.goto(live_server.url + LETTER)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Open Letter to Congress on Immigration"
    )
    assert_accessible(page)

    # Sending the form empty shows every error next to its field, and the page stays accessible.
    page.get_by_role("button", name="Sign the letter").click()
    expect(page.locator("#error-summary")).to_contain_text("Please correct 8 fields to sign")
    expect(page.locator("#mayor_first_name-error")).to_contain_text("Enter the mayor's first name.")
    assert_accessible(page)

    page.get_by_label("Mayor's first name").fill("Rosa")
    page.get_by_label("Mayor's last name").fill("Delgado-Frank")
    page.get_by_label("City").fill("Flagstaff")
    page.get_by_label("State").select_option("AZ")
    page.get_by_label("Contact's first name").fill("Lee")
    page.get_by_label("Contact's last name").fill("O'Hara")
    page.get_by_label("Contact's email address").fill("lee.ohara@example.org")
    page.get_by_label("Contact's phone number").fill("928-555-0110")
    page.get_by_role("button", name="Sign the letter").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for signing")
    expect(page.locator(".letter__signed")).to_contain_text(
        "Mayor Rosa Delgado-Frank of Flagstaff, AZ"
    )
    assert_accessible(page)
    signature = Signature.objects.get(email="lee.ohara@example.org")
    assert signature.status == "pending"

    # Not on the public list until staff verify it.
    page.goto(live_server.url + LETTER)
    expect(page.locator(".signers")).not_to_contain_text("Delgado-Frank")

    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("campaigner")
    page.get_by_label("Password").fill("s3cret-pass")
    page.get_by_role("button", name="Sign in").click()
    page.goto(live_server.url + "/admin/letters/signature/?status__exact=pending")
    page.get_by_label("Select Mayor Rosa Delgado-Frank, Flagstaff, AZ").check()
    page.get_by_label("With the selected signatures").select_option("verify")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("1 signature marked verified.")).to_be_visible()

    page.goto(live_server.url + LETTER)
    expect(page.locator(".signers__list li", has_text="Delgado-Frank")).to_have_text(
        "Mayor Rosa Delgado-Frank, Flagstaff, AZ"
    )
    expect(page.locator(".signers__count")).to_have_text("13 mayors from 10 states")
    assert "lee.ohara" not in page.content()
