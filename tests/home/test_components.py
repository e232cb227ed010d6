"""Shared components rendered on their own, as any page that includes them would."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.test import RequestFactory

from home.pagination import paginate
from taskforce.letters.choices import PublicList
from taskforce.models import Person, TaskForcePage
from tests.letters.factories import SignatureFactory, new_letter

pytestmark = pytest.mark.django_db


def render(template, **context):
    context.setdefault("request", RequestFactory().get("/"))
    return BeautifulSoup(render_to_string(template, context), "html.parser")


def test_leader_card_links_the_person_and_the_label_page_when_given():
    person = Person.objects.get(slug="john-giles")
    body = TaskForcePage.objects.get(slug="immigration-reform")
    card = render("components/leader_card.html", person=person, label="Chair", label_page=body)
    name = card.select_one(".leader__name a")
    assert name["href"] == "/people/john-giles/"
    assert name.get_text(strip=True) == "Mayor John Giles"
    assert card.select_one(".leader__city").get_text(strip=True) == "| Mesa, AZ"
    role = card.select_one(".leader__role a")
    assert (role["href"], role.get_text()) == ("/task-forces/immigration-reform/", "Chair")


def test_leader_card_without_label_page_or_photo_shows_plain_label_and_initials():
    person = Person(first_name="Ada", last_name="Nophoto", slug="")
    card = render("components/leader_card.html", person=person, label="President")
    assert card.select_one(".leader__role").get_text(strip=True) == "President"
    assert card.select(".leader__role a") == []
    assert card.select(".leader__name a") == []  # no slug: no person page to link
    assert card.select_one(".leader__photo--placeholder").get_text(strip=True) == "AN"


def test_pagination_marks_the_current_page_and_keeps_the_filters():
    page = paginate(list(range(95)), "3", 20)
    nav = render("components/pagination.html", page_links=page.links({"tag": "housing"}))
    current = nav.select_one("a[aria-current=page]")
    assert current.get_text(" ", strip=True) == "Page 3"
    assert nav.select_one("a[rel=prev]")["href"] == "?tag=housing&page=2"
    assert nav.select_one("a[rel=next]")["href"] == "?tag=housing&page=4"
    assert (
        render("components/pagination.html", page_links=paginate([1], "1", 20).links()).nav is None
    )


@pytest.mark.parametrize(
    ("public_list", "has_section", "has_names"),
    [
        (PublicList.NAMES, True, True),
        (PublicList.COUNT, True, False),
        (PublicList.HIDDEN, False, False),
    ],
)
def test_signers_section_follows_the_letters_public_list(public_list, has_section, has_names):
    letter = new_letter(public_list=public_list)
    SignatureFactory(letter=letter, mayor_last_name="Verifiedname", status="verified")
    html = render("letters/includes/signers.html", page=letter)
    assert (html.select_one("section.signers") is not None) == has_section
    assert ("Verifiedname" in html.get_text()) == has_names
