from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from . import cache_purge, checks, csv_cells, tree_cache, view_restrictions  # noqa: F401

        csv_cells.install()
        cache_purge.connect()
        tree_cache.connect()
        view_restrictions.install()
