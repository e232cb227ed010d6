"""The letter page reads as a letter first; the form follows; errors take the focus."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db
URL = "/issues/immigration/immigration-letter/"


def test_letter_comes_before_the_form_with_date_sender_and_addressee(client):
    html = BeautifulSoup(client.get(URL).content, "html.parser")
    sections = [s.get("id") or s.get("class")[0] for s in html.select("article > section")]
    assert sections.index("letter__text") < sections.index("sign")
    assert html.select_one(".letter__jump a")["href"] == "#sign"
    facts = {
        dt.get_text(strip=True): dt.find_next("dd").get_text(strip=True)
        for dt in html.select(".letter__facts dt")
    }
    assert facts["Date"] == "April 7, 2017"
    assert facts["From"].startswith("America's mayors")
    assert facts["To"].startswith("Members of the U.S. House")
    privacy = html.select_one(".sign-form__hint a")
    assert privacy["href"] == "/privacy/"


def test_failed_submit_titles_the_page_error_and_focuses_the_summary(client):
    response = client.post(URL, {"mayor_first_name": "", "city_name": "Mesa"})
    html = BeautifulSoup(response.content, "html.parser")
    assert html.title.get_text().startswith("Error: ")
    summary = html.select_one("#error-summary")
    assert summary.has_attr("autofocus") and summary["tabindex"] == "-1"
    assert html.select_one("form.sign-form__form")["action"].endswith("#sign")
    assert html.select_one("#id_city_name")["value"] == "Mesa"


def test_signers_on_the_public_list_are_the_sites_own_mayors_where_it_lists_them(client):
    from taskforce.letters.models import Signature, SignatureStatus
    from taskforce.models import Person

    for signature in Signature.objects.filter(status=SignatureStatus.VERIFIED):
        listed = Person.objects.filter(city__name=signature.city_name, city__state=signature.state)
        for person in listed:
            assert (person.first_name, person.last_name) == (
                signature.mayor_first_name,
                signature.mayor_last_name,
            ), signature.city_label
