"""`make run PORT=…`: the development login, and links that lead to the server being run."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from newsroom.models import PressItemPage

# The site root paths Wagtail caches would outlive the rolled-back Site: fresh_cache clears them.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def test_dev_admin_points_canonical_links_at_the_port_served(settings, capsys):
    settings.DEBUG = True
    settings.SETTINGS_MODULE = "config.settings.dev"
    call_command("ensure_dev_admin", port="8123")
    assert "http://127.0.0.1:8123/admin/" in capsys.readouterr().out
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    item = PressItemPage.objects.live().first()
    assert item.full_url.startswith("http://127.0.0.1:8123/news/")
