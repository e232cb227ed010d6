"""Settings modules behave as the README promises. Each runs in its own Python process, as a
server would, so the environment it reads is exactly the one given here."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]


def run_python(code, *, env=None, args=()):
    """Run code (or manage.py args) in a clean process: no settings module or secrets inherited."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}
    }
    clean.update(env or {})
    command = [sys.executable, *args] if args else [sys.executable, "-c", code]
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        command, cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_manage_py_defaults_to_development_settings():
    result = run_python(
        None,
        args=[
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings; print(settings.SETTINGS_MODULE, settings.DEBUG)",
        ],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["config.settings.dev", "True"]


def test_development_admin_links_use_the_port_make_run_serves_on():
    result = run_python(
        None,
        env={"DEV_PORT": "8123"},
        args=[
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)",
        ],
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "http://127.0.0.1:8123"


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python(
        None,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.production"},
        args=["manage.py", "check"],
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment for production" in result.stderr


DATABASES_BY_MODULE = """
import importlib, json
out = {}
for name in ("dev", "test", "production"):
    module = importlib.import_module("config.settings." + name)
    db = module.DATABASES["default"]
    out[name] = {
        "engine": db["ENGINE"], "name": str(db["NAME"]), "host": db.get("HOST", ""),
        "postgres_app": "django.contrib.postgres" in module.INSTALLED_APPS,
    }
print(json.dumps(out))
"""


def test_database_url_chooses_the_database_in_every_settings_module():
    url = "postgres://newsroom:secret@db.example.org:5433/newsroom"
    result = run_python(DATABASES_BY_MODULE, env={"DATABASE_URL": url, "SECRET_KEY": "x"})
    assert result.returncode == 0, result.stderr
    for name, db in json.loads(result.stdout).items():
        assert db["engine"] == "django.db.backends.postgresql", name
        assert (db["name"], db["host"]) == ("newsroom", "db.example.org"), name
        assert db["postgres_app"], f"{name}: Wagtail search on PostgreSQL needs contrib.postgres"


def test_without_database_url_every_module_uses_the_project_sqlite_file():
    result = run_python(DATABASES_BY_MODULE, env={"SECRET_KEY": "x"})
    assert result.returncode == 0, result.stderr
    for name, db in json.loads(result.stdout).items():
        assert db["engine"] == "django.db.backends.sqlite3", name
        assert db["name"] == str(ROOT / "db.sqlite3"), name
        assert not db["postgres_app"], name


PRODUCTION_REPORT = """
import django, json
django.setup()
from django.conf import settings
from django.templatetags.static import static
from django.test import Client
url = static("css/site.css")
response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
print(json.dumps({
    "debug": settings.DEBUG,
    "allowed_hosts": settings.ALLOWED_HOSTS,
    "email": [settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_HOST_USER],
    "url": url,
    "status": response.status_code,
    "encoding": response.get("Content-Encoding"),
    "cache": response.get("Cache-Control"),
}))
"""


def test_production_reads_the_environment_and_serves_hashed_compressed_static(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "a-long-production-secret-for-this-test-only",
        "ALLOWED_HOSTS": "testserver,www.example.org",
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": "587",
        "EMAIL_HOST_USER": "newsroom",
        "STATIC_ROOT": str(tmp_path / "static"),
        "SECURE_SSL_REDIRECT": "0",
    }
    collect = run_python(None, env=env, args=["manage.py", "collectstatic", "--noinput", "-v0"])
    assert collect.returncode == 0, collect.stderr
    assert list((tmp_path / "static" / "css").glob("site.*.css.gz")), "compressed, hashed copy"

    result = run_python(PRODUCTION_REPORT, env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["debug"] is False
    assert report["allowed_hosts"] == ["testserver", "www.example.org"]
    assert report["email"] == ["smtp.example.org", 587, "newsroom"]
    # Templates link the hashed name, which whitenoise serves gzipped and cacheable for ever.
    assert report["url"].startswith("/static/css/site.") and report["url"] != "/static/css/site.css"
    assert report["status"] == 200
    assert report["encoding"] == "gzip"
    assert "immutable" in report["cache"]


def test_test_settings_keep_tests_offline():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.EMAIL_BACKEND == "django.core.mail.backends.locmem.EmailBackend"


# --- the development admin login ---------------------------------------------------------------


@pytest.mark.django_db
def test_ensure_dev_admin_refuses_outside_development_settings(django_user_model):
    with pytest.raises(CommandError, match="only runs with the development settings"):
        call_command("ensure_dev_admin")
    with (
        override_settings(DEBUG=True, SETTINGS_MODULE="config.settings.production"),
        pytest.raises(CommandError),
    ):
        call_command("ensure_dev_admin")
    assert not django_user_model.objects.filter(username="admin").exists()


@pytest.mark.django_db
def test_ensure_dev_admin_creates_one_login_and_says_how_to_use_it(django_user_model, capsys):
    with override_settings(DEBUG=True, SETTINGS_MODULE="config.settings.dev"):
        call_command("ensure_dev_admin")
        first = capsys.readouterr().out
        user = django_user_model.objects.get(username="admin")
        user.set_password("changed-by-the-developer")
        user.save()
        call_command("ensure_dev_admin")
        second = capsys.readouterr().out
    assert "/admin/" in first and "'admin'" in first
    assert "unless you changed it" in second
    user.refresh_from_db()
    assert user.is_superuser and user.check_password("changed-by-the-developer")
    assert django_user_model.objects.filter(username="admin").count() == 1
