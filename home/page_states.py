"""Where a page stands in publishing, as query expressions: scheduled, or in a workflow.

Revisions and workflow states point at pages through a text `object_id`; PostgreSQL will not
compare it with an integer key, so the page's key is cast to text (as Wagtail does itself).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from wagtail.models import Page, Revision, WorkflowState


def _page_type():
    return ContentType.objects.get_for_model(Page)


def is_scheduled():
    """True for pages with a revision approved to go live later."""
    return Exists(
        Revision.objects.filter(
            base_content_type=_page_type(),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            approved_go_live_at__isnull=False,
        )
    )


def in_workflow():
    """True for pages with a workflow (sign-off, moderation) in progress."""
    return Exists(
        WorkflowState.objects.filter(
            base_content_type=_page_type(),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
    )
