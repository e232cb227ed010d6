"""Editors manage organizations, boilerplates and media contacts in the snippet admin."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from newsroom.models import Boilerplate, Organization

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    return client


def listing(client, model, query=""):
    url = reverse(f"wagtailsnippets_newsroom_{model}:list") + query
    response = client.get(url)
    assert response.status_code == 200, url
    html = BeautifulSoup(response.content, "html.parser")
    return [" ".join(row.get_text().split()) for row in html.select("table.listing tbody tr")]


def test_organizations_listing_and_search(editor_client):
    rows = listing(editor_client, "organization")
    assert len(rows) == 3
    assert [r for r in rows if "Major Cities Chiefs Association" in r]
    found = listing(editor_client, "organization", "?q=chiefs")
    assert len(found) == 1 and "MCCA" in found[0]


def test_boilerplates_filter_by_organization(editor_client):
    uscm = Organization.objects.get(short_name="USCM")
    rows = listing(editor_client, "boilerplate", f"?organization={uscm.pk}")
    assert len(rows) == 2
    assert all("U.S. Conference of Mayors" in r for r in rows)


def test_media_contacts_search_by_email(editor_client):
    rows = listing(editor_client, "mediacontact", "?q=press@example.org")
    assert len(rows) == 1 and "Jordan Ellis" in rows[0]


def test_boilerplate_draft_is_not_live_until_published(editor_client):
    uscm = Organization.objects.get(short_name="USCM")
    url = reverse("wagtailsnippets_newsroom_boilerplate:add")
    response = editor_client.post(
        url,
        {
            "organization": uscm.pk,
            "effective_from": "2030-01-01",
            "text": '{"blocks":[{"key":"a","type":"unstyled","depth":0,"text":"Future '
            'wording","inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        },
    )
    assert response.status_code == 302
    draft = Boilerplate.objects.get(organization=uscm, effective_from="2030-01-01")
    assert not draft.live
    assert uscm.boilerplate_on(draft.effective_from).effective_from.year == 2023


def test_press_item_edit_view_shows_issuers_and_contacts(editor_client):
    from newsroom.models import PressItemPage

    item = PressItemPage.objects.get(title__startswith="Joint Statement of USCM")
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(item.pk,)))
    assert response.status_code == 200
    html = response.content.decode()
    for label in ["Issued by", "Media contacts", "Embargo until", "Correction note"]:
        assert label in html, label
