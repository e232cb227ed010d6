"""Signing a letter through the public form: one row per city, clear errors, bots kept out."""

import datetime
import re
import smtplib

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from taskforce.letters.forms import SignatureForm
from taskforce.letters.models import LetterStatus, Signature, SignatureStatus
from taskforce.letters.ratelimit import parse_rate
from tests.letters.factories import SignatureFactory, new_letter, valid_post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def letter():
    return new_letter()


def post(client, letter, data, capture=None):
    return client.post(letter.url, data, REMOTE_ADDR="203.0.113.7")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_valid_submission_stores_one_pending_signature_and_redirects_to_thanks(
    client, letter, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, letter, valid_post())
    assert response.status_code == 302
    assert response["Location"] == letter.url + "thanks/"

    signature = Signature.objects.get(letter=letter)
    assert signature.status == SignatureStatus.PENDING
    assert signature.mayor_name == "Alex O'Neill"
    assert signature.email == "jamie.rivera@example.org"  # normalised
    assert signature.phone.as_e164 == "+12025550142"  # stored normalised
    assert signature.city_key == "flagstaff"

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    text = soup(thanks).get_text(" ", strip=True)
    assert "Thank you for signing" in text
    assert "Mayor Alex O'Neill of Flagstaff, AZ" in text

    confirmation = [m for m in mail.outbox if m.to == ["jamie.rivera@example.org"]]
    assert len(confirmation) == 1
    assert letter.title in confirmation[0].subject
    assert "Mayor Alex O'Neill of Flagstaff, AZ" in confirmation[0].body
    staff = [m for m in mail.outbox if "staff@example.org" in m.to]
    assert len(staff) == 1
    assert "jamie.rivera@example.org" in staff[0].body
    assert "/admin/letters/signature/" in staff[0].body


def test_reloading_the_thank_you_page_never_signs_twice(client, letter):
    response = post(client, letter, valid_post())
    for _ in range(3):
        assert client.get(response["Location"]).status_code == 200
    assert Signature.objects.filter(letter=letter).count() == 1


def test_city_resolves_to_known_city_and_canonical_spelling(client, letter):
    post(client, letter, valid_post(city_name="  mesa  ", state="AZ"))
    signature = Signature.objects.get(letter=letter)
    assert signature.city is not None and signature.city.label == "Mesa, AZ"
    assert signature.city_name == "Mesa"


def test_same_city_in_another_state_is_a_different_city(client, letter):
    post(client, letter, valid_post(city_name="Kansas City", state="MO"))
    post(client, letter, valid_post(city_name="Kansas City", state="KS"))
    assert Signature.objects.filter(letter=letter).count() == 2


def test_second_signature_for_same_city_is_refused_and_staff_told(
    client, letter, django_capture_on_commit_callbacks
):
    post(client, letter, valid_post(city_name="Mesa"))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            letter,
            valid_post(city_name="mesa ", mayor_first_name="Other", email="other@example.org"),
        )
    assert response.status_code == 200
    alert = soup(response).select_one("#already-signed")
    assert "Mesa, AZ has already signed this letter" in alert.get_text(" ", strip=True)
    assert Signature.objects.filter(letter=letter).count() == 1
    # The values typed are kept in the form.
    assert soup(response).select_one("#id_mayor_first_name")["value"] == "Other"
    # Staff hear of it; the second person gets no confirmation of a signature not stored.
    assert [m.to for m in mail.outbox] == [["staff@example.org", "desk@example.org"]]
    assert "not stored" in mail.outbox[0].body
    assert "other@example.org" in mail.outbox[0].body


def test_rejected_signature_can_be_replaced(client, letter):
    SignatureFactory(letter=letter, city_name="Mesa", state="AZ", status="rejected")
    SignatureFactory(letter=letter, city_name="Mesa", state="AZ", status="withdrawn")
    response = post(client, letter, valid_post(city_name="Mesa"))
    assert response.status_code == 302
    assert Signature.objects.filter(letter=letter, status="pending").count() == 1


REQUIRED = [
    "mayor_first_name",
    "mayor_last_name",
    "city_name",
    "state",
    "contact_first_name",
    "contact_last_name",
    "email",
    "phone",
]


