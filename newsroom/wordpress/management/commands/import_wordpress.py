"""manage.py import_wordpress EXPORT.xml [--uploads DIR] [--mapping FILE] [--dry-run]
[--report FILE]: the move-in from WordPress (see the README)."""

import resource

from django.core.management.base import BaseCommand, CommandError

from newsroom.wordpress.importer import Importer
from newsroom.wordpress.mapping import MappingError, load_mapping_file
from newsroom.wordpress.wxr import WxrError


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools › Export, WXR) into the newsroom: posts become press "
        "items, attachments images and documents, and every old address redirects. Safe to run "
        "again: only what changed in the export is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="the WXR file WordPress wrote (export.xml)")
        parser.add_argument("--uploads", help="a copy of the site's wp-content/uploads folder")
        parser.add_argument("--mapping", help="TOML file overriding the category and tag rules")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="check everything and print the report; write nothing",
        )
        parser.add_argument("--report", help="also write the report as CSV to this file")

    def handle(
        self, *args, export, uploads=None, mapping=None, dry_run=False, report=None, **options
    ):
        try:
            config = load_mapping_file(mapping)
        except MappingError as exc:
            raise CommandError(str(exc)) from None
        if uploads:
            from pathlib import Path

            if not Path(uploads).is_dir():
                raise CommandError(
                    f"--uploads {uploads} is not a folder. Copy wp-content/uploads from the old "
                    "server and give its path, or leave --uploads out to import text only."
                )
        importer = Importer(export, uploads, config, dry_run=dry_run, write=self.stdout.write)
        try:
            result = importer.run()
        except WxrError as exc:
            raise CommandError(f"{exc} Nothing was imported.") from None
        for line in result.lines():
            self.stdout.write(line)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write("")
        self.stdout.write(f"Done in {importer.elapsed:,.1f} s (peak memory {peak:,.0f} MB).")
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was written."))
        if report:
            result.write_csv(report)
            self.stdout.write(f"Report written to {report}")
