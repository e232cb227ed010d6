"""One key per city: spellings of one city collide, on the form, in the database and in old data."""

import importlib
import unicodedata

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.db import IntegrityError, transaction
from hypothesis import given
from hypothesis import strategies as st

from taskforce.letters.models import Signature, SignatureStatus
from taskforce.letters.text import KEY_MAX_LENGTH, city_key
from tests.letters.factories import SignatureFactory, new_letter, valid_post

migration = importlib.import_module("taskforce.letters.migrations.0003_city_key_folding")

ACCENTS = "\u0300\u0301\u0302\u0303\u0308\u0327"  # grave, acute, circumflex, tilde, umlaut, cedilla
words = st.lists(
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8), min_size=1, max_size=4
)
spaces = st.text(" \t\u00a0\u2002\u3000", min_size=1, max_size=3)


def full_width(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@given(st.text())
def test_folding_twice_changes_nothing(text):
    assert city_key(city_key(text)) == city_key(text)


@given(st.text())
def test_key_fits_its_column(text):
    assert len(city_key(text)) <= KEY_MAX_LENGTH


@given(st.text())
def test_composed_and_decomposed_forms_share_a_key(text):
    assert city_key(unicodedata.normalize("NFC", text)) == city_key(
        unicodedata.normalize("NFD", text)
    )


@given(words, spaces, st.data())
def test_case_accents_width_and_spacing_do_not_make_another_city(parts, gap, data):
    plain = " ".join(parts)
    accented = "".join(
        c + (data.draw(st.sampled_from(["", *ACCENTS])) if c != " " else "") for c in plain
    )
    variants = [
        plain.upper(),
        plain.title(),
        full_width(plain),
        full_width(plain.upper()),
        accented,
        unicodedata.normalize("NFC", accented),
        gap + gap.join(parts) + gap,
    ]
    assert {city_key(v) for v in variants} == {plain}


@pytest.mark.parametrize(
    "spelling",
    ["San José", "SAN JOSE", "Ｓａｎ Ｊｏｓｅ", "San Jose\u0301", "san\u00a0jose", " San  Jose "],
)
def test_spellings_of_san_jose(spelling):
    assert city_key(spelling) == "san jose"


@pytest.mark.parametrize(("one", "other"), [("Mesa", "Mesquite"), ("Kansas City", "Kansas")])
def test_different_cities_keep_different_keys(one, other):
    assert city_key(one) != city_key(other)


def sign(client, letter, **fields):
    return client.post(letter.url, valid_post(**fields), REMOTE_ADDR="203.0.113.11")


@pytest.mark.django_db
@pytest.mark.usefixtures("fresh_cache")
@pytest.mark.parametrize(
    ("first", "second", "state"),
    [
        ("San Jose", "San José", "CA"),
        ("Fresno", "Ｆｒｅｓｎｏ", "CA"),
        ("Tempe", "TEMPE\u00a0", "AZ"),
    ],
)
def test_second_spelling_of_a_signed_city_is_refused(client, first, second, state):
    letter = new_letter()
    assert sign(client, letter, city_name=first, state=state).status_code == 302
    response = sign(
        client,
        letter,
        city_name=second,
        state=state,
        mayor_first_name="Other",
        email="o@example.org",
    )
    assert response.status_code == 200
    alert = BeautifulSoup(response.content, "html.parser").select_one("#already-signed")
    assert "has already signed this letter" in alert.get_text(" ", strip=True)
    assert [s.city_name for s in Signature.objects.filter(letter=letter)] == [first]


@pytest.mark.django_db
def test_database_refuses_a_second_live_signature_of_one_city():
    letter = new_letter()
    SignatureFactory(letter=letter, city_name="San Jose", state="CA")
    with pytest.raises(IntegrityError), transaction.atomic():
        SignatureFactory(letter=letter, city_name="SAN JOSÉ", state="CA")
    # Another state's city of the same name is another city.
    SignatureFactory(letter=letter, city_name="San José", state="IL")


@pytest.mark.django_db
def test_accented_spelling_matches_the_known_city_and_lists_its_name():
    signature = SignatureFactory(letter=new_letter(), city_name="Ｓａｎ José", state="CA")
    assert signature.city is not None and signature.city.name == "San Jose"
    assert signature.city_name == "San Jose"


@pytest.mark.django_db
def test_migration_rebuilds_keys_and_sends_later_duplicates_to_review():
    letter, other_letter = new_letter(), new_letter()
    # Rows as the old key (NFC, case and spacing only) left them: all five could be stored.
    # Stored withdrawn first, because saving today would already refuse them.
    rows = [
        (letter, "Springfield Town", "springfield town", "pending"),
        (letter, "Springfield Tówn", "springfield tówn", "pending"),
        (letter, "ＳＰＲＩＮＧＦＩＥＬＤ TOWN", "ｓｐｒｉｎｇｆｉｅｌｄ town", "verified"),
        (letter, "Springfield Town", "springfield town", "rejected"),
        (other_letter, "Springfield Tówn", "springfield tówn", "pending"),
    ]
    stored = []
    for page, name, old_key, status in rows:
        signature = SignatureFactory(letter=page, city_name=name, state="IL", status="withdrawn")
        Signature.objects.filter(pk=signature.pk).update(city_key=old_key, status=status)
        stored.append(signature)
    first, second, third, rejected, elsewhere = stored

    lines = []
    migration.rebuild_city_keys(apps, None, report=lines.append)

    rows = {s.pk: s for s in Signature.objects.filter(pk__in=[s.pk for s in stored])}
    assert {s.city_key for s in rows.values()} == {"springfield town"}
    assert rows[first.pk].status == SignatureStatus.PENDING
    assert rows[second.pk].status == SignatureStatus.REVIEW
    assert rows[third.pk].status == SignatureStatus.REVIEW
    assert rows[rejected.pk].status == SignatureStatus.REJECTED
    assert rows[elsewhere.pk].status == SignatureStatus.PENDING  # another letter
    assert len(lines) == 3 and f"duplicates signature {first.pk}" in lines[0]
    assert "2 signature(s) need staff review" in lines[-1]


def test_migration_folds_as_the_model_does():
    samples = ["San José", "Ｆｒｅｓｎｏ", "ﬂagstaff", "Straße", "x" * 200 + "ß"]
    assert [migration.fold(s) for s in samples] == [city_key(s) for s in samples]
