"""Search benchmark: /search/ at 1,000, 10,000 and 50,000 press items, with its growth ratio.

Runs against the database in DATABASE_URL (PostgreSQL through `make bench-search`, which starts a
throwaway server; SQLite when run bare, in bench-search.sqlite3). The demo site is loaded, then
press items are added in bulk (scripts/bench.py's seeding) up to each size, indexed, ANALYZEd,
and each search is rendered in-process: median wall ms, CPU ms, SQL ms and the query count.

For comparison it times, on the same rows, the query a WordPress search runs (`LIKE '%word%'`
over title, excerpt and content, title matches first, ten rows and the found-rows count).

    bash scripts/with-postgres.sh .venv/bin/python scripts/bench_search.py
    .venv/bin/python scripts/bench_search.py --sizes 1000,10000

Targets (10,000 items): every search <= 100 ms median in-process, <= 15 queries, and its search
statement no slower than the LIKE scan; from 1,000 to 50,000 items the broad search grows less
than the archive (< 5x for 50x).
"""

import argparse
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SQLITE_PATH = BASE_DIR / "bench-search.sqlite3"
SIZES = [1_000, 10_000, 50_000]
RUNS = 15
TARGET_MS, TARGET_QUERIES, TARGET_GROWTH = 100, 15, 5.0

CASES = [
    ("broad: every item matches", "mayors"),
    ("one topic", "housing"),
    ("two words, news only", "mayors housing&type=news"),
    ("no hits", "xylophone"),
    ("a mayor's name", "giles"),
    ("newest first", "housing&sort=newest"),
]

# What WordPress's WP_Query runs for ?s=word (its posts table is our page + press-item rows).
LIKE_SCAN = """
SELECT p.id FROM wagtailcore_page p JOIN newsroom_pressitempage i ON i.page_ptr_id = p.id
WHERE p.live AND (p.title {like} %(w)s OR i.summary {like} %(w)s OR i.body::text {like} %(w)s)
ORDER BY CASE WHEN p.title {like} %(w)s THEN 1 WHEN i.summary {like} %(w)s THEN 2 ELSE 3 END,
         i.date DESC
LIMIT 10
"""
LIKE_COUNT = """
SELECT count(*) FROM wagtailcore_page p JOIN newsroom_pressitempage i ON i.page_ptr_id = p.id
WHERE p.live AND (p.title {like} %(w)s OR i.summary {like} %(w)s OR i.body::text {like} %(w)s)
"""


def setup_django():
    warnings.filterwarnings("ignore", message="No directory at")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{SQLITE_PATH}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    sys.path.insert(0, str(BASE_DIR))
    sys.path.insert(0, str(BASE_DIR / "scripts"))
    import django

    django.setup()


def fresh_database():
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "sqlite":
        connection.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    print(f"migrated and loaded the demo in {time.perf_counter() - started:.1f} s")


def grow_to(size):
    """Add bench press items until `size` exist, then refresh the planner's statistics."""
    from bench import seed
    from django.db import connection

    from newsroom.models import PressItemPage

    have = PressItemPage.objects.filter(slug__startswith="bench-item-").count()
    if size > have:
        seed(size - have)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def sql_ms(client, url):
    """SQL time of one request: summed over its queries, and of its search statement alone
    (the one to hold against the LIKE scan, which is WordPress's search statement)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    times = [float(q["time"]) * 1000 for q in queries]
    return sum(times), max(times, default=0.0)


def like_scan_ms(word):
    from django.db import connection

    like = "ILIKE" if connection.vendor == "postgresql" else "LIKE"
    timings = []
    with connection.cursor() as cursor:
        for _ in range(RUNS):
            started = time.perf_counter()
            cursor.execute(LIKE_SCAN.format(like=like), {"w": f"%{word}%"})
            cursor.fetchall()
            cursor.execute(LIKE_COUNT.format(like=like), {"w": f"%{word}%"})
            cursor.fetchall()
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def measure_size(client, size):
    from bench import measure

    rows = {}
    for label, query in CASES:
        url = f"/search/?q={query.replace(' ', '+')}"
        median, cpu, queries = measure(client, url)
        sql = [sql_ms(client, url) for _ in range(5)]
        rows[label] = (
            url,
            median,
            cpu,
            statistics.median(total for total, _ in sql),
            statistics.median(statement for _, statement in sql),
            queries,
        )
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    setup_django()
    import bench

    bench.RUNS = RUNS
    from django.db import connection
    from django.test import Client

    fresh_database()
    client = Client()
    results = {}
    for size in sizes:
        grow_to(size)
        results[size] = measure_size(client, size)
        results[size]["like scan"] = like_scan_ms("mayors")

    load = os.getloadavg()[0]
    print(f"\n{connection.vendor}; median of {RUNS} runs; load {load:.1f} on {os.cpu_count()} CPUs")
    failures = 0
    for size in sizes:
        print(f"\n{size:,} bench press items")
        print(
            f"{'search':28} {'url':40} {'ms':>6} {'cpu ms':>6} {'sql ms':>6} "
            f"{'search statement':>16} {'queries':>7}"
        )
        like = results[size]["like scan"]
        for label, _query in CASES:
            url, median, cpu, sql, statement, queries = results[size][label]
            print(
                f"{label:28} {url:40} {median:6.1f} {cpu:6.1f} {sql:6.1f} {statement:16.1f} "
                f"{queries:7d}"
            )
            if size == 10_000 and (
                median > TARGET_MS or queries > TARGET_QUERIES or statement > like
            ):
                failures += 1
                print(f"  OVER target ({TARGET_MS} ms, {TARGET_QUERIES} queries, the LIKE scan)")
        print(f"{'LIKE scan, WordPress query':28} {'(mayors: rows, then count)':40} {like:6.1f}")
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        print(f"\ngrowth from {first:,} to {last:,} items (wall ms ratio)")
        for label, _query in CASES:
            ratio = results[last][label][1] / results[first][label][1]
            print(f"{label:28} x{ratio:.2f}")
            if label.startswith("broad") and ratio > TARGET_GROWTH:
                failures += 1
                print(f"  OVER growth target (x{TARGET_GROWTH})")
        like = results[last]["like scan"] / results[first]["like scan"]
        print(f"{'LIKE scan, WordPress query':28} x{like:.2f}")
    print("\nall targets met" if not failures else f"\n{failures} over target")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
