"""Each staff role does its daily job in Chromium, as a member of its group (never a superuser),
and what it must not do is refused or not offered. axe checks the dashboard and the editor."""

import datetime
import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Revision, WorkflowState

from newsroom.models import PressItemPage
from tests.staff import (
    APPROVERS,
    COMMUNICATIONS_EDITORS,
    browser_site,
    member,
    sign_in,
    sign_out,
)

from .accessibility import assert_accessible


@pytest.fixture
def staff_site(transactional_db):
    browser_site()


def shot(page, tmp_path, name):
    for width, label in ((375, "phone"), (1440, "desktop")):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(tmp_path / f"{name}-{label}.png"), full_page=True)


def current_task(item):
    state = WorkflowState.objects.filter(
        base_content_type__model="page", object_id=str(item.pk), status="in_progress"
    ).first()
    return state.current_task_state.task.name if state else None


def open_more_actions(page):
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()


def approve_current_task(page, live_server, item):
    page.goto(f"{live_server.url}/admin/pages/{item.pk}/edit/")
    page.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']"
    ).last.click()
    page.get_by_role("button", name=re.compile(r"^Approve( and Publish)?$")).click()


@pytest.mark.django_db(transaction=True)
def test_statement_drafted_submitted_reviewed_and_signed_off(
    page, live_server, staff_site, django_user_model, tmp_path
):
    writer = member(django_user_model, COMMUNICATIONS_EDITORS, "writer")
    reviewer = member(django_user_model, COMMUNICATIONS_EDITORS, "reviewer")
    approver = member(django_user_model, APPROVERS, "approver")

    sign_in(page, live_server.url, writer)
    expect(page.get_by_role("link", name="New statement")).to_be_visible()
    assert_accessible(page)
    shot(page, tmp_path, "dashboard")
    page.set_viewport_size({"width": 1440, "height": 900})

    page.get_by_role("link", name="New statement").click()
    expect(page.locator("#id_item_type")).to_have_value("statement")
    # Defaults: dated today, issued by the association, with its press office to call.
    expect(page.locator("#id_date")).to_have_value(datetime.date.today().isoformat())
    expect(page.locator("#inline_child_issuers-0")).to_contain_text("U.S. Conference of Mayors")
    expect(page.locator("#inline_child_contacts-0")).to_contain_text("Jordan Ellis")
    expect(page.get_by_text("Embargo lifts (New York time, America/New_York)")).to_be_visible()
    assert_accessible(page)
    shot(page, tmp_path, "editor")
    page.set_viewport_size({"width": 1440, "height": 900})

    page.locator("#id_title").fill("Mayors answer the housing bill")
    page.locator("#id_summary").fill("The nation's mayors respond to the housing bill.")
    page.locator("#id_release_status").select_option("embargoed")
    lifts = datetime.datetime.now() + datetime.timedelta(hours=3)
    page.locator("#id_embargo_until").fill(lifts.strftime("%Y-%m-%d %H:%M"))
    page.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']"
    ).last.click()
    page.get_by_role("button", name="Submit to Newsroom sign-off").click()
    expect(page.get_by_text("created and submitted for moderation")).to_be_visible()
    item = PressItemPage.objects.get(title="Mayors answer the housing bill")
    assert not item.live
    assert current_task(item) == "Communications review"
    sign_out(page, live_server.url)

    sign_in(page, live_server.url, reviewer)
    approve_current_task(page, live_server, item)
    expect(page.get_by_text("has been updated")).to_be_visible()
    assert current_task(item) == "Approver sign-off"
    sign_out(page, live_server.url)

    sign_in(page, live_server.url, approver)
    page.goto(live_server.url + "/admin/")
    expect(page.get_by_text("Mayors answer the housing bill").first).to_be_visible()
    approve_current_task(page, live_server, item)
    expect(page.get_by_text("has been updated")).to_be_visible()
    assert current_task(item) is None
    item.refresh_from_db()
    assert not item.live
    assert Revision.objects.filter(object_id=str(item.pk), approved_go_live_at__isnull=False)
    page.goto(live_server.url + "/admin/")
    panel = page.locator("section", has_text="Scheduled and embargoed").last
    expect(panel).to_contain_text("Mayors answer the housing bill")
    expect(panel).to_contain_text("Scheduled")
    expect(panel).to_contain_text(re.compile(r"\d{1,2}:\d\d [AP]M E[SD]T"))  # the site's zone
    assert_accessible(page)
    # The reader sees nothing yet.
    assert page.request.get(live_server.url + item.url).status == 404


@pytest.mark.django_db(transaction=True)
def test_communications_editor_is_refused_outside_the_newsroom(
    page, live_server, staff_site, django_user_model
):
    from taskforce.hubs import IssuePage

    writer = member(django_user_model, COMMUNICATIONS_EDITORS, "writer")
    sign_in(page, live_server.url, writer)
    expect(page.get_by_role("link", name="Signatures")).to_have_count(0)
    hub = IssuePage.objects.first()
    page.goto(f"{live_server.url}/admin/pages/{hub.pk}/edit/")
    assert page.url == live_server.url + "/admin/"
    expect(page.get_by_text("Sorry, you do not have permission")).to_be_visible()
    assert page.goto(live_server.url + "/admin/letters/signature/").status == 403
