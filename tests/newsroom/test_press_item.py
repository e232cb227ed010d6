"""A press item shows what the press needs: status, dates, contacts, boilerplates, end mark."""

import datetime
from urllib.parse import parse_qs, urlparse

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from newsroom.models import Organization, PressItemIssuer, PressItemPage

from .factories import BoilerplateFactory

pytestmark = pytest.mark.django_db

JOINT = "Joint Statement of USCM CEO"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def joint_statement():
    return PressItemPage.objects.get(title__startswith=JOINT)


def boilerplates(html):
    return {
        s.h2.get_text(strip=True): s.p.get_text(strip=True) for s in html.select(".boilerplate")
    }


def test_joint_statement_shows_both_boilerplates_in_order(client):
    html = soup(client.get(joint_statement().url))
    assert list(boilerplates(html)) == [
        "About U.S. Conference of Mayors",
        "About Major Cities Chiefs Association",
    ]
    uscm = boilerplates(html)["About U.S. Conference of Mayors"]
    assert "Some 1,400 cities qualify today" in uscm
    # The boilerplates come before the end mark, as in a printed release.
    text = html.select_one("article").get_text()
    assert text.index("About Major Cities Chiefs Association") < text.index("###")


def test_boilerplate_is_the_one_in_force_on_the_items_date(client):
    item = joint_statement()
    uscm = Organization.objects.get(short_name="USCM")
    BoilerplateFactory(
        organization=uscm, effective_from=item.date + datetime.timedelta(days=1), text="<p>New</p>"
    )
    BoilerplateFactory(
        organization=uscm, effective_from=item.date, text="<p>Draft wording</p>", live=False
    )
    about = boilerplates(soup(client.get(item.url)))["About U.S. Conference of Mayors"]
    assert "Some 1,400 cities qualify today" in about

    recent = PressItemPage.objects.live().order_by("-date").first()
    assert recent.date.year >= 2023
    recent_about = boilerplates(soup(client.get(recent.url)))["About U.S. Conference of Mayors"]
    assert "Threads" in recent_about  # the 2023 wording names the newer networks


def test_organization_with_no_boilerplate_in_force_shows_none(client):
    item = joint_statement()
    late = Organization.objects.create(name="Late Partners")
    BoilerplateFactory(organization=late, effective_from=datetime.date(2030, 1, 1))
    PressItemIssuer.objects.create(page=item, organization=late, sort_order=5)
    assert "About Late Partners" not in boilerplates(soup(client.get(item.url)))


def test_release_line_contact_and_end_mark(client):
    item = joint_statement()
    html = soup(client.get(item.url))
    assert html.select_one(".press-item__release").get_text(strip=True) == "For Immediate Release"
    contacts = html.select_one(".press-item__contacts").get_text(" ", strip=True)
    assert "press@example.org" in contacts and "(202) 555-0147" in contacts
    assert html.select_one(".end-mark [aria-hidden]").get_text(strip=True) == "###"


def test_updated_item_shows_update_date_and_correction_note(client):
    item = PressItemPage.objects.get(title="U.S. Mayors Call for Comprehensive Immigration Reform")
    note = soup(client.get(item.url)).select_one(".press-item__update")
    assert note.time["datetime"] == "2017-02-22"
    assert "February 22, 2017" in note.get_text()
    assert item.correction_note in note.get_text()


def test_media_advisory_block_lists_what_who_when_where(client):
    item = PressItemPage.objects.get(title__startswith="ADVISORY: American Mayors")
    html = soup(client.get(item.url))
    terms = [dt.get_text(strip=True).upper() for dt in html.select(".advisory dt")]
    assert terms[:4] == ["WHAT", "WHO", "WHEN", "WHERE"]
    assert "April 26, 2024" in html.select_one(".advisory").get_text()


def test_share_and_follow_links(client):
    item = joint_statement()
    html = soup(client.get(item.url))
    share = {a.get_text(strip=True).split("(")[0]: a["href"] for a in html.select(".share-links a")}
    assert list(share) == ["Email", "X", "Facebook", "LinkedIn"]
    full_url = item.full_url  # the canonical address of the site, not the request host
    x = parse_qs(urlparse(share["X"]).query)
    assert x["url"] == [full_url] and x["via"] == ["usmayors"]
    assert parse_qs(urlparse(share["Facebook"]).query)["u"] == [full_url]
    assert parse_qs(urlparse(share["LinkedIn"]).query)["url"] == [full_url]
    assert share["Email"].startswith("mailto:?subject=")
    follow = [a.get_text(strip=True) for a in html.select(".follow-links a")]
    assert follow == ["X", "Facebook", "Instagram", "LinkedIn", "Threads", "Medium"]


def test_embargo_needs_a_time_and_schedules_go_live():
    item = PressItemPage.objects.live().first()
    item.release_status = "embargoed"
    item.embargo_until = None
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "embargo_until" in error.value.message_dict
    lift = datetime.datetime(2031, 5, 1, 10, tzinfo=datetime.UTC)
    item.embargo_until = lift
    item.full_clean()
    assert item.go_live_at == lift


def test_update_cannot_precede_the_items_date():
    item = PressItemPage.objects.live().first()
    item.updated = item.date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "updated" in error.value.message_dict
