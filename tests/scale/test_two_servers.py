"""Two app servers behind Varnish, sharing PostgreSQL and Redis: signatures race across both
and none is lost or doubled, the rate limit counts across both, and a server stopping mid-load
costs readers nothing. (The failover test stops a server, so it comes last.)"""

import os
import re
import signal
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from .client import request
from .conftest import APP_URLS, STACK_URL

pytestmark = pytest.mark.usefixtures("stack_db")

LETTER = "/issues/immigration/immigration-letter/"
TOKEN_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def signer(n, **overrides):
    letters = f"{chr(65 + n // 26 % 26)}{chr(97 + n % 26)}"  # names take no digits
    data = {
        "mayor_first_name": "Alex",
        "mayor_last_name": f"Ortiz {letters}",
        "city_name": f"Stacktown {letters}",
        "state": "AZ",
        "contact_first_name": "Jamie",
        "contact_last_name": "Rivera",
        "email": f"office{n}@example.org",
        "phone": "(202) 555-0142",
        "website": "",
    }
    data.update(overrides)
    return data


def sign(app, data, source):
    """Read the form as a reader would (token and cookie), then post it to the same server."""
    form = request(app, LETTER, source=source)
    assert form.status == 200
    token = form.cookie("csrftoken")
    data = {**data, "csrfmiddlewaretoken": TOKEN_RE.search(form.text).group(1)}
    return request(
        app,
        LETTER,
        method="POST",
        data=data,
        headers={"Cookie": f"csrftoken={token}"},
        source=source,
    ).status


@pytest.fixture
def letter():
    from taskforce.letters.models import Signature, SignOnLetterPage

    page = SignOnLetterPage.objects.get(url_path__endswith=LETTER)
    assert page.is_open()
    before = set(Signature.objects.filter(letter=page).values_list("pk", flat=True))
    yield page
    Signature.objects.filter(letter=page).exclude(pk__in=before).delete()


def race(jobs):
    barrier = threading.Barrier(len(jobs))

    def run(job):
        app, data, source = job
        barrier.wait(timeout=30)
        return sign(app, data, source)

    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(run, jobs))


def test_fifty_concurrent_signatures_over_both_servers_land_as_fifty_rows(letter):
    from taskforce.letters.models import Signature

    jobs = [(APP_URLS[n % 2], signer(n), f"127.0.1.{n + 1}") for n in range(50)]
    statuses = race(jobs)
    assert statuses == [302] * 50
    assert Signature.objects.filter(letter=letter, city_name__startswith="Stacktown").count() == 50


def test_twenty_concurrent_signatures_for_one_city_over_both_servers_land_as_one(letter):
    from taskforce.letters.models import Signature

    jobs = [
        (
            APP_URLS[n % 2],
            signer(n, city_name=["Racetown", "racetown", " RACETOWN "][n % 3]),
            f"127.0.2.{n + 1}",
        )
        for n in range(20)
    ]
    statuses = race(jobs)
    assert statuses.count(302) == 1
    assert statuses.count(200) == 19  # "already signed" on the form page
    assert Signature.objects.filter(letter=letter, city_name__iexact="racetown").count() == 1


def test_rate_limit_counts_across_both_servers(letter):
    source = "127.0.3.1"
    statuses = [sign(APP_URLS[n % 2], signer(100 + n), source) for n in range(12)]
    assert statuses[:10] == [302] * 10
    # The 11th and 12th, one on each server, are refused.
    assert statuses[10:] == [429, 429]
    # Another address is not affected.
    assert sign(APP_URLS[0], signer(200), "127.0.3.2") == 302


def test_stopping_an_app_server_during_a_load_run_gives_readers_no_errors():
    """Readers hit pages Varnish has not cached (every query string is new), so each request
    reaches an app server; one of the two is stopped a moment into the run."""
    statuses = []
    stop = threading.Event()

    def reader(n):
        i = 0
        while not stop.is_set():
            i += 1
            statuses.append(request(STACK_URL, f"/news/?q=mayors&page={n}-{i}").status)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    threading.Event().wait(1.5)
    os.kill(int(os.environ["APP_PIDS"].split()[1]), signal.SIGTERM)
    threading.Event().wait(4)
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    assert len(statuses) > 20
    assert set(statuses) == {200}, {s: statuses.count(s) for s in set(statuses)}
