import time

from django.core.management.base import BaseCommand, CommandError

from policy.columns import COLUMNS
from policy.importer import ImportFileError, ResolutionImporter, read_rows


class Command(BaseCommand):
    help = "Import resolutions from the legacy database's CSV or XLSX export (idempotent).\n\n" + (
        "Columns (header row, any order): "
        + "; ".join(f"{name}{' (required)' if req else ''}: {text}" for name, req, text in COLUMNS)
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv (UTF-8) or .xlsx file")

    def handle(self, *args, file, **options):
        started = time.perf_counter()
        importer = ResolutionImporter(progress=self.stdout.write)
        try:
            report = importer.run(read_rows(file))
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        elapsed = time.perf_counter() - started
        for row_number, message in report.errors:
            self.stderr.write(f"row {row_number}: {message}")
        if report.unmatched_sponsors:
            self.stdout.write(
                f"{len(report.unmatched_sponsors)} sponsor name(s) match no person and are kept "
                "as text (link them under Snippets › Resolutions when the person is added):"
            )
            for name, count in sorted(report.unmatched_sponsors.items()):
                self.stdout.write(f"  {name} ({count} resolution{'s' if count != 1 else ''})")
        summary = (
            f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.skipped} skipped, in {elapsed:.1f} s."
        )
        style = self.style.WARNING if report.errors else self.style.SUCCESS
        self.stdout.write(style(summary))
