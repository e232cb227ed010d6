import os
import shutil

import pytest
from django.core.cache import cache
from django.core.management import call_command
from hypothesis import settings as hypothesis_settings

# Playwright's sync API runs an event loop in the test thread; Django would otherwise refuse DB
# access from it. Test-only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Property tests check behaviour, not speed: on a loaded CI machine an example can take longer
# than Hypothesis' 200 ms deadline, which would fail a correct test at random.
hypothesis_settings.register_profile("suite", deadline=None)
hypothesis_settings.load_profile("suite")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
HAVE_CHROMIUM = bool(shutil.which(CHROMIUM) or os.path.exists(CHROMIUM))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo site once; every non-transactional test sees it and rolls back its changes."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Facet and page-tree caches and the rate limiter outlive the rolled-back data of earlier
    tests: every test starts, and leaves, them empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Use Debian's Chromium, never a downloaded browser."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)
    if HAVE_CHROMIUM:
        return
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}: browser tests skipped")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def pytest_report_header(config):
    if not HAVE_CHROMIUM:
        return f"NOTICE: no Chromium at {CHROMIUM}; browser and accessibility tests are SKIPPED"
    return f"browser tests: Chromium at {CHROMIUM}"


def pytest_terminal_summary(terminalreporter):
    if not HAVE_CHROMIUM:
        terminalreporter.write_line(
            f"NOTICE: browser and accessibility tests were SKIPPED (no Chromium at {CHROMIUM}).",
            yellow=True,
        )
