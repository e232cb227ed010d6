"""Rebuild who each live press item quotes, e.g. after importing items or restoring a backup.

Publishing a press item keeps its mentions current; this command is for items that reached the
database another way. Safe to run any time.
"""

from django.core.management.base import BaseCommand

from taskforce.mentions import refresh_all_quote_mentions


class Command(BaseCommand):
    help = "Record the people quoted in every live press item (quote blocks with a speaker)."

    def handle(self, *args, **options):
        pages, mentions = refresh_all_quote_mentions()
        self.stdout.write(f"Checked {pages} press items; {mentions} quote mentions recorded.")
