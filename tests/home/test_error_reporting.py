"""A failing request reaches someone: one JSON log line and one mail, both with its request id."""

import io
import json
import logging

import pytest
from django.core import mail
from django.test import Client, override_settings

from tests.home.test_settings import run_python


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.home.failing_urls", ADMINS=[("Ops", "ops@example.org")])
def test_a_server_error_is_logged_and_mailed_with_its_request_id():
    console = next(h for h in logging.getLogger("django.request").handlers if h.name == "console")
    stdout = io.StringIO()
    previous = console.setStream(stdout)  # where the configured handler writes, for this test
    try:
        response = Client(raise_request_exception=False).get("/broken/")
    finally:
        console.setStream(previous)
    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    assert len(request_id) == 32

    lines = [json.loads(line) for line in stdout.getvalue().splitlines()]
    errors = [line for line in lines if line["level"] == "ERROR"]
    assert len(errors) == 1
    assert errors[0]["logger"] == "django.request"
    assert errors[0]["request_id"] == request_id
    assert "RuntimeError: the archive index is gone" in errors[0]["exc_info"]

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ops@example.org"]
    assert request_id in mail.outbox[0].subject
    assert "the archive index is gone" in mail.outbox[0].body


@pytest.mark.django_db
def test_a_request_id_from_the_proxy_is_kept():
    response = Client().get("/", HTTP_X_REQUEST_ID="3f9c0a5e")
    assert response["X-Request-ID"] == "3f9c0a5e"


def test_production_reads_admins_from_the_environment():
    result = run_python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.ADMINS, settings.SERVER_EMAIL)",
        env={
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "x" * 50,
            "ADMINS": "ops@example.org, web@example.org",
            "SERVER_EMAIL": "site-errors@example.org",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "[('Site administrators', 'ops@example.org'), ('Site administrators', "
        "'web@example.org')] site-errors@example.org"
    )
