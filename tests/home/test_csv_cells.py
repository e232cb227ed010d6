"""Every CSV the site produces opens in a spreadsheet as text, never as a formula."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from home.csv_cells import FORMULA_STARTS, HARMLESS, neutralise
from taskforce.models import Person
from tests.letters.factories import new_letter, valid_post


@pytest.mark.parametrize(
    ("typed", "exported"),
    [
        ("=2+5+x@example.org", "'=2+5+x@example.org"),
        ("+SUM(A1:A9)", "'+SUM(A1:A9)"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ('=HYPERLINK("http://evil.example", "x")', '\'=HYPERLINK("http://evil.example", "x")'),
        ("+14805550188", "+14805550188"),  # a phone number stays readable
        ("-5", "-5"),
        ("-", "-"),  # Wagtail's empty value
        ("--x", "'--x"),
        ("Mesa", "Mesa"),
        ("a=b", "a=b"),
        ("", ""),
        (None, None),
        (7, 7),
    ],
)
def test_neutralise(typed, exported):
    assert neutralise(typed) == exported


@given(st.text())
def test_no_neutralised_cell_starts_a_formula(text):
    cell = neutralise(text)
    assert not cell.startswith(FORMULA_STARTS) or (cell == text and HARMLESS.fullmatch(text))
    assert cell.removeprefix("'") == text or cell == text


def rows_of(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def login_as(client, django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)


@pytest.mark.django_db
@pytest.mark.usefixtures("fresh_cache")
def test_signers_email_formula_reaches_staff_csv_as_text(client, django_user_model):
    letter = new_letter(title="Letter on transit")
    response = client.post(
        letter.url,
        valid_post(email="=2+5+x@example.org"),
        REMOTE_ADDR="203.0.113.9",
    )
    assert response.status_code == 302
    login_as(client, django_user_model, "campaigner", "Campaign staff")
    rows = rows_of(
        client.get("/admin/letters/signature/", {"letter__id__exact": letter.pk, "export": "csv"})
    )
    # Names are checked by the form; an email address may legally start with "=".
    assert [r["Contact email"] for r in rows] == ["'=2+5+x@example.org"]
    assert rows[0]["Contact phone"] == "+12025550142"


@pytest.mark.django_db
def test_people_csv_neutralises_a_formula_in_a_name(admin_client):
    person = Person.objects.get(slug="john-giles")
    person.first_name = "@SUM(1+1)*cmd"
    person.save()
    rows = rows_of(
        admin_client.get(
            reverse("wagtailsnippets_taskforce_person:list"), {"export": "csv", "state": "AZ"}
        )
    )
    assert "'@SUM(1+1)*cmd" in {r["First name"] for r in rows}


@pytest.mark.django_db
def test_wagtail_report_csv_neutralises_a_page_title(admin_client):
    """Wagtail's own reports go through the same exporter."""
    from wagtail.models import Page

    page = Page.objects.get(slug="immigration").specific
    page.title = "=IMPORTXML(A1)"
    page.save_revision().publish()
    rows = rows_of(
        admin_client.get(reverse("wagtailadmin_reports:site_history"), {"export": "csv"})
    )
    titles = {cell for row in rows for cell in row.values()}
    assert "'=IMPORTXML(A1)" in titles
    assert "=IMPORTXML(A1)" not in titles
