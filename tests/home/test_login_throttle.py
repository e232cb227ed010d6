"""Password guessing is stopped on every login form; the right people still get in."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db.models import F
from django.test import Client, RequestFactory

from taskforce.letters.ratelimit import rate_limit_exceeded

pytestmark = pytest.mark.django_db

LOGIN_FORMS = ["/admin/login/", "/_util/login/"]
OFFICE = "198.51.100.20"
ELSEWHERE = "192.0.2.44"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("dana", "dana@example.org", "right-pw-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def colleague(django_user_model):
    user = django_user_model.objects.create_user("robin", "robin@example.org", "robin-pw-2")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def attempt(url, username, password, address=OFFICE):
    client = Client(REMOTE_ADDR=address)
    response = client.post(url, {"username": username, "password": password})
    return response, client


def signed_in(client):
    return "_auth_user_id" in client.session


def lock_expires():
    """As if the cool-off time had passed: every recorded attempt moves 16 minutes back."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))


def wrong_five_times(url, username="dana", address=OFFICE):
    """Four times the form again with its error; the fifth failure pauses signing in."""
    for _ in range(4):
        response, client = attempt(url, username, "wrong", address)
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()  # the form again
    response, client = attempt(url, username, "wrong", address)
    assert response.status_code == 429
    assert not signed_in(client)


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_sixth_attempt_is_refused_even_with_the_right_password(url, editor):
    wrong_five_times(url)
    assert attempt(url, "dana", "wrong")[0].status_code == 429
    response, client = attempt(url, "dana", "right-pw-1")
    assert response.status_code == 429
    assert not signed_in(client)
    text = response.content.decode()
    assert "Sign-in paused" in text and "15 minutes" in text


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_the_right_user_gets_in_after_the_lock_expires(url, editor):
    wrong_five_times(url)
    assert attempt(url, "dana", "right-pw-1")[0].status_code == 429
    lock_expires()
    response, client = attempt(url, "dana", "right-pw-1")
    assert response.status_code == 302
    assert signed_in(client)


def test_an_account_under_attack_is_locked_from_everywhere(editor):
    wrong_five_times("/admin/login/", address=ELSEWHERE)
    assert attempt("/admin/login/", "dana", "right-pw-1", OFFICE)[0].status_code == 429


def test_a_colleague_in_the_same_office_waits_out_the_lock_then_gets_in(editor, colleague):
    wrong_five_times("/admin/login/")
    # Five failures from one address also pause that address: password spraying across
    # accounts is stopped too. It is a pause, not a ban.
    assert attempt("/admin/login/", "robin", "robin-pw-2")[0].status_code == 429
    lock_expires()
    response, client = attempt("/admin/login/", "robin", "robin-pw-2")
    assert response.status_code == 302 and signed_in(client)


def test_a_colleague_elsewhere_is_not_affected(editor, colleague):
    wrong_five_times("/admin/login/")
    response, client = attempt("/admin/login/", "robin", "robin-pw-2", ELSEWHERE)
    assert response.status_code == 302 and signed_in(client)


def test_an_administrator_can_unlock_at_once(editor):
    wrong_five_times("/admin/login/")
    call_command("axes_reset_username", "dana", verbosity=0)
    call_command("axes_reset_ip", OFFICE, verbosity=0)
    response, client = attempt("/admin/login/", "dana", "right-pw-1")
    assert response.status_code == 302 and signed_in(client)


def test_a_successful_login_clears_earlier_mistakes(editor):
    for _ in range(4):
        attempt("/admin/login/", "dana", "wrong")
    assert attempt("/admin/login/", "dana", "right-pw-1")[0].status_code == 302
    for _ in range(4):
        attempt("/admin/login/", "dana", "wrong")
    assert attempt("/admin/login/", "dana", "right-pw-1")[0].status_code == 302


def test_a_proxy_forwarded_address_is_counted_not_the_proxy(editor, colleague):
    """Behind our proxy (127.0.0.1) each reader is counted by the address the proxy saw."""
    client = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="spoofed, " + OFFICE)
    for _ in range(5):
        client.post("/admin/login/", {"username": "dana", "password": "wrong"})
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {OFFICE}
    other_reader = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=ELSEWHERE)
    response = other_reader.post("/admin/login/", {"username": "robin", "password": "robin-pw-2"})
    assert response.status_code == 302


@pytest.mark.usefixtures("fresh_cache")
def test_signature_rate_limit_counts_readers_behind_the_proxy_apart(settings):
    settings.SIGNATURE_RATE_LIMIT = "1/1h"
    via_proxy = {"REMOTE_ADDR": "127.0.0.1"}
    first = RequestFactory().post("/", HTTP_X_FORWARDED_FOR=OFFICE, **via_proxy)
    second = RequestFactory().post("/", HTTP_X_FORWARDED_FOR=ELSEWHERE, **via_proxy)
    assert not rate_limit_exceeded(first) and not rate_limit_exceeded(second)
    assert rate_limit_exceeded(first)
