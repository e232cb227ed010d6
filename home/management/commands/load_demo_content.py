from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Load the demo site (idempotent: running it again changes and duplicates nothing)."

    def handle(self, *args, **options):
        loaders = []
        for dotted in settings.DEMO_CONTENT_LOADERS:
            try:
                loaders.append((dotted, import_string(dotted)))
            except ImportError as error:
                # Found before anything is loaded: a mistyped path must not skip an app quietly.
                raise CommandError(
                    f"DEMO_CONTENT_LOADERS: cannot import {dotted!r}: {error}"
                ) from error
        with transaction.atomic():
            for dotted, load in loaders:
                load()
                self.stdout.write(f"  loaded {dotted.rsplit('.', 1)[0]}")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