@pytest.mark.parametrize("field", REQUIRED)
def test_each_missing_field_gives_an_error_next_to_it_and_keeps_values(client, letter, field):
    response = post(client, letter, valid_post(**{field: ""}))
    assert response.status_code == 200
    html = soup(response)
    error = html.select_one(f"#{field}-error")
    assert re.match(r"Error: (Enter|Choose) the ", error.get_text(" ", strip=True))
    assert error.find_parent(class_="field").select_one(f"#id_{field}")["aria-invalid"] == "true"
    assert html.select_one("#error-summary a")["href"] == f"#id_{field}"
    kept = "mayor_last_name" if field != "mayor_last_name" else "mayor_first_name"
    assert html.select_one(f"#id_{kept}")["value"] == valid_post()[kept]
    assert not Signature.objects.filter(letter=letter).exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "not-an-email", "Enter an email address like name@example.org."),
        ("email", "a@b", "Enter an email address like name@example.org."),
        ("phone", "12345", "Enter a U.S. phone number with area code"),
        ("phone", "+44 20 7946 0958", "Enter a U.S. phone number with area code"),
        ("phone", "call me", "Enter a U.S. phone number with area code"),
        ("state", "ZZ", "Choose a state or territory from the list."),
        ("state", "AE", "Choose a state or territory from the list."),  # military mail
        ("mayor_first_name", "x" * 10_000, "Keep the mayor's first name to 80 characters"),
        ("city_name", "y" * 10_000, "Keep the city to 120 characters"),
        ("mayor_last_name", "<script>alert(1)</script>", "Use letters, spaces"),
        ("city_name", "<b>Mesa</b>", "Use letters, spaces"),
        ("contact_last_name", "Robert'); DROP TABLE letters_signature;--", "Use letters"),
        ("mayor_first_name", "' OR '1'='1", "Use letters, spaces"),
        ("contact_first_name", "admin'--", "Use letters, spaces"),
        ("email", "x@example.org'; DROP TABLE x;--", "Enter an email address"),
    ],
)
def test_bad_values_give_a_clear_error_and_store_nothing(client, letter, field, value, message):
    response = post(client, letter, valid_post(**{field: value}))
    assert response.status_code == 200
    error = soup(response).select_one(f"#{field}-error")
    assert error is not None, field
    assert message in error.get_text(strip=True)
    assert not Signature.objects.filter(letter=letter).exists()
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "name", ["O'Brien", "Coeur d'Alene", "St. Louis", "Winston-Salem", "Española", "Jr.", "D’Arcy"]
)
def test_real_names_with_punctuation_and_accents_are_accepted(name):
    form = SignatureForm(valid_post(city_name=name, mayor_last_name=name))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["city_name"] == name


@hsettings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.dictionaries(st.sampled_from(REQUIRED + ["website", "junk"]), st.text(max_size=300)))
def test_any_junk_post_never_answers_500_and_stores_only_valid_rows(letter, data):
    client = Client()
    from django.core.cache import cache

    cache.clear()
    before = Signature.objects.filter(letter=letter).count()
    response = client.post(letter.url, data, REMOTE_ADDR="203.0.113.9")
    assert response.status_code in (200, 302)
    stored = Signature.objects.filter(letter=letter).count() - before
    form = SignatureForm(data)
    if response.status_code == 200:
        assert stored == 0
    else:
        assert stored <= 1
        assert form.is_bot or form.is_valid()


