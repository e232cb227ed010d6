"""Campaign staff verifying hundreds: inspect-view actions, badges, a select filter, plain
messages, exports in the site's time zone, and every change in the audit log."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from wagtail.models import PageLogEntry

from taskforce.letters.models import Signature, SignatureStatus
from tests.letters.factories import SignatureFactory, new_letter
from tests.staff import CAMPAIGN_STAFF, member

pytestmark = pytest.mark.django_db

INDEX = "/admin/letters/signature/"
BULK = "/admin/letters/signature/bulk/"


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(member(django_user_model, CAMPAIGN_STAFF, "verifier"))
    return client


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_verify_and_reject_from_the_inspect_view(staff):
    signature = SignatureFactory(letter=new_letter(), state="AZ", city_name="Tempe")
    page = soup(staff.get(f"{INDEX}inspect/{signature.pk}/"))
    assert page.select_one(".signature-status--pending").get_text() == "Pending"
    form = page.select_one("form.signature-inspect__actions")
    buttons = {b["value"]: b.get_text(strip=True) for b in form.select("button")}
    assert buttons == {"verify": "Verify", "reject": "Reject"}

    back = f"{INDEX}inspect/{signature.pk}/"
    response = staff.post(form["action"], {"ids": signature.pk, "next": back, "action": "verify"})
    assert response.status_code == 302 and response.url == back
    assert messages_of(response) == ["1 signature marked verified."]
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.VERIFIED
    page = soup(staff.get(back))
    assert page.select_one(".signature-status--verified").get_text() == "Verified"
    assert [b["value"] for b in page.select("form.signature-inspect__actions button")] == ["reject"]


def test_messages_count_in_words(staff):
    letter = new_letter()
    ids = [SignatureFactory(letter=letter, state=state).pk for state in ("AZ", "OH", "TX")]
    response = staff.post(BULK, {"ids": ids, "action": "reject", "next": INDEX})
    assert messages_of(response) == ["3 signatures marked rejected."]


def test_status_badges_and_the_state_filter_is_one_select(staff):
    letter = new_letter()
    SignatureFactory(letter=letter, state="AZ", status="verified")
    SignatureFactory(letter=letter, state="OH")
    page = soup(staff.get(f"{INDEX}?letter__id__exact={letter.pk}"))
    badges = sorted(b.get_text() for b in page.select("td .signature-status"))
    assert badges == ["Pending", "Verified"]
    select = page.select_one("select[name=state__exact]")
    assert select is not None
    assert len(select.select("option")) > 50  # every state and territory, in one control
    assert page.select_one(f"label[for={select['id']}]").get_text(strip=True) == "By state"
    # The select keeps the other filters.
    kept = {i["name"]: i["value"] for i in select.find_parent("form").select("input[type=hidden]")}
    assert kept == {"letter__id__exact": str(letter.pk)}
    assert not page.select("a[href*='state__exact=']"), "no 56 filter buttons"

    filtered = soup(staff.get(f"{INDEX}?letter__id__exact={letter.pk}&state__exact=OH"))
    assert [td.get_text(strip=True) for td in filtered.select("td.field-city_column")] == [
        f"{Signature.objects.get(state='OH', letter=letter).city_label}"
    ]
    assert filtered.select_one("select[name=state__exact] option[selected]")["value"] == "OH"


def test_status_changes_and_exports_are_in_the_audit_log(staff):
    letter = new_letter()
    ids = [SignatureFactory(letter=letter, state=state).pk for state in ("AZ", "OH")]
    staff.post(BULK, {"ids": ids, "action": "verify", "next": INDEX})
    staff.post(BULK, {"ids": ids[:1], "action": "verify", "next": INDEX})  # no change: no entry
    response = staff.get(f"{INDEX}?letter__id__exact={letter.pk}&export=xlsx")
    b"".join(response.streaming_content)

    entries = PageLogEntry.objects.filter(page=letter).order_by("timestamp")
    status = entries.get(action="letters.signatures.status")
    assert status.user.username == "verifier"
    assert status.data == {"status": "verified", "count": 2, "ids": ids}
    export = entries.get(action="letters.signatures.export")
    assert export.user.username == "verifier"
    assert export.data == {"format": "xlsx", "count": 2}
    # The log holds counts and ids, never a contact.
    for entry in entries:
        assert "@" not in str(entry.data)
    assert status.message == "Changed signature status"


def test_the_log_view_names_the_action(staff, django_user_model):
    letter = new_letter()
    staff.post(BULK, {"ids": [SignatureFactory(letter=letter).pk], "action": "verify"})
    entry = PageLogEntry.objects.get(page=letter, action="letters.signatures.status")
    assert entry.timestamp is not None
