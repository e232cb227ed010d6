"""Tests against the serving stack: Varnish in front of two gunicorn app servers sharing
PostgreSQL and Redis (scripts/stack.sh; `make test-stack` starts it and runs them).

Without the stack (the ordinary SQLite and PostgreSQL runs) they are skipped with that reason.
The tests publish through the ORM with the stack's own settings, as an editor's request on an
app server would, so the purge they trigger is the production code path.
"""

import os
from pathlib import Path

import pytest

STACK_URL = os.environ.get("STACK_URL", "")
APP_URLS = os.environ.get("APP_URLS", "").split()
HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    if STACK_URL:
        return
    skip = pytest.mark.skip(
        reason="needs the serving stack (Varnish, two app servers, Redis): run `make test-stack`"
    )
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(skip)


@pytest.fixture
def stack_db(django_db_blocker):
    """The stack's own database (these tests use no test database)."""
    with django_db_blocker.unblock():
        yield
