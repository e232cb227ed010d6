"""`manage.py check --deploy` warns when scheduled publishing is not running."""

from django.core.checks import Warning, register
from django.db import DatabaseError

from home.site_time import site_time_label

from .scheduling import OVERDUE_AFTER, overdue_revisions


@register(deploy=True)
def scheduled_publishing_is_running(app_configs, **kwargs):
    try:
        overdue = list(overdue_revisions()[:5])
    except DatabaseError:  # no database yet (e.g. checking settings before migrate)
        return []
    if not overdue:
        return []
    names = ", ".join(
        f"“{r.object_str}” (due {site_time_label(r.approved_go_live_at)})" for r in overdue
    )
    return [
        Warning(
            f"Scheduled items are more than {int(OVERDUE_AFTER.total_seconds() // 60)} minutes "
            f"overdue: {names}.",
            hint=(
                "Scheduled publishing is not running. Run `manage.py publish_scheduled` every "
                "minute (see the systemd timer and cron line in README.md)."
            ),
            id="editors.W001",
        )
    ]
