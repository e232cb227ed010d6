"""The embargo safety net: the development scheduler, the dashboard warning and check --deploy."""

import datetime
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from editors.checks import scheduled_publishing_is_running
from newsroom.models import PressItemPage
from tests.staff import COMMUNICATIONS_EDITORS, member

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def schedule(minutes_from_now):
    """An embargoed item approved to go live `minutes_from_now` (negative: in the past)."""
    item = PressItemPage.objects.filter(live=True).first()
    when = timezone.now() + datetime.timedelta(minutes=minutes_from_now)
    item.release_status = "embargoed"
    item.embargo_until = item.go_live_at = when
    revision = item.save_revision()
    revision.approved_go_live_at = when
    revision.save(update_fields=["approved_go_live_at"])
    return item, revision


def test_check_deploy_warns_only_when_an_item_is_overdue():
    assert scheduled_publishing_is_running(None) == []
    schedule(-1)  # one minute late: the scheduler may simply not have run yet
    assert scheduled_publishing_is_running(None) == []
    _, revision = schedule(-3)
    warnings = scheduled_publishing_is_running(None)
    assert [w.id for w in warnings] == ["editors.W001"]
    assert revision.object_str in warnings[0].msg
    assert "publish_scheduled" in warnings[0].hint


def test_the_dashboard_warns_when_scheduled_publishing_is_not_running(client, django_user_model):
    client.force_login(member(django_user_model, COMMUNICATIONS_EDITORS))
    home = reverse("wagtailadmin_home")
    assert b"Scheduled publishing is not running" not in client.get(home).content
    item, _ = schedule(-5)
    html = client.get(home).content.decode()
    assert "Scheduled publishing is not running" in html
    assert item.title in html
    call_command("run_scheduler", "--once", verbosity=0)
    assert b"Scheduled publishing is not running" not in client.get(home).content


def test_dashboard_queries_do_not_grow_with_the_items(
    client, django_user_model, django_assert_max_num_queries
):
    client.force_login(member(django_user_model, COMMUNICATIONS_EDITORS))
    home = reverse("wagtailadmin_home")
    schedule(30)
    client.get(home)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(home)
    for minutes in range(31, 40):
        schedule(minutes)
    with CaptureQueriesContext(connection) as many:
        response = client.get(home)
    assert response.content.decode().count("Scheduled</td>") >= 2
    assert len(many) <= len(few) + 2, [q["sql"][:120] for q in many.captured_queries]


def test_run_scheduler_rejects_a_bad_interval():
    with pytest.raises(SystemExit):
        call_command("run_scheduler", "--interval", "0")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_make_runs_scheduler_stops_with_the_server(tmp_path):
    """scripts/run-dev.sh: the scheduler starts beside the server and stops when it does."""
    env = {
        **os.environ,
        "PY": sys.executable,
        "PORT": "18731",
        "SCHEDULER_INTERVAL": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "PYTHONUNBUFFERED": "1",
    }
    # No migrate: an empty database is enough to see both processes start and stop (the
    # scheduler logs the failed pass and carries on).
    runner = subprocess.Popen(  # noqa: S603 (our own script)
        [shutil.which("bash"), "scripts/run-dev.sh"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        children = []
        while time.monotonic() < deadline and not children:
            time.sleep(0.5)
            children = _scheduler_pids(runner.pid)
        assert children, "the scheduler did not start"
        while time.monotonic() < deadline and not _serving("http://127.0.0.1:18731/"):
            time.sleep(0.5)
        os.killpg(runner.pid, signal.SIGINT)  # Ctrl-C in the terminal
        runner.wait(timeout=30)
        time.sleep(1)
        assert not [pid for pid in children if _alive(pid)], "the scheduler outlived the server"
    finally:
        if runner.poll() is None:
            os.killpg(runner.pid, signal.SIGKILL)
    output = runner.stdout.read().decode()
    assert "Scheduler: publishing scheduled items every 1 s." in output


def _serving(url):
    try:
        urllib.request.urlopen(url, timeout=2).close()  # noqa: S310 (loopback)
    except urllib.error.HTTPError:
        return True  # any answer means the server is up
    except OSError:
        return False
    return True


def _scheduler_pids(parent):
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            stat = (entry / "stat").read_text().split()
        except OSError:
            continue
        if b"run_scheduler" in cmdline and int(stat[3]) == parent:
            found.append(int(entry.name))
    return found


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"
