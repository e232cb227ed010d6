from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from . import cache_purge, checks, tree_cache, view_restrictions  # noqa: F401

        cache_purge.connect()
        tree_cache.connect()
        view_restrictions.install()
