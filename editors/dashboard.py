"""Dashboard panels for the people who use the admin every day.

Each panel asks for what it shows in a fixed number of queries, whatever the number of items.
Wagtail's own panels stay: "Awaiting your review" (items awaiting my sign-off), "Your pages in
a workflow" and "Your most recent edits".
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from home.site_time import site_time_label
from newsroom.choices import ItemType, ReleaseStatus
from newsroom.models import NewsIndexPage, PressItemPage
from taskforce.letters.admin_urls import signatures_url
from taskforce.letters.models import Signature, SignatureStatus
from taskforce.letters.permissions import can_manage

from .roles import may_work_on
from .scheduling import OVERDUE_AFTER, overdue_revisions, scheduled_revisions

LIST_SIZE = 10


class ScheduledPublishingWarningPanel(Component):
    """A red banner while anything is overdue: scheduled publishing is not running."""

    name = "scheduled_publishing_warning"
    template_name = "editors/panels/scheduling_warning.html"
    order = 1

    def get_context_data(self, parent_context):
        overdue = list(overdue_revisions()[:LIST_SIZE])
        return {
            "overdue": [(r.object_str, site_time_label(r.approved_go_live_at)) for r in overdue],
            "minutes": int(OVERDUE_AFTER.total_seconds() // 60),
        }


class NewsroomActionsPanel(Component):
    name = "newsroom_actions"
    template_name = "editors/panels/newsroom_actions.html"
    order = 5

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        news = NewsIndexPage.objects.first()
        if news is None or not may_work_on(user, PressItemPage):
            return {"actions": []}
        if not news.permissions_for_user(user).can_add_subpage():
            return {"actions": []}
        add = reverse("wagtailadmin_pages:add", args=("newsroom", "pressitempage", news.pk))
        return {
            "actions": [
                ("New press release", f"{add}?item_type={ItemType.PRESS_RELEASE}"),
                ("New statement", f"{add}?item_type={ItemType.STATEMENT}"),
            ],
            "news_listing": reverse("news:index"),
        }


class ScheduledItemsPanel(Component):
    """Scheduled items and embargoed press items not yet signed off, with their lift time."""

    name = "scheduled_items"
    template_name = "editors/panels/scheduled_items.html"
    order = 20

    def get_context_data(self, parent_context):
        rows = []
        scheduled_ids = set()
        for revision in scheduled_revisions().filter(base_content_type__model="page")[:LIST_SIZE]:
            scheduled_ids.add(int(revision.object_id))
            rows.append(
                {
                    "title": revision.object_str,
                    "url": reverse("wagtailadmin_pages:edit", args=(revision.object_id,)),
                    "when": revision.approved_go_live_at,
                    "state": "Scheduled",
                }
            )
        embargoed = (
            PressItemPage.objects.not_live()
            .filter(release_status=ReleaseStatus.EMBARGOED, embargo_until__gt=timezone.now())
            .exclude(pk__in=scheduled_ids)
            .defer_streamfields()
            .annotate(in_sign_off=Count("_specific_workflow_states__pk"))
            .order_by("embargo_until")[:LIST_SIZE]
        )
        for item in embargoed:
            rows.append(
                {
                    "title": item.title,
                    "url": reverse("wagtailadmin_pages:edit", args=(item.pk,)),
                    "when": item.embargo_until,
                    "state": "Embargoed, awaiting sign-off"
                    if item.in_sign_off
                    else "Embargoed draft",
                }
            )
        rows.sort(key=lambda row: row["when"])
        for row in rows:
            row["when_label"] = site_time_label(row["when"])
        return {"rows": rows}


def in_review_states():
    """Workflow states in progress for the outer page. WorkflowState keeps the page id as
    text, so the id is cast: PostgreSQL will not compare text with an integer."""
    return WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), CharField()),
    )


class MyDraftsPanel(Component):
    name = "my_drafts"
    template_name = "editors/panels/my_drafts.html"
    order = 30

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        drafts = (
            Page.objects.not_live()
            .filter(owner=user, depth__gt=1)
            .exclude(Exists(in_review_states()))
            .order_by("-latest_revision_created_at")[:LIST_SIZE]
        )
        return {
            "drafts": [
                {
                    "title": page.title,
                    "url": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                    "updated": page.latest_revision_created_at,
                }
                for page in drafts
            ]
        }


class SignaturesAwaitingPanel(Component):
    """For campaign staff only: pending signatures per letter, each a link to verify them."""

    name = "signatures_awaiting"
    template_name = "editors/panels/signatures_awaiting.html"
    order = 40

    def get_context_data(self, parent_context):
        letters = (
            Signature.objects.filter(status=SignatureStatus.PENDING)
            .values("letter_id", "letter__title")
            .annotate(pending=Count("pk"))
            .order_by("-pending", "letter__title")[:LIST_SIZE]
        )
        return {
            "letters": [
                {
                    "title": row["letter__title"],
                    "pending": row["pending"],
                    "url": signatures_url(
                        letter_id=row["letter_id"], status=SignatureStatus.PENDING
                    ),
                }
                for row in letters
            ]
        }


def panels_for(user):
    panels = [ScheduledPublishingWarningPanel(), NewsroomActionsPanel(), ScheduledItemsPanel()]
    panels.append(MyDraftsPanel())
    if can_manage(user):
        panels.append(SignaturesAwaitingPanel())
    return panels
