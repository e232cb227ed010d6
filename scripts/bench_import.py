"""WordPress import benchmark: a generated 5,000-post export into a fresh database.

Writes a WXR file shaped like the association's (Avada, classic and block-editor bodies,
categories, mayor and city tags, 200 photos and PDFs, drafts and scheduled posts), imports it
with `manage.py import_wordpress` in a child process and prints wall time, CPU time and peak
memory; runs it again (everything unchanged) and times that; then measures what the redirect
lookups cost a request.

    .venv/bin/python scripts/bench_import.py                 # SQLite (bench-import.sqlite3)
    bash scripts/with-postgres.sh .venv/bin/python scripts/bench_import.py   # PostgreSQL

Goals (2 cores): import under 10 minutes and 500 MB; a redirect lookup under 1 ms.
"""

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from tests.newsroom.wordpress import wxr  # noqa: E402  (the tests' WXR writer)

CATEGORIES = [
    (3, "press-room", "Press Room", "news"),
    (4, "media-advisories", "Media Advisories", "news"),
    (5, "statements", "Statements", "news"),
    (2, "news", "News", ""),
    (12, "issues", "Issues", ""),
    (13, "immigration-reform", "Immigration Reform", "issues"),
    (14, "police-and-public-safety", "Police and Public Safety", "issues"),
    (9, "committees", "Committees", ""),
    (11, "metro-economies", "Metro Economies", "committees"),
]
TAGS = [(20 + i, s, n) for i, (s, n) in enumerate([
    ("john-giles", "John Giles"), ("todd-gloria", "Todd Gloria"), ("tishaura-jones",
    "Tishaura Jones"), ("kansas-city-mo", "Kansas City, MO"), ("mesa-az", "Mesa, AZ"),
    ("housing", "Housing"), ("covid-19", "COVID-19"), ("public-safety", "public safety"),
    ("infrastructure", "Infrastructure"), ("daca", "DACA"),
])]  # fmt: skip
PHOTOS = 150
PDFS = 50


def body(rng, n, photo_ids, pdf_ids):
    photo = rng.choice(photo_ids)
    pdf = rng.choice(pdf_ids)
    words = " ".join(
        rng.choice(
            [
                "Mayors",
                "cities",
                "Congress",
                "housing",
                "funding",
                "safety",
                "call",
                "on",
                "to",
                "act",
                "today",
                "and",
                "the",
            ]
        )
        for _ in range(60)
    )
    link = f"https://www.example.org/?p={max(1, n - 3)}"
    dialect = n % 3
    if dialect == 0:
        return (
            '[fusion_builder_container type="flex"][fusion_builder_row][fusion_builder_column '
            'type="1_1" type="1_1"][fusion_title size="2"]Background[/fusion_title]'
            f'[fusion_text]<p>{words}.</p><p>See <a href="{link}">the earlier item</a>.'
            f'</p>[/fusion_text][fusion_imageframe image_id="{photo}|full"][/fusion_imageframe]'
            f'[fusion_button link="/wp-content/uploads/2020/01/report-{pdf}.pdf"]Report'
            "[/fusion_button][/fusion_builder_column][/fusion_builder_row]"
            "[/fusion_builder_container]"
        )
    if dialect == 1:
        return (
            f'<p style="text-align: justify;"><span style="font-weight: 400;">{words}.</span></p>'
            f'\n\n[caption id="attachment_{photo}" width="800"]<img class="wp-image-{photo}" '
            f'src="/wp-content/uploads/2020/01/photo-{photo}-300x200.jpg" alt=""> A caption'
            f"[/caption]\n\n{words}.\n\nhttps://www.youtube.com/watch?v=abcdefghij{n % 10}\n\n"
            "<table><tr><th>City</th><th>Mayors</th></tr><tr><td>Mesa</td><td>1</td></tr></table>"
        )
    return (
        f"<!-- wp:paragraph --><p>{words}.</p><!-- /wp:paragraph -->"
        '<!-- wp:heading {"level":3} --><h3>Details</h3><!-- /wp:heading -->'
        f'<!-- wp:image --><figure class="wp-block-image"><img class="wp-image-{photo}" '
        f'src="/wp-content/uploads/2020/01/photo-{photo}.jpg"/><figcaption>Photo</figcaption>'
        "</figure><!-- /wp:image --><!-- wp:quote --><blockquote><p>Cities lead.</p>"
        "</blockquote><!-- /wp:quote -->"
    )


