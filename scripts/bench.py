"""Newsroom benchmark: 10,000 press items in a separate SQLite database.

Builds bench.sqlite3 (git-ignored) from scratch with migrations and the demo site, seeds 10,000
press items with tags and types in bulk (tree paths computed, no per-page add_child), indexes
them for search, then renders the archive, a deep page, a tag-filtered page, the feed and a
search in-process and prints the median render time and the SQL query count of each.

    .venv/bin/python scripts/bench.py            # rebuild and measure
    .venv/bin/python scripts/bench.py --reuse    # measure an existing bench.sqlite3 again
    .venv/bin/python scripts/bench.py --growth   # 1,000 / 10,000 / 50,000 items, growth ratios
    scripts/with-postgres.sh .venv/bin/python scripts/bench.py --growth   # the same on PostgreSQL

Targets (SQLite, 10,000 items): every view <= 15 queries; archive, filtered archive and feed
<= 50 ms median; search <= 100 ms median.
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import time
import uuid
import warnings
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DB_PATH = BASE_DIR / "bench.sqlite3"

ITEMS = 10_000
RUNS = 21
TARGETS = {"queries": 15, "list_ms": 50, "search_ms": 100}

TOPICS = [
    "Immigration Reform",
    "Housing",
    "Gun Violence",
    "Infrastructure",
    "COVID-19",
    "Climate",
    "Transportation",
    "Public Safety",
    "Workforce",
    "Arts",
    "Mental Health",
    "Broadband",
]
VERBS = ["Call for", "Welcome", "Urge Action on", "Discuss", "Back", "Press Congress on"]
SUBJECTS = ["Nation's Mayors", "U.S. Mayors", "Mayors of Both Parties", "City Leaders"]


GROWTH_SIZES = (1_000, 10_000, 50_000)
GROWTH_TARGET = 1.3


def setup_django():
    warnings.filterwarnings("ignore", message="No directory at")
    # scripts/with-postgres.sh sets DATABASE_URL for a run on PostgreSQL.
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{DB_PATH}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def build_database():
    from django.core.management import call_command

    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{DB_PATH}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    if not os.environ["DATABASE_URL"].startswith("sqlite"):
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    print(f"migrated and loaded the demo in {time.perf_counter() - started:.1f} s")


def seed(count, index_for_search=True):
    """Insert `count` more live press items under the news index with bulk statements."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Page

    from newsroom.choices import ItemType
    from newsroom.models import NewsIndexPage, PressItemPage, PressItemTag

    started = time.perf_counter()
    rng = random.Random(42)  # noqa: S311 - reproducible fake data, not security
    news = NewsIndexPage.objects.get()
    content_type = ContentType.objects.get_for_model(PressItemPage)
    last_child = news.get_last_child()
    first_number = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    types = ItemType.values
    now = timezone.now()
    offset = PressItemPage.objects.filter(slug__startswith="bench-item-").count()

    with transaction.atomic():
        tags = {}
        for topic in TOPICS:
            tag, _ = Tag.objects.get_or_create(name=topic)
            tags[topic] = tag

        pages, details = [], []
        for n in range(count):
            topic = rng.choice(TOPICS)
            title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {topic} ({offset + n + 1})"
            slug = f"bench-item-{offset + n + 1}"
            date = now.date() - timezone.timedelta(days=rng.randrange(0, 365 * 12))
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(news.path, news.depth + 1, first_number + n),
                    depth=news.depth + 1,
                    numchild=0,
                    url_path=f"{news.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    locale_id=news.locale_id,
                    translation_key=uuid.uuid4(),
                )
            )
            item_tags = {topic, *rng.sample(TOPICS, rng.randrange(0, 3))}
            details.append((topic, date, rng.choice(types), item_tags))

        Page.objects.bulk_create(pages, batch_size=500)
        # bulk_create cannot write multi-table children: insert the press-item rows alone,
        # pointing at the pages just created.
        items = []
        for page, (topic, date, item_type, _tags) in zip(pages, details, strict=True):
            summary = f"Mayors set out what cities need from Washington on {topic.lower()}."
            items.append(
                PressItemPage(
                    page_ptr_id=page.pk,
                    item_type=item_type,
                    date=date,
                    dateline="Washington, D.C.",
                    summary=summary,
                    body=[
                        {"type": "paragraph", "value": f"<p>{summary}</p>"},
                        {
                            "type": "paragraph",
                            "value": "<p>Local leaders asked Congress and the Administration "
                            "to treat cities as partners.</p>",
                        },
                    ],
                )
            )
        fields = PressItemPage._meta.local_concrete_fields
        for start in range(0, len(items), 500):
            PressItemPage.objects._insert(items[start : start + 500], fields=fields)

        PressItemTag.objects.bulk_create(
            [
                PressItemTag(content_object_id=page.pk, tag=tags[name])
                for page, (_topic, _date, _type, names) in zip(pages, details, strict=True)
                for name in sorted(names)
            ],
            batch_size=1000,
        )
        news.numchild = news.get_children().count()
        news.save(update_fields=["numchild"])
    print(f"seeded {count:,} press items in {time.perf_counter() - started:.1f} s")
    if not index_for_search:
        return

    started = time.perf_counter()
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    queryset = PressItemPage.objects.filter(slug__startswith="bench-item-").prefetch_related(
        "tagged_items__tag"
    )
    batch = []
    for item in queryset.iterator(chunk_size=1000):
        batch.append(item)
        if len(batch) == 1000:
            backend.add_bulk(PressItemPage, batch)
            batch = []
    if batch:
        backend.add_bulk(PressItemPage, batch)
    print(f"indexed them for search in {time.perf_counter() - started:.1f} s")


