import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Load the demo site (idempotent: running it again changes and duplicates nothing)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for dotted in settings.DEMO_CONTENT_LOADERS:
                module = dotted.rsplit(".", 1)[0]
                if importlib.util.find_spec(module) is None:
                    continue  # an app that has no demo content yet
                import_string(dotted)()
                self.stdout.write(f"  loaded {dotted.rsplit('.', 1)[0]}")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
