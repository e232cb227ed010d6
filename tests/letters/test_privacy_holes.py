"""The two ways people without the signature permission reached signers' contact data."""

import pytest
from django.core import mail
from wagtail.test.utils.form_data import querydict_from_html

from taskforce.letters.models import Signature
from taskforce.letters.services import submit_signature
from tests.letters.factories import SignatureFactory, new_letter, valid_post
from tests.staff import APPROVERS, CAMPAIGN_STAFF, member

pytestmark = pytest.mark.django_db

INDEX = "/admin/letters/signature/"


def edit_form(client, letter):
    response = client.get(f"/admin/pages/{letter.pk}/edit/")
    assert response.status_code == 200
    return response, querydict_from_html(response.content.decode(), form_id="page-edit-form")


def test_a_publisher_without_the_permission_cannot_redirect_the_signer_notes(
    client, django_user_model
):
    letter = new_letter()
    approver = member(django_user_model, APPROVERS, "publisher")
    assert letter.permissions_for_user(approver).can_publish()
    client.force_login(approver)
    response, data = edit_form(client, letter)
    assert "staff_notification_emails" not in data
    assert b"staff@example.org" not in response.content  # cannot even see who is told

    data["staff_notification_emails"] = "publisher@example.org"
    data["action-publish"] = "action-publish"
    assert client.post(f"/admin/pages/{letter.pk}/edit/", data).status_code == 302
    letter.refresh_from_db()
    assert letter.staff_notification_emails == "staff@example.org, desk@example.org"
    assert letter.get_latest_revision().content["staff_notification_emails"] == (
        "staff@example.org, desk@example.org"
    )


def test_campaign_staff_see_and_change_the_addresses(client, django_user_model):
    letter = new_letter()
    client.force_login(member(django_user_model, CAMPAIGN_STAFF, "organizer"))
    _, data = edit_form(client, letter)
    assert data["staff_notification_emails"].strip() == "staff@example.org, desk@example.org"
    data["staff_notification_emails"] = "team@example.org"
    data["action-publish"] = "action-publish"
    assert client.post(f"/admin/pages/{letter.pk}/edit/", data).status_code == 302
    letter.refresh_from_db()
    assert letter.staff_notification_emails == "team@example.org"


def test_the_staff_note_links_to_the_admin_and_carries_no_contact(
    django_capture_on_commit_callbacks,
):
    letter = new_letter()
    mail.outbox.clear()
    data = valid_post()
    with django_capture_on_commit_callbacks(execute=True):
        from taskforce.letters.forms import SignatureForm

        form = SignatureForm(data)
        assert form.is_valid(), form.errors
        submit_signature(letter, form.cleaned_data)
    signature = Signature.objects.get(letter=letter)
    staff_notes = [m for m in mail.outbox if "staff@example.org" in m.to]
    assert len(staff_notes) == 1
    body = staff_notes[0].body
    assert signature.mayor_last_name in body
    assert "/admin/letters/signature/" in body
    for private in (signature.email, signature.phone.as_national, signature.contact_last_name):
        assert private not in body, private
    assert signature.email not in staff_notes[0].subject


@pytest.mark.parametrize(
    "probe",
    [
        "verified_by__password__startswith=pbkdf2_",
        "verified_by__email__contains=@",
        "email__startswith=a",
        "letter__owner__username=admin",
    ],
)
def test_the_listing_applies_only_its_own_filters(client, django_user_model, probe):
    letter = new_letter()
    SignatureFactory(letter=letter, state="AZ")
    SignatureFactory(letter=letter, state="OH")
    client.force_login(member(django_user_model, CAMPAIGN_STAFF, "counter"))
    response = client.get(f"{INDEX}?letter__id__exact={letter.pk}&{probe}")
    assert response.status_code == 302
    assert response.url == f"{INDEX}?letter__id__exact={letter.pk}"
    page = client.get(response.url)
    assert "Ignored what this listing cannot filter by" in page.content.decode()
    assert page.content.decode().count('name="ids"') == 2


def test_the_listing_keeps_search_ordering_paging_and_export(client, django_user_model):
    letter = new_letter()
    SignatureFactory(letter=letter, state="AZ")
    client.force_login(member(django_user_model, CAMPAIGN_STAFF, "counter"))
    query = f"?letter__id__exact={letter.pk}&status__exact=pending&state__exact=AZ&q=a&o=1&p=1"
    assert client.get(INDEX + query).status_code == 200
    assert client.get(INDEX + query + "&export=csv").status_code == 200
