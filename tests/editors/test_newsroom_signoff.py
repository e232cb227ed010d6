"""An embargoed statement: drafted and submitted by communications, reviewed, signed off by an
approver, then scheduled for the embargo time and published by the scheduler."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from newsroom.models import PressItemPage
from tests.staff import APPROVERS, COMMUNICATIONS_EDITORS, member

from .editor_forms import errors_in, post_press_item

pytestmark = pytest.mark.django_db


def current_task_state(page):
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    ).current_task_state


def approve(client, page):
    task_state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    return client.post(url, {"comment": ""})


def test_embargoed_statement_goes_through_sign_off_and_is_scheduled(client, django_user_model):
    writer = member(django_user_model, COMMUNICATIONS_EDITORS, "writer")
    reviewer = member(django_user_model, COMMUNICATIONS_EDITORS, "reviewer")
    approver = member(django_user_model, APPROVERS, "approver")
    lifts = timezone.localtime() + datetime.timedelta(hours=2)

    client.force_login(writer)
    mail.outbox.clear()
    response = post_press_item(
        client,
        "submit",
        item_type="statement",
        release_status="embargoed",
        embargo_until=lifts.strftime("%Y-%m-%d %H:%M"),
    )
    assert response.status_code == 302, errors_in(response)
    item = PressItemPage.objects.get(slug="mayors-respond-federal-budget")
    assert item.item_type == "statement"
    assert not item.live
    assert current_task_state(item).task.name == "Communications review"
    # Wagtail tells the reviewers by email (console in development).
    assert any(reviewer.email in m.to for m in mail.outbox)

    # The writer cannot publish; the approver cannot skip the communications review.
    assert not item.permissions_for_user(writer).can_publish()
    client.force_login(approver)
    assert approve(client, item).status_code in (302, 403)
    assert current_task_state(item).task.name == "Communications review"

    client.force_login(reviewer)
    assert approve(client, item).status_code == 302
    assert current_task_state(item).task.name == "Approver sign-off"
    assert any(approver.email in m.to for m in mail.outbox)

    client.force_login(approver)
    assert approve(client, item).status_code == 302
    item.refresh_from_db()
    assert not item.live, "embargoed: scheduled, not live"
    revision = item.revisions.filter(approved_go_live_at__isnull=False).get()
    assert abs(revision.approved_go_live_at - lifts.replace(second=0, microsecond=0)) < (
        datetime.timedelta(seconds=1)
    )
    assert not PressItemPage.objects.live().filter(pk=item.pk).exists()

    # When the time comes the scheduler publishes it, and the page reads "Released …".
    # (Time travel: the revision's embargo and go-live moved into the past.)
    past = timezone.now() - datetime.timedelta(seconds=5)
    revision.approved_go_live_at = past
    revision.content.update(go_live_at=past.isoformat(), embargo_until=past.isoformat())
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("run_scheduler", "--once", verbosity=0)
    item.refresh_from_db()
    assert item.live
    page = client.get(item.url)
    assert b"Released" in page.content and b"Embargoed until" not in page.content
