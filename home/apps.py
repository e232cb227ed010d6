from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from . import cache_purge, checks  # noqa: F401 - checks registers itself

        cache_purge.connect()
