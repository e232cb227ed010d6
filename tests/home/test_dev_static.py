"""The development server answers junk static paths with 400 or 404, never 500."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JUNK = [
    "/static/../manage.py",
    "/static/css/../../manage.py",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2fmanage.py",
    "/static/%00",
    "/static/nope.css",
    "/media/../manage.py",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('dev') / 'dev.sqlite3'}",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True)  # noqa: S603
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            status(base + "/static/css/site.css")
            break
        except OSError:
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=10)


def test_static_files_are_served(dev_server):
    assert status(dev_server + "/static/css/site.css") == 200


@pytest.mark.parametrize("path", JUNK)
def test_junk_static_path_is_a_client_error(dev_server, path):
    assert status(dev_server + path) in (400, 404)
