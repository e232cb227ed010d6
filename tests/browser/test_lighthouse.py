"""Lighthouse scores at least 95 in performance, accessibility, best practices and SEO on the
six pages readers arrive on: home, the archive, a hub, a press item, the letter and a person.

Lighthouse (npm, pinned by scripts/lighthouse/package-lock.json, installed by
scripts/install-lighthouse.sh) drives the same Debian Chromium as the other browser tests, with
its default mobile emulation and simulated slow-4G throttling. The site is served as in
production: DEBUG off, collected static files with hashed names served compressed by whitenoise.
The pages run one after the other (parallel runs would skew each other's timings).
"""

import json
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections
from django.test.testcases import LiveServerThread

from newsroom.models import NewsIndexPage, PressItemPage
from taskforce.hubs import IssuePage
from taskforce.letters.models import SignOnLetterPage
from taskforce.models import Person
from tests.conftest import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "scripts/lighthouse/audit.mjs"
MODULES = ROOT / ".tools/lighthouse/node_modules"
FLAGS = ["--headless=new", *(arg for arg in CHROMIUM_ARGS if arg != "--headless")]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MIN_SCORE = 0.95

pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None, reason="no Node.js: Lighthouse cannot run"),
    pytest.mark.skipif(
        not (MODULES / "lighthouse").exists(),
        reason="no Lighthouse: run scripts/install-lighthouse.sh",
    ),
]


@pytest.fixture
def production_server(demo_site, settings, tmp_path):
    """The demo on a real HTTP server with production's static files: hashed, compressed,
    served by whitenoise (not Django's development static handler)."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    shared = {c.alias: c for c in connections.all() if c.vendor == "sqlite" and c.is_in_memory_db()}
    for connection in shared.values():
        connection.inc_thread_sharing()
    thread = LiveServerThread("127.0.0.1", lambda app: app, connections_override=shared)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    for connection in shared.values():
        connection.dec_thread_sharing()


def audited_pages():
    """One page of each kind readers land on; the press item and person with a picture when the
    demo has one (an image is the usual largest paint)."""
    press_items = PressItemPage.objects.live().order_by("-first_published_at")
    people = Person.objects.filter(live=True).order_by("pk")
    return {
        "home": "/",
        "archive": NewsIndexPage.objects.live().first().url,
        "hub": IssuePage.objects.live().order_by("path").first().url,
        "press-item": (press_items.exclude(featured_image=None).first() or press_items.first()).url,
        "letter": SignOnLetterPage.objects.live().order_by("path").first().url,
        "person": f"/people/{(people.exclude(photo=None).first() or people.first()).slug}/",
    }


def lighthouse(pages, out_dir):
    """Reports per page name; pages is {name: url}."""
    out_dir.mkdir()
    result = subprocess.run(  # noqa: S603
        [
            shutil.which("node"),
            str(RUNNER),
            str(MODULES),
            str(out_dir),
            *(f"{name}={url}" for name, url in pages.items()),
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM, "CHROME_FLAGS": " ".join(FLAGS)},
        capture_output=True,
        text=True,
        timeout=120 + 60 * len(pages),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return {name: json.loads((out_dir / f"{name}.json").read_text()) for name in pages}


def warm(pages):
    """Fetch each page once first: the first view of a page renders its image sizes, which
    production does once and Lighthouse would otherwise time as a slow server."""
    for url in pages.values():
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310
            response.read()


def scores(report):
    """Scores per category; 0 where Lighthouse could not score (its runtimeError says why)."""
    return {key: report["categories"][key]["score"] or 0 for key in CATEGORIES}


def performance(report):
    return scores(report)["performance"]


def shortfalls(report):
    """Each category under the bar, with the scored audits that cost it points."""
    if report.get("runtimeError"):
        return [f"Lighthouse could not measure the page: {report['runtimeError']}"]
    lines = []
    audits = report["audits"]
    for key, score in scores(report).items():
        if score >= MIN_SCORE:
            continue
        failing = [
            f"{ref['id']} ({audits[ref['id']]['score']}: {audits[ref['id']].get('displayValue')})"
            for ref in report["categories"][key]["auditRefs"]
            if ref["weight"] and (audits[ref["id"]]["score"] or 0) < 0.9
        ]
        lines.append(f"{key} {score:.2f}: {', '.join(failing) or 'no single audit under 0.9'}")
    return lines


@pytest.mark.django_db(transaction=True)
def test_lighthouse_scores_95_in_every_category(production_server, tmp_path):
    pages = {name: production_server + path for name, path in audited_pages().items()}
    warm(pages)
    reports = lighthouse(pages, tmp_path / "run1")
    # Timings vary from run to run (Lighthouse advises the median of several): a page whose
    # performance alone misses the bar gets two more runs and is judged on their median.
    slow = {name: url for name, url in pages.items() if performance(reports[name]) < MIN_SCORE}
    if slow:
        reruns = [lighthouse(slow, tmp_path / "run2"), lighthouse(slow, tmp_path / "run3")]
        for name in slow:
            runs = sorted([reports[name], *(run[name] for run in reruns)], key=performance)
            reports[name] = runs[1]
    table = [
        f"{name:<11}" + "".join(f"{score * 100:>5.0f}" for score in scores(report).values())
        for name, report in reports.items()
    ]
    table = "\n".join(["page        perf a11y  b-p  seo", *table])
    print(table)
    problems = [
        f"{name} ({pages[name]}): {line}" for name, r in reports.items() for line in shortfalls(r)
    ]
    assert problems == [], "\n".join([*problems, table])