def measure(client, url, cold=False):
    """Median ms and query count of `url`; `cold` empties the cache before every request
    (the archive caches its tag counts and years until something is published)."""
    from django.core.cache import cache
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm-up (templates, caches of compiled code)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    reset_queries()
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)  # read now: the next request resets the connection's log
    timings, cpu = [], []
    for _ in range(RUNS):
        if cold:
            cache.clear()
        started, cpu_started = time.perf_counter(), time.process_time()
        response = client.get(url)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return statistics.median(timings), statistics.median(cpu), query_count


def growth_cases():
    from taskforce.models import IssuePage, Person

    hub = IssuePage.objects.live().get(slug="immigration")
    person = Person.objects.filter(live=True).order_by("pk").first()
    return [
        ("home", "/"),
        ("archive", "/news/"),
        ("archive, tag+type filter", "/news/?tag=immigration-reform&type=statement"),
        ("hub (latest news)", hub.url),
        ("person page", f"/people/{person.slug}/"),
        ("feed", "/news/feed/"),
    ]


def snapshot(size):
    """Keep the database as it is at `size` items, as a copy measured beside the others."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would soon after a bulk load
    connection.close()
    if connection.vendor == "sqlite":
        copy = DB_PATH.with_name(f"bench-{size}.sqlite3")
        shutil.copyfile(DB_PATH, copy)
        return str(copy)
    import psycopg

    params = {
        k: v
        for k, v in connection.get_connection_params().items()
        if k in ("dbname", "user", "password", "host", "port")
    }
    name = f"{params['dbname']}_bench_{size}"
    maintenance = {**params, "dbname": "postgres"}
    with psycopg.connect(**maintenance, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{params["dbname"]}"')
    return name


class Sizes:
    """The snapshots side by side: `use(size)` points the site's connection and cache at one.

    Measuring every size in turn, request by request, puts them under the same load; one size
    after another would compare a quiet minute with a busy one.
    """

    def __init__(self, names):
        from django.db import connections

        default = connections["default"]
        self.wrappers = {
            size: type(default)({**default.settings_dict, "NAME": name}, alias="default")
            for size, name in names.items()
        }

    def use(self, size):
        from django.core.cache import cache
        from django.db import connections

        connections["default"] = self.wrappers[size]
        cache.key_prefix = f"bench-{size}"  # each snapshot keeps its own generations

    def close(self):
        for wrapper in self.wrappers.values():
            wrapper.close()


def measure_sizes(client, sizes, url):
    """Per size: median wall ms, median in-process CPU ms and the query count of `url`, the
    sizes measured in turn. Wall time includes the database server's work (on PostgreSQL it
    runs in another process, which the CPU figure does not see)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    queries = {}
    for size in sizes.wrappers:
        sizes.use(size)
        for _ in range(2):  # warm-up: templates, then the caches a first reader fills
            if client.get(url).status_code != 200:
                raise SystemExit(f"{url} answered an error at {size:,} items")
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries[size] = len(captured)
    wall = {size: [] for size in sizes.wrappers}
    cpu = {size: [] for size in sizes.wrappers}
    for _ in range(RUNS):
        for size in sizes.wrappers:
            sizes.use(size)
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            wall[size].append((time.perf_counter() - started) * 1000)
            cpu[size].append((time.process_time() - cpu_started) * 1000)
    return {
        size: (statistics.median(wall[size]), statistics.median(cpu[size]), queries[size])
        for size in sizes.wrappers
    }


