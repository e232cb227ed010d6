"""Run `publish_scheduled` every few seconds until stopped: the development scheduler.

`make run` starts it beside runserver and stops it with it (it also stops by itself when the
process named by --parent-pid is gone). Production uses the systemd timer or cron line in
README.md instead; a loop like this one is fine there too as a supervised worker.
"""

import os
import signal
import time

from django.core.management import BaseCommand, call_command
from django.db import close_old_connections, connection


class Command(BaseCommand):
    help = "Publish scheduled items (lift embargoes) every --interval seconds until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=30.0)
        parser.add_argument("--parent-pid", type=int, default=0)
        parser.add_argument("--once", action="store_true", help="One pass, then exit.")

    def handle(self, *args, interval, parent_pid, once, **options):
        if interval <= 0:
            self.stderr.write("--interval must be a positive number of seconds.")
            raise SystemExit(2)
        self.running = True
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        self.stdout.write(f"Scheduler: publishing scheduled items every {interval:g} s.")
        while self.running:
            self.publish_due()
            if once:
                break
            slept = 0.0
            while self.running and slept < interval:
                if parent_pid and not _alive(parent_pid):
                    self.running = False
                    break
                time.sleep(min(1.0, interval - slept))
                slept += 1.0
        self.stdout.write("Scheduler stopped.")

    def publish_due(self):
        _drop_stale_connections()
        try:
            call_command("publish_scheduled", verbosity=0)
        except Exception as error:  # a bad row must not stop the scheduler
            self.stderr.write(f"Scheduler: publish_scheduled failed: {error!r}")
        finally:
            _drop_stale_connections()

    def stop(self, *args):
        self.running = False


def _drop_stale_connections():
    """A long-running loop must not keep a dead connection; but inside a transaction (a
    caller's, or a test's) the connection is in use and closing it would lose the work."""
    if not connection.in_atomic_block:
        close_old_connections()


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
