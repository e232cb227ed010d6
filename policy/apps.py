from django.apps import AppConfig


class PolicyConfig(AppConfig):
    """Resolutions and meetings: the policy record. Stands on taskforce and newsroom."""

    name = "policy"
    verbose_name = "Policy: resolutions and meetings"
    default_auto_field = "django.db.models.BigAutoField"