def growth():
    """Seed up to each size in turn, keep a snapshot of each, then measure the same pages on
    all of them side by side; print the ratio largest/smallest.

    Warm caches, as between publishes: the cost a reader pays on a busy day.
    """
    from django.test import Client

    from home import tree_cache
    from newsroom import facets
    from newsroom.models import PressItemPage

    build_database()
    names = {}
    for size in GROWTH_SIZES:
        have = PressItemPage.objects.filter(slug__startswith="bench-item-").count()
        seed(size - have, index_for_search=False)
        names[size] = snapshot(size)
    cases = growth_cases()
    sizes = Sizes(names)
    client = Client()
    for size in GROWTH_SIZES:
        sizes.use(size)
        # Bulk inserts send no signals: start new generations as a publish does (the first,
        # warm-up request of each page then fills the caches, as the first reader would).
        tree_cache.bump()
        facets.invalidate()
    results = {}
    for label, url in cases:
        for size, figures in measure_sizes(client, sizes, url).items():
            results[(label, size)] = figures
    sizes.close()

    small, large = GROWTH_SIZES[0], GROWTH_SIZES[-1]
    vendor = __import__("django.db", fromlist=["connection"]).connection.vendor
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
    print(
        f"\n{vendor}; median wall ms and in-process CPU ms of {RUNS} runs, the sizes measured "
        f"in turn; queries; growth {large // 1000}k/{small // 1000}k of each (target "
        f"{GROWTH_TARGET}x); load average {load:.1f}\n"
    )
    header = "".join(f"{f'{n:,}: wall':>13}{'cpu':>6}{'q':>4}" for n in GROWTH_SIZES)
    print(f"{'page':26}{header}{'wall x':>8}{'cpu x':>7}  verdict")
    failures = 0
    for label, _url in cases:
        row = "".join(
            f"{wall:13.1f}{cpu:6.1f}{queries:4d}"
            for wall, cpu, queries in (results[(label, n)] for n in GROWTH_SIZES)
        )
        wall_ratio, cpu_ratio = (
            results[(label, large)][i] / results[(label, small)][i] for i in (0, 1)
        )
        ok = (
            max(wall_ratio, cpu_ratio) <= GROWTH_TARGET
            and results[(label, large)][2] <= TARGETS["queries"]
        )
        failures += not ok
        print(f"{label:26}{row}{wall_ratio:8.2f}{cpu_ratio:7.2f}  {'ok' if ok else 'OVER'}")
    print("\nall within target" if not failures else f"\n{failures} page(s) over target")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="measure an existing database")
    parser.add_argument("--items", type=int, default=ITEMS)
    parser.add_argument("--growth", action="store_true", help="1k / 10k / 50k growth ratios")
    args = parser.parse_args()

    setup_django()
    if args.growth:
        return growth()
    if not (args.reuse and DB_PATH.exists()):
        build_database()
        seed(args.items)

    from django.test import Client

    from newsroom.models import PressItemPage

    total = PressItemPage.objects.live().count()
    deep = max(1, (total // 20) * 4 // 5)
    client = Client()
    cases = [
        ("archive, page 1", "/news/", "list_ms"),
        ("archive, page 1, cold cache", "/news/", "list_ms"),
        (f"archive, page {deep}", f"/news/?page={deep}", "list_ms"),
        ("archive, tag filter", "/news/?tag=immigration-reform", "list_ms"),
        ("archive, tag+type+year", "/news/?tag=housing&type=statement&year=2020", "list_ms"),
        ("feed", "/news/feed/", "list_ms"),
        ("feed, tag filter", "/news/feed/?tag=immigration-reform", "list_ms"),
        ("search", "/search/?q=housing", "search_ms"),
        ("search, news only", "/search/?q=mayors+housing&type=news", "search_ms"),
    ]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
    print(f"\n{total:,} live press items in {DB_PATH.name}; median of {RUNS} runs")
    print(f"load average {load:.1f} on {os.cpu_count()} CPUs (wall time grows with load)\n")
    print(f"{'view':30} {'url':52} {'median ms':>9} {'cpu ms':>6} {'queries':>7}  verdict")
    failures = 0
    for label, url, target in cases:
        median, cpu, queries = measure(client, url, cold="cold" in label)
        ok = median <= TARGETS[target] and queries <= TARGETS["queries"]
        failures += not ok
        verdict = "ok" if ok else f"OVER (target {TARGETS[target]} ms, {TARGETS['queries']} q)"
        print(f"{label:30} {url:52} {median:9.1f} {cpu:6.1f} {queries:7d}  {verdict}")
    print("\nall targets met" if not failures else f"\n{failures} view(s) over target")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
