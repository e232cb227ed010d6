import pytest

pytestmark = pytest.mark.django_db


def test_immigration_hub_lists_its_adopted_resolutions(client):
    html = client.get("/issues/immigration/").content.decode()
    assert '<h2 id="hub-resolutions-heading">Adopted policy</h2>' in html
    section = html.split('id="hub-resolutions-heading"')[1].split("</section>")[0]
    assert (
        "Keeping Local Police Focused on Local Safety" in section or "Restoring Refugee" in section
    )
    assert "Body-Worn" not in section
    assert section.count('class="resolution-item"') == 5
    assert 'href="/resolutions/?tag=immigration-reform&amp;status=adopted"' in section


def test_committee_hub_lists_its_resolutions(client):
    html = client.get("/task-forces/criminal-and-social-justice/").content.decode()
    section = html.split('id="hub-resolutions-heading"')[1].split("</section>")[0]
    assert "Background Checks on All Firearm Sales" in section
    assert "A National Registry of Police Use-of-Force Data" not in section  # not adopted
    assert (
        'href="/resolutions/?committee=criminal-and-social-justice&amp;status=adopted"' in section
    )


def test_hub_without_resolutions_shows_no_empty_section(client):
    from taggit.models import Tag

    from taskforce.models import TaskForcePage

    hub = TaskForcePage.objects.get(slug="latino-alliance")
    hub.news_tag = Tag.objects.create(name="Alliance news", slug="alliance-news")
    hub.save_revision().publish()
    html = client.get(hub.url).content.decode()
    assert hub.title in html
    assert "Adopted policy" not in html


def test_sponsor_page_lists_resolutions_and_chaired_sessions(client):
    html = client.get("/people/john-giles/").content.decode()
    sponsored = html.split('id="person-resolutions-heading"')[1].split("</section>")[0]
    assert "In Support of Comprehensive Immigration Reform" in sponsored
    assert "Humane Conditions and Due Process at the Border" in sponsored
    assert 'href="/resolutions/?sponsor=john-giles"' in sponsored
    chaired = html.split('id="person-sessions-heading"')[1].split("</section>")[0]
    assert "Immigration Reform Task Force</a>, 87th Annual Meeting" in chaired
    assert 'href="/meetings/87th-annual-meeting-2019/#session-' in chaired


def test_database_filtered_by_sponsor(client):
    html = client.get("/resolutions/?sponsor=john-giles").content.decode()
    assert "<h1>Resolutions sponsored by Mayor John Giles</h1>" in html
    assert "3 resolutions" in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("refugee admissions", "Restoring Refugee Admissions"),
        ("11", "Standards and Funding for Body-Worn Cameras"),
        ("deportation", "Keeping Local Police Focused on Local Safety"),
    ],
)
def test_search_finds_resolutions_by_words_number_and_text(client, query, expected):
    html = client.get("/search/", {"q": query}).content.decode()
    section = html.split('id="search-resolutions-heading"')[1].split("</section>")[0]
    assert expected in section


def test_search_finds_meetings_by_name(client):
    html = client.get("/search/", {"q": "87th Annual Meeting"}).content.decode()
    assert 'href="/meetings/87th-annual-meeting-2019/"' in html
    html = client.get("/search/", {"q": "winter meeting", "type": "meetings"}).content.decode()
    assert "85th Winter Meeting" in html


def test_a_deleted_sponsor_stays_named_on_the_resolution(client):
    from policy.models import Resolution
    from taskforce.models import Person

    Person.objects.get(last_name="Schieve").delete()
    resolution = Resolution.objects.get(number=4)
    assert resolution.sponsor_labels() == [
        "Mayor Hillary Schieve of Reno, NV",
        "Mayor Eric Garcetti of Los Angeles, CA",
    ]
