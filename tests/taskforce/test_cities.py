"""load_cities: U.S. cities of 30,000+ from data shipped in a package, offline and idempotent."""

import io
import socket

import pytest
from django.core.management import call_command
from wagtail.models import Page

from policy.models import MeetingPage, Resolution
from taskforce.models import City, Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def run(*args):
    out = io.StringIO()
    call_command("load_cities", *args, stdout=out)
    return out.getvalue()


def test_load_cities_offline_then_again_adds_nothing(no_network):
    Person.objects.all().delete()
    # A host city is protected while its meeting exists, a meeting while it has resolutions.
    Resolution.objects.all().delete()
    Page.objects.type(MeetingPage).delete()
    City.objects.all().delete()

    assert run().startswith("Added ")
    loaded = City.objects.count()
    assert loaded >= 1300
    assert not City.objects.filter(population__lt=30_000).exists()
    assert City.objects.filter(population=None).count() == 0
    mesa = City.objects.get(name="Mesa", state="AZ")
    assert (mesa.slug, mesa.label) == ("mesa-az", "Mesa, AZ")
    assert {"MO", "KS"} <= set(
        City.objects.filter(name="Kansas City").values_list("state", flat=True)
    )

    assert run().startswith("Added 0 cities")
    assert City.objects.count() == loaded


def test_load_cities_keeps_hand_added_and_edited_cities():
    mesa = City.objects.get(name="Mesa", state="AZ")
    mesa.population = 1
    mesa.save()
    City.objects.create(name="Hand Made", state="VT")
    before = City.objects.count()
    assert run().startswith("Added 0 cities")
    assert City.objects.count() == before
    assert City.objects.get(pk=mesa.pk).population == 1


def test_load_cities_with_a_higher_threshold_adds_only_big_cities():
    Person.objects.all().delete()
    # A host city is protected while its meeting exists, a meeting while it has resolutions.
    Resolution.objects.all().delete()
    Page.objects.type(MeetingPage).delete()
    City.objects.all().delete()
    run("--min-population", "1000000")
    names = set(City.objects.values_list("name", flat=True))
    assert {"Los Angeles", "Chicago", "Phoenix"} <= names
    assert "Mesa" not in names
