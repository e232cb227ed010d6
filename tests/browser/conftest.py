import pytest
from django.core.management import call_command


@pytest.fixture
def demo_site(transactional_db):
    """Browser tests run against live_server in another thread, so they need committed data."""
    call_command("load_demo_content", verbosity=0)
