"""Load run against the serving stack (run inside scripts/stack.sh; `make load`).

Prints, in one run on this machine: requests per second for the home page through Varnish and
for the same HTML served as a static file by nginx (Debian's), their ratio, and the time from
publishing a press item to its appearing on /news/ through the cache. Everything stays on
127.0.0.1; each wrk run is bounded in time (5 s) and connections (16).

Fails (exit 1) when the cache serves under half the static rate, any request fails, or the new
item takes more than a second to show.
"""

import datetime
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DURATION, CONNECTIONS, THREADS = "5s", 16, 2
WRK = shutil.which("wrk") or "/usr/bin/wrk"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
WRK_REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
               + summary.errors.status + summary.errors.timeout
  io.write(string.format('{"requests":%d,"rps":%.1f,"errors":%d,"p99_ms":%.2f}\\n',
    summary.requests, summary.requests / (summary.duration / 1e6), errors,
    latency:percentile(99) / 1000))
end
"""
NGINX_CONF = """
daemon off;
worker_processes 2;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {dir}/tmp; proxy_temp_path {dir}/tmp; fastcgi_temp_path {dir}/tmp;
    uwsgi_temp_path {dir}/tmp; scgi_temp_path {dir}/tmp;
    default_type text/html;
    server {{
        listen 127.0.0.1:{port};
        root {dir}/site;
        index index.html;
    }}
}}
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        return response.read().decode()


def wrk(url, script):
    out = subprocess.run(  # noqa: S603
        [WRK, f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{DURATION}", "--timeout", "5s",
         "-s", script, url],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def publish_to_visible(stack_url):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    from newsroom.models import NewsIndexPage, PressItemPage

    title = f"Mayors Speak on the Budget {datetime.datetime.now():%H%M%S%f}"
    fetch(stack_url + "/news/")  # cached before the publish
    item = PressItemPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        date=datetime.date.today(),
        summary="Mayors set out what the federal budget means for cities.",
    )
    NewsIndexPage.objects.get().add_child(instance=item)
    item.save_revision().publish()
    started = time.perf_counter()  # the editor's publish has returned
    try:
        while time.perf_counter() - started < 5:
            if title in fetch(stack_url + "/news/"):
                return (time.perf_counter() - started) * 1000
            time.sleep(0.01)
        return None
    finally:
        item.delete()


def main():
    stack_url = os.environ["STACK_URL"]
    work = Path(tempfile.mkdtemp(prefix="load."))
    work.chmod(0o755)  # nginx's workers run as www-data
    nginx = None
    try:
        (work / "site").mkdir()
        (work / "tmp").mkdir()
        (work / "site" / "index.html").write_text(fetch(stack_url + "/"))
        script = work / "report.lua"
        script.write_text(WRK_REPORT)
        port = free_port()
        (work / "nginx.conf").write_text(NGINX_CONF.format(dir=work, port=port))
        nginx = subprocess.Popen([NGINX, "-c", str(work / "nginx.conf")])  # noqa: S603
        for _ in range(50):
            try:
                fetch(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                time.sleep(0.1)
        fetch(stack_url + "/")  # in the cache
        static = wrk(f"http://127.0.0.1:{port}/", str(script))
        cached = wrk(stack_url + "/", str(script))
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    ratio = cached["rps"] / static["rps"]
    visible_ms = publish_to_visible(stack_url)
    load = os.getloadavg()[0]
    print(f"\nhome page, wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}; load average {load:.1f}")
    print(f"  nginx, static file   {static['rps']:9.0f} req/s  p99 {static['p99_ms']:6.1f} ms")
    print(f"  Varnish, cached page {cached['rps']:9.0f} req/s  p99 {cached['p99_ms']:6.1f} ms")
    print(f"  ratio Varnish/nginx  {ratio:9.2f}  (target >= 0.5)")
    shown = f"{visible_ms:.0f} ms" if visible_ms is not None else "not within 5 s"
    print(f"  publish -> on /news/ through the cache: {shown}  (target <= 1000 ms)")
    errors = static["errors"] + cached["errors"]
    print(f"  errors: nginx {static['errors']}, Varnish {cached['errors']}")
    ok = ratio >= 0.5 and errors == 0 and visible_ms is not None and visible_ms <= 1000
    print("all targets met" if ok else f"OVER target ({errors} errors)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