def write_export(folder, posts):
    from PIL import Image

    rng = random.Random(9)  # noqa: S311 - test data, not secrets
    uploads = folder / "uploads" / "2020" / "01"
    uploads.mkdir(parents=True)
    parts = [wxr.category(i, s, n, p) for i, s, n, p in CATEGORIES]
    parts += [wxr.tag(i, s, n) for i, s, n in TAGS]
    photo_ids = list(range(100_001, 100_001 + PHOTOS))
    pdf_ids = list(range(200_001, 200_001 + PDFS))
    for wp_id in photo_ids:
        name = f"photo-{wp_id}.jpg"
        Image.new("RGB", (800, 533), (wp_id % 255, 90, 140)).save(uploads / name, "JPEG")
        parts.append(wxr.attachment(wp_id, f"2020/01/{name}", f"Photo {wp_id}", alt="Mayors"))
    for wp_id in pdf_ids:
        name = f"report-{wp_id}.pdf"
        (uploads / name).write_bytes(b"%PDF-1.4\n%%EOF\n" + str(wp_id).encode())
        parts.append(wxr.attachment(wp_id, f"2020/01/{name}", f"Report {wp_id}"))
    for n in range(1, posts + 1):
        year = 2017 + n * 9 // posts
        date = f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d} 10:{n % 60:02d}:00"
        status = "draft" if n % 97 == 0 else "future" if n % 499 == 0 else "publish"
        if status == "future":
            date = f"2031-{1 + n % 12:02d}-01 09:00:00"
        cats = rng.sample(CATEGORIES, 2)
        tags = rng.sample(TAGS, 3)
        parts.append(
            wxr.item(
                n,
                f"Mayors act on item {n}",
                slug=f"mayors-act-on-item-{n % (posts - 7)}",
                content=body(rng, n, photo_ids, pdf_ids),
                excerpt="" if n % 3 else "A summary.",
                status=status,
                date=date,
                categories=[(c[1], c[2]) for c in cats],
                tags=[(t[1], t[2]) for t in tags],
                meta={"_thumbnail_id": rng.choice(photo_ids)} if n % 4 == 0 else None,
            )
        )
    export = folder / "export.xml"
    wxr.write(export, *parts)
    return export, folder / "uploads"


def manage(*args, env):
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )


def timed_import(export, uploads, env):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = manage("import_wordpress", str(export), "--uploads", str(uploads), env=env)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024, result.stdout


def redirect_costs(env):
    os.environ.update(env)
    import django

    django.setup()
    from django.test import RequestFactory
    from wagtail.contrib.redirects.middleware import get_redirect
    from wagtail.contrib.redirects.models import Redirect

    from newsroom.wordpress.middleware import LegacyUrlMiddleware

    factory = RequestFactory(HTTP_HOST="localhost")
    middleware = LegacyUrlMiddleware(lambda r: None)
    old = Redirect.objects.filter(old_path__startswith="/20").order_by("?").first().old_path
    cases = {
        "post permalink (redirect row)": lambda: get_redirect(factory.get(old), old),
        "category page 3 (pattern + row)": lambda: middleware.patterned(
            factory.get("/category/news/press-room/page/3/")
        ),
        "date archive (pattern only)": lambda: middleware.patterned(factory.get("/2024/04/")),
        "nonsense (pattern, no row)": lambda: middleware.patterned(
            factory.get("/tag/nothing-here/feed/")
        ),
    }
    out = []
    for label, call in cases.items():
        call()
        samples, cpu = [], []
        for _ in range(200):
            t, c = time.perf_counter(), time.process_time()
            call()
            samples.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        out.append((label, statistics.median(samples), statistics.median(cpu)))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    args = parser.parse_args()
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.test")
    db = BASE_DIR / "bench-import.sqlite3"
    if "DATABASE_URL" not in os.environ:
        db.unlink(missing_ok=True)
        env["DATABASE_URL"] = f"sqlite:///{db}"
    backend = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    folder = Path(tempfile.mkdtemp(prefix="wp-bench-"))
    try:
        export, uploads = write_export(folder, args.posts)
        size = export.stat().st_size / 1e6
        print(
            f"Export: {args.posts:,} posts, {PHOTOS + PDFS} attachments, {size:.1f} MB ({backend})"
        )
        manage("migrate", "--noinput", "-v0", env=env)
        manage("load_demo_content", "-v0", env=env)
        wall, cpu, peak, out = timed_import(export, uploads, env)
        print(
            f"First import:  {wall:7.1f} s wall, {cpu:7.1f} s CPU, peak {peak:5.0f} MB, "
            f"{args.posts / wall:.1f} posts/s   (goal: < 600 s, < 500 MB)"
        )
        wall2, cpu2, _, out2 = timed_import(export, uploads, env)
        unchanged = next((line for line in out2.splitlines() if line.startswith("posts")), "")
        print(f"Second import: {wall2:7.1f} s wall, {cpu2:7.1f} s CPU · {unchanged.strip()}")
        print(f"Load average: {os.getloadavg()[0]:.2f}")
        for label, ms, cpu_ms in redirect_costs(env):
            print(
                f"Redirect lookup, {label}: {ms:.3f} ms wall, {cpu_ms:.3f} ms CPU median "
                "(goal: < 1 ms)"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
