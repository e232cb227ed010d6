"""Concurrent submissions against PostgreSQL: none lost, and one row per city however hard raced.

SQLite serialises writers with a database-wide lock, so the race these tests provoke cannot
happen there; they run in CI's PostgreSQL pass (scripts/with-postgres.sh).
"""

import threading

import pytest
from django.db import connection, connections

from taskforce.letters.forms import SignatureForm
from taskforce.letters.models import Signature
from taskforce.letters.services import DUPLICATE, SIGNED, submit_signature
from tests.letters.factories import SignOnLetterPageFactory, ensure_demo_tree, valid_post

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrency tests need PostgreSQL (run: bash scripts/with-postgres.sh ...); "
        "SQLite serialises all writes, so there is no race to test",
    ),
]


@pytest.fixture
def letter():
    from taskforce.models import IssuePage

    ensure_demo_tree()
    return SignOnLetterPageFactory(parent=IssuePage.objects.get(slug="immigration"))


def race(letter, payloads):
    """Submit every payload from its own thread and connection, all released at once."""
    barrier = threading.Barrier(len(payloads))
    outcomes, errors = [], []

    def sign(data):
        try:
            form = SignatureForm(data)
            assert form.is_valid(), form.errors
            barrier.wait(timeout=30)
            outcomes.append(submit_signature(letter, form.cleaned_data).outcome)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sign, args=(data,)) for data in payloads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    return outcomes


def test_fifty_concurrent_signatures_for_different_cities_are_all_stored(letter):
    payloads = [
        valid_post(city_name=f"Racetown {chr(65 + n // 26)}{chr(65 + n % 26)}") for n in range(50)
    ]
    outcomes = race(letter, payloads)
    assert outcomes.count(SIGNED) == 50
    assert Signature.objects.filter(letter=letter).count() == 50


def test_twenty_concurrent_signatures_for_one_city_store_exactly_one(letter):
    payloads = [
        valid_post(city_name=["Mesa", "mesa", " MESA "][n % 3], mayor_first_name=f"Racer{'x' * n}")
        for n in range(20)
    ]
    outcomes = race(letter, payloads)
    assert sorted(outcomes) == sorted([SIGNED] + [DUPLICATE] * 19)
    assert Signature.objects.filter(letter=letter).count() == 1
