from django.apps import AppConfig


class EditorsConfig(AppConfig):
    """Staff roles, the newsroom's sign-off workflow, the dashboard and the embargo safety net."""

    name = "editors"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, workflow  # noqa: F401  (registers the check and the signal)

        workflow.register()
