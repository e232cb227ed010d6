"""The embargo safety net: what is scheduled, and what should have gone live already.

Wagtail publishes scheduled revisions only when `publish_scheduled` runs. If the scheduler is
down, an embargoed release silently stays hidden; anything more than two minutes past its time
means nobody is running it.
"""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Revision

OVERDUE_AFTER = timedelta(minutes=2)


def scheduled_revisions():
    """Revisions approved to go live later (pages and snippets), soonest first."""
    return Revision.objects.filter(approved_go_live_at__isnull=False).order_by(
        "approved_go_live_at"
    )


def overdue_revisions(now=None):
    now = now or timezone.now()
    return scheduled_revisions().filter(approved_go_live_at__lt=now - OVERDUE_AFTER)
