"""Every public page of the demo passes the W3C Nu HTML Checker with zero errors.

The checker (npm's vnu-jar, run on Java) is installed by scripts/install-vnu.sh; one JVM run
checks every page, a few seconds in all. Without Java or the jar the test is skipped, with the
reason in pytest's summary.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from wagtail.models import Page

from taskforce.models import Person

JAR = Path(__file__).resolve().parents[2] / ".tools/node_modules/vnu-jar/build/dist/vnu.jar"

pytestmark = pytest.mark.django_db


def public_urls():
    urls = [p.url for p in Page.objects.live().public().specific() if p.url and p.depth > 1]
    urls += [
        f"/people/{slug}/"
        for slug in Person.objects.filter(live=True).values_list("slug", flat=True)
    ]
    urls += [
        "/cities/az/mesa/",
        "/cities/ri/providence/",
        "/search/?q=mesa",
        "/search/?q=statement&sort=newest",
        "/news/?tag=immigration-reform",
        "/news/?type=statement&year=2017",
        "/no-such-page/",
    ]
    return urls


@pytest.mark.skipif(shutil.which("java") is None, reason="no Java: run scripts/install-vnu.sh")
@pytest.mark.skipif(not JAR.exists(), reason="no vnu.jar: run scripts/install-vnu.sh")
def test_every_public_page_has_zero_nu_checker_errors(client, tmp_path):
    files = {}
    for n, url in enumerate(public_urls()):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"page{n}.html"
        path.write_bytes(response.content)
        files[path.name] = url
    post = client.post(
        "/issues/immigration/immigration-letter/", {"mayor_first_name": "", "city_name": "Mesa"}
    )
    (tmp_path / "form-errors.html").write_bytes(post.content)
    files["form-errors.html"] = "letter form with errors"
    result = subprocess.run(  # noqa: S603
        [
            shutil.which("java"),
            "-jar",
            str(JAR),
            "--errors-only",
            "--format",
            "json",
            *map(str, tmp_path.glob("*.html")),
        ],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stderr)
    assert "version" in report, result.stderr[:500]  # the checker really ran
    errors = [
        f"{files.get(m.get('url', '').rsplit('/', 1)[-1])}: {m['message']} [{m.get('extract')}]"
        for m in report["messages"]
        if m.get("type") == "error"
    ]
    assert len(files) > 40
    assert errors == [], "\n".join(errors)
    assert result.returncode == 0
