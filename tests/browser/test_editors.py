"""Each staff role does its daily job in Chromium, as a member of its group (never a superuser),
and what it must not do is refused or not offered. axe checks the dashboard and the editor."""

import datetime
import io
import re
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import expect
from wagtail.models import Revision, WorkflowState

from newsroom.models import PressItemPage
from tests.staff import (
    APPROVERS,
    CAMPAIGN_STAFF,
    COMMUNICATIONS_EDITORS,
    POLICY_EDITORS,
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


@pytest.mark.django_db(transaction=True)
def test_policy_editor_adds_a_vice_chair_and_submits_it(
    page, live_server, staff_site, django_user_model
):
    from taskforce.hubs import IssuePage
    from taskforce.people import Person

    editor = member(django_user_model, POLICY_EDITORS, "policy")
    hub = IssuePage.objects.first()
    person = (
        Person.objects.filter(live=True).exclude(pk__in=hub.leadership.values("person_id")).first()
    )
    sign_in(page, live_server.url, editor)
    expect(page.get_by_role("link", name="New statement")).to_have_count(0)
    page.goto(f"{live_server.url}/admin/pages/{hub.pk}/edit/")
    # Existing roles are headed by who holds them, not "Leadership 1".
    first = hub.leadership.first()
    expect(page.locator("#inline_child_leadership-0")).to_contain_text(str(first.person))
    count = hub.leadership.count()
    page.get_by_role("button", name="Add leadership").click()
    new = page.locator(f"#inline_child_leadership-{count}")
    new.get_by_role("button", name="Choose person").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("textbox").first.fill(person.last_name)
    modal.get_by_role("link", name=re.compile(re.escape(person.last_name))).first.click()
    expect(new.locator("input[name$='-person']")).to_have_value(str(person.pk))
    new.get_by_label("Role").select_option("vice_chair")
    expect(new.locator("label", has_text="Task force or committee")).to_be_visible()
    open_more_actions(page)
    page.get_by_role("button", name=re.compile("^Submit to")).click()
    expect(page.get_by_text("submitted for moderation")).to_be_visible()
    hub.refresh_from_db()
    content = hub.get_latest_revision().content
    roles = [(r["person"], r["role"]) for r in content["leadership"]]
    assert (person.pk, "vice_chair") in roles
    assert current_task(hub) == "Moderators approval"

    # Not the newsroom's, not the campaign's.
    news = PressItemPage.objects.first().get_parent()
    page.goto(f"{live_server.url}/admin/pages/add/newsroom/pressitempage/{news.pk}/")
    assert "/add/" not in page.url or page.get_by_text("permission").count()
    assert page.goto(live_server.url + "/admin/letters/signature/").status == 403


@pytest.mark.django_db(transaction=True)
def test_campaign_staff_verify_a_signature_and_export(
    page, live_server, staff_site, django_user_model, tmp_path
):
    from taskforce.letters.models import Signature
    from tests.letters.factories import SignatureFactory, new_letter

    letter = new_letter(title="Letter on transit")
    signature = SignatureFactory(letter=letter, state="AZ", city_name="Tempe")
    staff = member(django_user_model, CAMPAIGN_STAFF, "campaigner")
    sign_in(page, live_server.url, staff)
    panel = page.locator("section", has_text="Signatures awaiting verification").last
    expect(panel).to_contain_text("Letter on transit")
    expect(page.get_by_role("link", name="New statement")).to_have_count(0)
    assert_accessible(page)
    panel.get_by_role("link", name="Letter on transit").click()
    expect(page.locator("td.field-city_column")).to_have_text(["Tempe, AZ"])
    page.goto(f"{live_server.url}/admin/letters/signature/inspect/{signature.pk}/")
    expect(page.locator(".signature-status")).to_have_text("Pending")
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_text("1 signature marked verified.")).to_be_visible()
    expect(page.locator(".signature-inspect__status .signature-status")).to_have_text("Verified")
    signature.refresh_from_db()
    assert signature.status == Signature.objects.get(pk=signature.pk).status == "verified"

    page.goto(f"{live_server.url}/admin/letters/signature/?letter__id__exact={letter.pk}")
    page.set_viewport_size({"width": 1440, "height": 900})
    page.screenshot(path=str(tmp_path / "signatures-desktop.png"), full_page=True)
    table, filters = (
        page.locator(sel).bounding_box() for sel in (".result-list", ".changelist-filter")
    )
    assert table["x"] + table["width"] <= filters["x"] + 1, "the table runs under the filters"
    with page.expect_download() as download:
        page.get_by_role("link", name="Download XLSX").click()
    sheet = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    header, row = list(sheet.iter_rows(values_only=True))
    exported = dict(zip(header, row, strict=True))
    assert exported["Contact email"] == signature.email
    assert exported["Status"] == "Verified"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", exported["Signed at (America/New_York)"])
    # Not the newsroom's.
    news = PressItemPage.objects.first().get_parent()
    page.goto(f"{live_server.url}/admin/pages/add/newsroom/pressitempage/{news.pk}/")
    assert "/add/" not in page.url
