from django.apps import AppConfig


class TaskforceConfig(AppConfig):
    name = "taskforce"
    verbose_name = "Task forces and people"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import cache_purge, mentions

        mentions.connect()
        cache_purge.connect()
