"""Policy record benchmark: 8,000 resolutions imported from a CSV into a separate SQLite file.

Builds bench-policy.sqlite3 (git-ignored) with migrations and the demo site, adds 60 meeting
pages (1992-2021, winter and annual), writes a CSV of 8,000 resolutions in the importer's
columns, imports it with `import_resolutions` (timed), imports it again (must change nothing),
then prints the median render time and SQL query count of the database page, filtered and deep
pages, the feed, the CSV download, a meeting page and a resolution page.

    .venv/bin/python scripts/bench_policy.py            # rebuild, import and measure
    .venv/bin/python scripts/bench_policy.py --reuse    # measure an existing database again
    .venv/bin/python scripts/bench_policy.py --import-only   # the two imports, no page timings

Targets (SQLite, 2 cores): first import of 8,000 rows < 120 s (aim: < 30 s); second import
0 changes; the policy pages <= 15 queries, hub and person pages <= 25 (the same at 10 and 8,000
resolutions, see tests/policy/test_database.py).
"""

import argparse
import csv
import datetime
import io
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the newsroom benchmark's measuring helper)

BASE_DIR = bench.BASE_DIR
DB_PATH = BASE_DIR / "bench-policy.sqlite3"
ROWS = 8_000
TARGETS = {"import_s": 120, "policy_queries": 15, "other_queries": 25}
COMMITTEES = [
    "Children, Health and Human Services",
    "Community Development and Housing",
    "Criminal and Social Justice",
    "International Affairs",
    "Jobs, Education and the Workforce",
]
TOPICS = [
    "immigration",
    "public safety",
    "housing",
    "transit",
    "broadband",
    "water systems",
    "workforce training",
    "disaster recovery",
    "mental health",
    "climate resilience",
]
SPONSORS = [
    "Mayor John Giles of Mesa, AZ",
    "Mayor Steve Benjamin of Columbia, SC",
    "Mayor Greg Fischer of Louisville, KY",
    "Mayor Nan Whaley of Dayton, OH",
    "Mayor Sam Example of Springfield, IL",
    "Mayor Ana Sample of Riverside, CA",
]


def setup_django():
    os.environ["DATABASE_URL"] = f"sqlite:///{DB_PATH}"
    bench.DB_PATH = DB_PATH
    bench.setup_django()


def add_meetings():
    from home.demo import get_or_create_child
    from policy.models import MeetingIndexPage, MeetingPage
    from taskforce.models import City

    index = MeetingIndexPage.objects.get()
    washington = City.objects.get(name="Washington", state="DC")
    meetings = []
    for year in range(1992, 2022):
        for kind, month, number in (("winter", 1, year - 1932), ("annual", 6, year - 1932)):
            existing = MeetingPage.objects.filter(kind=kind, start_date__year=year).first()
            meetings.append(
                existing
                or get_or_create_child(
                    index,
                    MeetingPage,
                    f"{number}-{kind}-{year}",
                    number=number,
                    kind=kind,
                    start_date=datetime.date(year, month, 20),
                    end_date=datetime.date(year, month, 23),
                    host_city=washington,
                )
            )
    return meetings


def write_csv(meetings, path, rows=ROWS):
    from policy.columns import COLUMN_NAMES

    rng = random.Random(14)  # noqa: S311 - reproducible fake data
    annual = [m for m in meetings if m.kind == "annual"]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMN_NAMES)
    for n in range(rows):
        meeting = annual[n % len(annual)]
        topic = rng.choice(TOPICS)
        writer.writerow(
            [
                meeting.title,
                n // len(annual) + 1,
                f"On federal partnership for {topic} ({n + 1})",
                rng.choice(COMMITTEES),
                rng.choice(["Adopted", "Adopted", "Adopted as amended", "Referred", "Emergency"]),
                f"{meeting.end_date:%Y-%m-%d}",
                "; ".join(rng.sample(SPONSORS, rng.randint(1, 3))),
                topic.title(),
                "",
                f"WHEREAS cities lead on {topic};\n\nBE IT RESOLVED that Congress act on {topic}.",
            ]
        )
    path.write_text(buffer.getvalue(), encoding="utf-8")


def timed_import(path):
    from django.core.management import call_command

    out = io.StringIO()
    started = time.perf_counter()
    call_command("import_resolutions", str(path), stdout=out, stderr=io.StringIO())
    return time.perf_counter() - started, out.getvalue().strip().splitlines()[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="measure an existing database")
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--import-only", action="store_true", help="time the imports only")
    args = parser.parse_args()
    setup_django()
    failures = 0
    if not (args.reuse and DB_PATH.exists()):
        bench.build_database()
    from policy.models import Resolution

    if args.import_only or Resolution.objects.count() < args.rows:
        meetings = add_meetings()
        csv_path = BASE_DIR / "bench-policy.csv"
        write_csv(meetings, csv_path, args.rows)
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        first, summary = timed_import(csv_path)
        rate = args.rows / first
        print(f"import of {args.rows:,} rows: {first:.1f} s, {rate:.0f} rows/s ({summary})")
        failures += first > TARGETS["import_s"]
        second, summary = timed_import(csv_path)
        print(f"second import:         {second:.1f} s  ({summary})")
        failures += " 0 created, 0 updated," not in f" {summary}"
        csv_path.unlink()
    if args.import_only:
        print("\nall targets met" if not failures else f"\n{failures} target(s) missed")
        return 1 if failures else 0

    from django.test import Client

    from policy.models import MeetingPage

    total = Resolution.objects.published().count()
    sample = Resolution.objects.published().select_related("meeting").order_by("pk")[total // 2]
    meeting = MeetingPage.objects.filter(kind="annual").order_by("start_date")[10]
    client = Client()
    cases = [
        ("database, page 1", "/resolutions/"),
        ("database, page 300", "/resolutions/?page=300"),
        (
            "committee+status+q",
            "/resolutions/?committee=criminal-and-social-justice&status=adopted&q=housing",
        ),
        ("year filter", "/resolutions/?year=2005"),
        ("sponsor filter", "/resolutions/?sponsor=john-giles"),
        ("feed", "/resolutions/feed/?status=adopted"),
        ("meeting page", meeting.url),
        ("resolution page", f"/resolutions/{sample.url_path()}"),
        ("person page", "/people/john-giles/"),
        ("issue hub", "/issues/immigration/"),
    ]
    load = os.getloadavg()[0]
    print(f"\n{total:,} published resolutions in {DB_PATH.name}; median of {bench.RUNS} runs")
    print(f"load average {load:.1f} on {os.cpu_count()} CPUs\n")
    print(f"{'view':22} {'median ms':>9} {'cpu ms':>6} {'queries':>7}  url")
    for label, url in cases:
        median, cpu, queries = bench.measure(client, url)
        other = url.startswith(("/people/", "/issues/"))
        failures += queries > TARGETS["other_queries" if other else "policy_queries"]
        print(f"{label:22} {median:9.1f} {cpu:6.1f} {queries:7d}  {url}")
    started = time.perf_counter()
    response = client.get("/resolutions/csv/")
    size = sum(len(chunk) for chunk in response.streaming_content)
    print(f"{'CSV, all':22} {(time.perf_counter() - started) * 1000:9.1f}   ({size:,} bytes)")
    print("\nall targets met" if not failures else f"\n{failures} target(s) missed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