def test_honeypot_filled_stores_nothing_and_answers_like_success(client, letter):
    response = post(client, letter, valid_post(website="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == letter.url + "thanks/"
    assert not Signature.objects.filter(letter=letter).exists()
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people_and_assistive_technology(client, letter):
    wrapper = soup(client.get(letter.url)).select_one(".hp-field")
    assert wrapper["aria-hidden"] == "true"
    assert wrapper.select_one("input[name=website]")["tabindex"] == "-1"


def test_more_than_the_rate_limit_from_one_address_gets_429(client, letter, settings):
    settings.SIGNATURE_RATE_LIMIT = "3/10m"
    codes = [post(client, letter, valid_post(city_name=f"Town {c}")).status_code for c in "ABCDE"]
    assert codes == [302, 302, 302, 429, 429]
    assert Signature.objects.filter(letter=letter).count() == 3
    blocked = post(client, letter, valid_post(city_name="Town F"))
    assert blocked["Retry-After"] == "600"
    assert "Please wait a few minutes" in soup(blocked).get_text()
    # Another address is not affected.
    other = client.post(letter.url, valid_post(city_name="Town G"), REMOTE_ADDR="198.51.100.4")
    assert other.status_code == 302


def test_csrf_token_is_required(letter):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(letter.url, valid_post(), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 403
    assert not Signature.objects.filter(letter=letter).exists()
    page = strict.get(letter.url)
    assert soup(page).select_one("form.sign-form__form input[name=csrfmiddlewaretoken]")
    assert "no-cache" in page["Cache-Control"]


@pytest.mark.parametrize(
    "fields",
    [
        {"status": LetterStatus.CLOSED},
        {"status": LetterStatus.DELIVERED},
        {"closes_at": timezone.now() - datetime.timedelta(minutes=1)},
        {"opens_at": timezone.now() + datetime.timedelta(days=1)},
    ],
)
def test_closed_letters_show_the_list_but_no_form_and_take_no_signature(client, fields):
    letter = new_letter(**fields)
    SignatureFactory(letter=letter, status="verified", mayor_last_name="Listed")
    html = soup(client.get(letter.url))
    assert html.select_one("form.sign-form__form") is None
    assert "Mayor Pat Listed" in html.select_one(".signers").get_text()
    response = post(client, letter, valid_post())
    assert response.status_code == 200
    assert Signature.objects.filter(letter=letter).count() == 1


def test_failing_mail_server_never_loses_the_signature(
    client, letter, settings, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, letter, valid_post())
    assert response.status_code == 302
    assert Signature.objects.filter(letter=letter).count() == 1
    assert "Could not send" in caplog.text


def test_emails_wait_for_the_commit(client, letter, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post(client, letter, valid_post())
    assert mail.outbox == []  # nothing sent while the transaction could still roll back
    assert len(callbacks) == 2
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 2


def test_confirmation_placeholders_are_filled_but_nothing_else_is_evaluated(
    client, django_capture_on_commit_callbacks
):
    letter = new_letter(
        confirmation_subject="Signed: {letter_title}",
        confirmation_body="Mayor {mayor_name} ({city}). {unknown} {mayor_name.__class__}",
    )
    with django_capture_on_commit_callbacks(execute=True):
        post(client, letter, valid_post())
    confirmation = next(m for m in mail.outbox if m.to == ["jamie.rivera@example.org"])
    assert confirmation.subject == f"Signed: {letter.title}"
    assert confirmation.body == (
        "Mayor Alex O'Neill (Flagstaff, AZ). {unknown} {mayor_name.__class__}"
    )


@given(
    st.text(min_size=1, max_size=60).filter(
        lambda s: any(c in s for c in '<>;="(){}[]0123456789/\\%&*') and s.strip()
    )
)
def test_names_with_markup_code_or_digits_are_refused(name):
    form = SignatureForm(valid_post(mayor_last_name=name, city_name=name))
    assert not form.is_valid()
    assert {"mayor_last_name", "city_name"} <= set(form.errors)


WORD = "[A-Z][a-zà-öø-ÿ]{0,15}"


@given(st.from_regex(rf"{WORD}(( |-|'|\. ){WORD}){{0,3}}", fullmatch=True))
def test_ordinary_names_are_accepted_as_typed(name):
    form = SignatureForm(valid_post(mayor_last_name=f"  {name} ", city_name=name))
    assert form.is_valid(), (name, form.errors)
    assert form.cleaned_data["mayor_last_name"] == name


@pytest.mark.parametrize("rate", ["5/10m", "1/s", "100/2h", " 3 / 1d "])
def test_rate_limit_setting_parses(rate):
    count, seconds = parse_rate(rate)
    assert (count, seconds) == {
        "5/10m": (5, 600),
        "1/s": (1, 1),
        "100/2h": (100, 7200),
        " 3 / 1d ": (3, 86400),
    }[rate]


@pytest.mark.parametrize("rate", ["", "five per minute", "5/10y", "/m"])
def test_bad_rate_limit_setting_fails_loudly(rate):
    with pytest.raises(ValueError, match="SIGNATURE_RATE_LIMIT"):
        parse_rate(rate)
