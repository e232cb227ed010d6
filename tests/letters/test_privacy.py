"""Signers' contact details never leave the staff side: not in pages, search, feeds or sitemaps."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.models import IndexEntry

from taskforce.letters.models import Signature, SignOnLetterPage
from tests.letters.factories import SignatureFactory, new_letter, valid_post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

EMAIL = "private.person@example.org"
SECRETS = [EMAIL, "Private", "Secretcontact", "555-0177", "5550177"]


@pytest.fixture
def verified_signature():
    letter = new_letter(title="Letter on water")
    signature = SignatureFactory(
        letter=letter,
        mayor_first_name="Open",
        mayor_last_name="Publicname",
        city_name="Yuma",
        state="AZ",
        contact_first_name="Private",
        contact_last_name="Secretcontact",
        email=EMAIL,
        phone="+12025550177",
        status="verified",
    )
    return signature


def assert_no_secrets(content):
    text = content.decode() if isinstance(content, bytes) else content
    for secret in SECRETS:
        assert secret not in text, secret


def test_public_letter_page_lists_the_mayor_but_no_contact_data(client, verified_signature):
    response = client.get(verified_signature.letter.url)
    assert "Mayor Open Publicname, Yuma, AZ" in response.content.decode()
    assert_no_secrets(response.content)


def test_site_search_by_signer_email_or_contact_name_finds_nothing(client, verified_signature):
    call_command("update_index", verbosity=0)
    for term in [EMAIL, "Secretcontact", "private.person"]:
        response = client.get("/search/", {"q": term})
        assert response.status_code == 200
        main = BeautifulSoup(response.content, "html.parser").select_one("main")
        assert main is not None
        assert "No results found" in main.get_text()
        # The query itself is echoed back to whoever typed it (heading, search box): the rest of
        # the page must hold nothing.
        for echo in main.select("h1, input[name=q]"):
            echo.decompose()
        assert_no_secrets(str(main))
    assert Page.objects.live().search("Secretcontact").count() == 0


def test_signatures_are_not_in_the_search_index():
    assert not issubclass(Signature, index.Indexed)
    indexed = {f.field_name for f in SignOnLetterPage.search_fields}
    assert indexed.isdisjoint(
        {"signatures", "email", "phone", "contact_first_name", "contact_last_name"}
    )
    call_command("update_index", verbosity=0)
    for secret in [EMAIL, "Secretcontact", "5550177"]:
        assert not IndexEntry.objects.filter(body__icontains=secret).exists(), secret
        assert not IndexEntry.objects.filter(title__icontains=secret).exists(), secret


def test_sitemap_holds_no_contact_data(client, verified_signature):
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert verified_signature.letter.url.encode() in sitemap.content
    assert_no_secrets(sitemap.content)


def test_news_feed_holds_no_contact_data(client, verified_signature):
    feed = client.get("/news/feed/")
    assert feed.status_code == 200
    assert feed.content.count(b"<item>") >= 1
    assert_no_secrets(feed.content)


def test_thank_you_page_holds_no_contact_data_even_for_the_signer(client):
    letter = new_letter()
    response = client.post(
        letter.url, valid_post(email=EMAIL, contact_last_name="Secretcontact"), follow=True
    )
    assert "Thank you for signing" in response.content.decode()
    assert_no_secrets(response.content)


def test_pending_signatures_are_not_public(client):
    letter = new_letter()
    SignatureFactory(letter=letter, mayor_last_name="Notyetverified")
    response = client.get(letter.url)
    assert "Notyetverified" not in response.content.decode()
    assert "0 mayors from 0 states" in response.content.decode()
