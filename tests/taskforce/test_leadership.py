"""Leadership as structured data: derived labels, hubs, person pages, officers, mentions."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.models import HomeFeaturedIssue, HomePage
from newsroom.models import PressItemPage
from taskforce.models import (
    City,
    IssuePage,
    PeopleIndexPage,
    Person,
    TaskForcePage,
    derive_role_label,
)

from ..newsroom.factories import make_press_items, make_tag
from .factories import (
    link_press,
    make_issue,
    make_people,
    make_person,
    make_task_force,
    quote_body,
)

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def leaders(html):
    return [
        (
            li.select_one(".leader__name").get_text(" ", strip=True),
            li.select_one(".leader__role").get_text(" ", strip=True),
        )
        for li in html.select(".leader")
    ]


def count_queries(client, url):
    """Queries of a warm request (the first fills per-process caches such as site root paths
    and makes image renditions); the rendition cache is emptied so prefetching must do its job."""
    client.get(url)
    caches["renditions" if "renditions" in settings.CACHES else "default"].clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


# --- The one labelling rule -------------------------------------------------------------------


@pytest.mark.parametrize(
    "role, qualifier, body, expected",
    [
        ("Chair", "", "Immigration Reform Task Force", "Immigration Reform Task Force Chair"),
        (
            "Vice Chair",
            "for Border Policy",
            "Criminal & Social Justice Committee",
            "Vice Chair for Border Policy, Criminal & Social Justice Committee",
        ),
        (
            "Chair",
            "",
            "Latino Alliance of the U.S. Conference of Mayors",
            "Chair, Latino Alliance of the U.S. Conference of Mayors",
        ),
        ("Co-Chair", "", "Mayors Water Council", "Mayors Water Council Co-Chair"),
        (
            "Chair",
            "",
            "Council on Metro Economies and the New American City",
            "Chair, Council on Metro Economies and the New American City",
        ),
        ("Vice Chair", "for Border Policy", "", "Vice Chair for Border Policy"),
        ("Chair", "", "", "Chair"),
        ("Member", "  ", "  Homelessness Task Force ", "Homelessness Task Force Member"),
    ],
)
def test_role_label_rule(role, qualifier, body, expected):
    assert derive_role_label(role, qualifier, body) == expected


# --- Hubs -------------------------------------------------------------------------------------


def test_immigration_shows_three_seed_leaders_with_placeholders_and_derived_roles(client):
    html = soup(client.get("/issues/immigration/"))
    assert leaders(html) == [
        ("Mayor John Giles | Mesa, AZ", "Immigration Reform Task Force Chair"),
        (
            "Mayor Todd Gloria | San Diego, CA",
            "Vice Chair for Border Policy, Criminal & Social Justice Committee",
        ),
        (
            "Mayor Regina Romero | Tucson, AZ",
            "Chair, Latino Alliance of the U.S. Conference of Mayors",
        ),
    ]
    placeholders = [s.get_text(strip=True) for s in html.select(".leader__photo--placeholder")]
    assert placeholders == ["JG", "TG", "RR"]
    assert html.select_one(".leader__name a")["href"] == "/people/john-giles/"


def test_body_page_lists_roles_entered_on_other_hubs_without_repeating_its_name(client):
    html = soup(client.get("/task-forces/criminal-and-social-justice/"))
    assert ("Mayor Todd Gloria | San Diego, CA", "Vice Chair for Border Policy") in leaders(html)
    html = soup(client.get("/task-forces/latino-alliance/"))
    assert leaders(html) == [("Mayor Regina Romero | Tucson, AZ", "Chair")]


def test_changing_a_body_title_relabels_roles_on_every_hub(client):
    body = TaskForcePage.objects.get(slug="immigration-reform")
    body.title = "Immigration Task Force"
    body.save_revision().publish()
    html = soup(client.get("/issues/immigration/"))
    assert leaders(html)[0][1] == "Immigration Task Force Chair"
    html = soup(client.get("/people/john-giles/"))
    assert "Immigration Task Force Chair" in html.select_one(".role-list").get_text(" ")


def test_renaming_a_person_in_the_admin_changes_every_page(admin_client, client):
    giles = Person.objects.get(slug="john-giles")
    url = reverse("wagtailsnippets_taskforce_person:edit", args=[giles.pk])
    form = soup(admin_client.get(url))
    assert form.find("input", attrs={"name": "first_name"})["value"] == "John"
    response = admin_client.post(
        url,
        {
            "honorific": "Mayor",
            "first_name": "Jonathan",
            "last_name": "Giles",
            "city": giles.city_id,
            "photo": "",
            "bio": giles.bio,
            "slug": giles.slug,
            "press_links-TOTAL_FORMS": "0",
            "press_links-INITIAL_FORMS": "0",
            "press_links-MIN_NUM_FORMS": "0",
            "press_links-MAX_NUM_FORMS": "1000",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    for hub in ["/issues/immigration/", "/task-forces/immigration-reform/"]:
        names = [name for name, _ in leaders(soup(client.get(hub)))]
        assert "Mayor Jonathan Giles | Mesa, AZ" in names, hub
        assert not any("John Giles" in n for n in names)
    assert soup(client.get("/people/john-giles/")).h1.get_text(strip=True) == "Mayor Jonathan Giles"


def test_a_draft_person_is_never_shown(client):
    person = make_person("Dana", "Draft", live=False)
    make_issue("draft-issue", [person])
    html = soup(client.get("/issues/draft-issue/"))
    assert leaders(html) == []
    assert "Dana Draft" not in html.get_text()
    assert client.get(f"/people/{person.slug}/").status_code == 404
    assert "Dana Draft" not in client.get("/people/").content.decode()


def test_roles_on_unpublished_hubs_are_not_shown_elsewhere(client):
    person = make_person("Una", "Published")
    body = TaskForcePage.objects.get(slug="latino-alliance")
    issue = make_issue("hidden-issue", [person], body=body)
    issue.unpublish()
    assert "Una Published" not in client.get(body.url).content.decode()
    html = soup(client.get(f"/people/{person.slug}/"))
    assert html.select_one(".role-list") is None


@pytest.mark.parametrize("kind", ["issue", "task_force"])
def test_hub_queries_do_not_grow_with_leaders_or_news(client, kind):
    def build(n):
        people = make_people(n, prefix=f"{kind[:2]}{n}x", photos=True)
        tag = make_tag(f"{kind}-{n}")
        make_press_items(n, tags=[tag], prefix=f"{kind} news {n}")
        if kind == "issue":
            page = make_issue(f"{kind}-{n}", people, tag=tag)
        else:
            page = make_task_force(f"{kind}-{n}", people, news_tag=tag)
            # Roles in this body entered on other hubs are listed too.
            others = make_people(n, prefix=f"o{n}x", photos=True)
            make_issue(f"{kind}-{n}-other", others, body=page)
        return page

    small, large = build(3), build(30)
    count_queries(client, small.url)  # renders the share image's rendition, once ever
    small_count, _ = count_queries(client, small.url)
    large_count, response = count_queries(client, large.url)
    html = soup(response)
    expected = 30 if kind == "issue" else 60
    assert len(html.select(".leader")) == expected
    assert len(html.select(".card")) == 5
    assert len(html.select("img.leader__photo")) == expected
    assert small_count == large_count


# --- Person pages -----------------------------------------------------------------------------


def test_person_page_shows_city_roles_with_hub_links_and_news(client):
    html = soup(client.get("/people/todd-gloria/"))
    assert html.h1.get_text(strip=True) == "Mayor Todd Gloria"
    assert html.select_one(".person__city").get_text(strip=True) == "San Diego, California"
    role = html.select_one(".role-list li")
    assert role.get_text(" ", strip=True).startswith(
        "Vice Chair for Border Policy, Criminal & Social Justice Committee"
    )
    assert {a["href"] for a in role.select("a")} == {
        "/task-forces/criminal-and-social-justice/",
        "/issues/immigration/",
    }


def test_person_page_lists_press_items_linked_by_editors(client):
    cochran = Person.objects.get(slug="tom-cochran")
    [item] = make_press_items(1, prefix="Linked")
    link_press(cochran, [item])
    html = soup(client.get("/people/tom-cochran/"))
    titles = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert item.title in titles
    assert "CEO & Executive Director of the Conference" in html.select_one(".role-list").get_text()


def test_quote_speaker_counts_as_mention_when_published(client):
    giles = Person.objects.get(slug="john-giles")
    [item] = make_press_items(1, body=quote_body(giles), prefix="Quoted")
    html = soup(client.get("/people/john-giles/"))
    titles = [a.get_text(strip=True) for a in html.select(".card__title a")]
    assert item.title in titles

    # The quote is taken out and the item republished: the mention goes.
    item = PressItemPage.objects.get(pk=item.pk)
    item.body = []
    item.save_revision().publish()
    html = soup(client.get("/people/john-giles/"))
    assert item.title not in [a.get_text(strip=True) for a in html.select(".card__title a")]


def test_unpublished_press_item_is_not_listed_as_a_mention(client):
    gloria = Person.objects.get(slug="todd-gloria")
    [item] = make_press_items(1, body=quote_body(gloria), prefix="Pulled")
    item.unpublish()
    assert "Pulled" not in client.get("/people/todd-gloria/").content.decode()


def test_person_page_queries_do_not_grow_with_roles_or_mentions(client):
    def build(n):
        [person] = make_people(1, prefix=f"P{n}q")
        for i in range(n):
            make_issue(f"pq-{n}-{i}", [person])
        make_press_items(n, body=quote_body(person), prefix=f"Q{n}")
        linked = make_press_items(n, prefix=f"L{n}")
        link_press(person, linked)
        return person

    small, large = build(3), build(30)
    small_count, _ = count_queries(client, f"/people/{small.slug}/")
    large_count, response = count_queries(client, f"/people/{large.slug}/")
    html = soup(response)
    assert len(html.select(".role-list li")) == 1  # one label, thirty hub links
    assert len(html.select(".role-list a")) == 30
    assert len(html.select(".card")) == 50  # newest fifty of sixty mentions
    assert small_count == large_count


@pytest.mark.parametrize("path", ["/people/no-such-person/", "/people/%E2%9C%93/", "/people/a/b/"])
def test_unknown_person_is_a_404(client, path):
    assert client.get(path).status_code == 404


def test_people_index_lists_current_and_past_officers(client):
    html = soup(client.get("/people/"))
    current = [li.get_text(" ", strip=True) for li in html.select(".leaders .leader")]
    assert current == [
        "AG Mayor Andrew Ginther | Columbus, OH President",
        "TC Tom Cochran CEO & Executive Director",
    ]
    past = html.find("h2", string="Past officers").find_next("ul").get_text(" ", strip=True)
    assert "Mayor Hillary Schieve , President, 2023–2024" in past


def test_person_slugs_stay_unique_for_namesakes():
    first = make_person("Sam", "Same", city="Austin", state="TX")
    second = make_person("Sam", "Same", city="Dallas", state="TX")
    assert (first.slug, second.slug) == ("sam-same", "sam-same-dallas-tx")


# --- Cities -----------------------------------------------------------------------------------


def test_same_city_name_in_two_states_coexists_but_not_twice_in_one():
    mo = City.objects.get(name="Kansas City", state="MO")
    ks = City.objects.get(name="Kansas City", state="KS")
    assert (mo.slug, ks.slug) == ("kansas-city-mo", "kansas-city-ks")
    duplicate = City(name="Kansas City", state="MO")
    with pytest.raises(ValidationError) as err:
        duplicate.full_clean()
    assert err.value.message_dict["name"] == [
        "Kansas City, MO is already in the list of cities. Choose it instead of adding it again."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        City.objects.create(name="Kansas City", state="MO")


def test_city_admin_refuses_duplicate_with_message_next_to_name(admin_client):
    url = reverse("wagtailsnippets_taskforce_city:add")
    response = admin_client.post(url, {"name": "Mesa", "state": "AZ", "population": ""})
    assert response.status_code == 200
    assert "Mesa, AZ is already in the list of cities" in response.content.decode()
    assert City.objects.filter(name="Mesa", state="AZ").count() == 1
    response = admin_client.post(url, {"name": "Mesa", "state": "WA", "population": ""})
    assert response.status_code == 302
    assert City.objects.get(name="Mesa", state="WA").label == "Mesa, WA"


def test_city_admin_rejects_unknown_state(admin_client):
    url = reverse("wagtailsnippets_taskforce_city:add")
    response = admin_client.post(url, {"name": "Nowhere", "state": "ZZ", "population": "-5"})
    assert response.status_code == 200
    assert not City.objects.filter(name="Nowhere").exists()


# --- Admin for people -------------------------------------------------------------------------


def test_people_admin_searches_filters_by_state_and_exports_csv(admin_client):
    url = reverse("wagtailsnippets_taskforce_person:list")
    html = admin_client.get(url, {"state": "AZ"}).content.decode()
    assert "Giles" in html and "Romero" in html and "Gloria" not in html
    html = admin_client.get(url, {"q": "Gloria"}).content.decode()
    assert "Gloria" in html and "Romero" not in html
    response = admin_client.get(url, {"export": "csv", "state": "CA"})
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert rows[0].startswith("Honorific,First name,Last name,City,State")
    assert "Mayor,Todd,Gloria,San Diego,CA,todd-gloria,True" in rows
    assert not any("Giles" in r for r in rows)
    assert admin_client.get(url, {"state": "junk"}).status_code == 200


def test_person_preview_renders_the_public_page(admin_client):
    giles = Person.objects.get(slug="john-giles")
    url = reverse("wagtailsnippets_taskforce_person:preview_on_edit", args=[giles.pk])
    data = {
        "honorific": "Mayor",
        "first_name": "Preview",
        "last_name": "Giles",
        "city": giles.city_id,
        "bio": "",
        "slug": giles.slug,
        "press_links-TOTAL_FORMS": "0",
        "press_links-INITIAL_FORMS": "0",
        "press_links-MIN_NUM_FORMS": "0",
        "press_links-MAX_NUM_FORMS": "1000",
    }
    assert admin_client.post(url, data).json()["is_valid"]
    html = soup(admin_client.get(url))
    assert html.h1.get_text(strip=True) == "Mayor Preview Giles"
    assert Person.objects.get(pk=giles.pk).first_name == "John"


# --- Home page --------------------------------------------------------------------------------


def test_home_shows_featured_issues_in_editor_order_and_current_officers(client):
    home = HomePage.objects.get()
    safety = IssuePage.objects.get(slug="police-and-public-safety")
    immigration = IssuePage.objects.get(slug="immigration")
    home.featured_issues = [
        HomeFeaturedIssue(page=safety, sort_order=0),
        HomeFeaturedIssue(page=immigration, sort_order=1),
    ]
    home.save_revision().publish()
    html = soup(client.get("/"))
    tiles = [a.get_text(strip=True) for a in html.select(".featured-issues a")]
    assert tiles == ["Police and Public Safety", "Immigration"]
    strip = html.select_one(".officers-strip")
    assert [p.get_text(" ", strip=True) for p in strip.select(".leader__role")] == [
        "President",
        "CEO & Executive Director",
    ]
    assert "Schieve" not in strip.get_text()


def test_home_hides_unpublished_featured_issue_and_queries_stay_constant(client):
    home = HomePage.objects.get()
    count_queries(client, "/")  # renders the hero and share renditions, once ever
    small_count, _ = count_queries(client, "/")
    extra = [make_issue(f"featured-{i}") for i in range(10)]
    extra[0].unpublish()
    home.featured_issues = [HomeFeaturedIssue(page=p, sort_order=i) for i, p in enumerate(extra)]
    home.save_revision().publish()
    large_count, response = count_queries(client, "/")
    tiles = soup(response).select(".featured-issues a")
    assert len(tiles) == 9 and "Featured 0" not in [a.get_text() for a in tiles]
    assert large_count == small_count


def test_people_index_is_the_only_one():
    assert PeopleIndexPage.objects.count() == 1
    assert PeopleIndexPage.can_create_at(HomePage.objects.get()) is False


# --- Admin views editors use ------------------------------------------------------------------


def test_admin_views_for_people_cities_and_hubs_open(admin_client):
    giles = Person.objects.get(slug="john-giles")
    mesa = City.objects.get(slug="mesa-az")
    people_index = PeopleIndexPage.objects.get()
    committee = TaskForcePage.objects.get(slug="criminal-and-social-justice")
    urls = [
        reverse("wagtailsnippets_taskforce_person:list"),
        reverse("wagtailsnippets_taskforce_person:add"),
        reverse("wagtailsnippets_taskforce_person:edit", args=[giles.pk]),
        reverse("wagtailsnippets_taskforce_person:history", args=[giles.pk]),
        reverse("wagtailsnippets_taskforce_person:usage", args=[giles.pk]),
        reverse("wagtailsnippets_taskforce_city:list"),
        reverse("wagtailsnippets_taskforce_city:edit", args=[mesa.pk]),
        reverse("wagtailadmin_pages:edit", args=[people_index.pk]),
        reverse("wagtailadmin_pages:edit", args=[committee.pk]),
        reverse("wagtailadmin_pages:edit", args=[IssuePage.objects.get(slug="immigration").pk]),
    ]
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
    edit = admin_client.get(urls[2]).content.decode()
    assert "Press items that mention this person" in edit
    officers = admin_client.get(urls[7]).content.decode()
    assert "Officers" in officers and "Mayor Andrew Ginther | Columbus, OH" in officers


def test_new_person_starts_as_a_draft_until_published(admin_client, client):
    url = reverse("wagtailsnippets_taskforce_person:add")
    data = {
        "honorific": "Mayor",
        "first_name": "Robin",
        "last_name": "Newcomer",
        "city": City.objects.get(slug="mesa-az").pk,
        "bio": "",
        "slug": "",
        "press_links-TOTAL_FORMS": "0",
        "press_links-INITIAL_FORMS": "0",
        "press_links-MIN_NUM_FORMS": "0",
        "press_links-MAX_NUM_FORMS": "1000",
    }
    assert admin_client.post(url, data).status_code == 302
    robin = Person.objects.get(last_name="Newcomer")
    assert (robin.live, robin.slug) == (False, "robin-newcomer")
    assert client.get("/people/robin-newcomer/").status_code == 404
    robin.latest_revision.publish()
    assert soup(client.get("/people/robin-newcomer/")).h1.get_text(strip=True) == (
        "Mayor Robin Newcomer"
    )


def test_person_form_refuses_missing_names_with_messages(admin_client):
    url = reverse("wagtailsnippets_taskforce_person:add")
    response = admin_client.post(
        url,
        {
            "honorific": "Mayor",
            "first_name": "",
            "last_name": "",
            "city": "",
            "slug": "Not a slug!",
            "press_links-TOTAL_FORMS": "0",
            "press_links-INITIAL_FORMS": "0",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("This field is required.") >= 2
    assert "Enter a valid “slug”" in html
    assert not Person.objects.filter(first_name="").exists()


def test_hub_features_actions_in_editor_order(client):
    html = soup(client.get("/issues/immigration/"))
    actions = html.select(".hub-action:not(.hub-action--letter)")
    assert [a.select_one("a").get_text(strip=True) for a in actions] == [
        "Read the mayors' bipartisan call on Congress"
    ]
    target = PressItemPage.objects.get(
        title="Mayors Issue Bipartisan Call for Comprehensive Immigration Reform"
    )
    assert actions[0].select_one("a")["href"] == target.url


def test_person_page_shares_the_person_not_the_directory(client):
    html = soup(client.get("/people/regina-romero/?utm_source=junk"))
    assert html.find("meta", property="og:title")["content"] == "Mayor Regina Romero"
    assert html.find("meta", property="og:url")["content"].endswith("/people/regina-romero/")
    assert html.find("link", rel="canonical")["href"].endswith("/people/regina-romero/")
    assert html.title.get_text().startswith("Mayor Regina Romero")


def test_sitemap_lists_live_person_pages_only(client):
    make_person("Sky", "Hidden", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/people/john-giles/</loc>" in body
    assert "/people/sky-hidden/" not in body


def test_refresh_mentions_indexes_items_saved_without_publishing_signal(client):
    from django.core.management import call_command

    from taskforce.models import QuoteMention

    romero = Person.objects.get(slug="regina-romero")
    [item] = make_press_items(1, body=quote_body(romero), prefix="Imported")
    QuoteMention.objects.filter(page_id=item.pk).delete()  # as if imported straight to the DB
    assert "Imported" not in client.get("/people/regina-romero/").content.decode()
    call_command("refresh_mentions", verbosity=0)
    call_command("refresh_mentions", verbosity=0)
    assert QuoteMention.objects.filter(page_id=item.pk, person=romero).count() == 1
    html = soup(client.get("/people/regina-romero/"))
    assert item.title in [a.get_text(strip=True) for a in html.select(".card__title a")]


def test_quote_by_a_draft_person_shows_the_typed_name_not_the_draft(client):
    draft = make_person("Quinn", "Unpublished", live=False)
    body = [
        (
            "quote",
            {"quote": "We are ready.", "speaker": draft, "speaker_name": "A mayor"},
        )
    ]
    [item] = make_press_items(1, body=body, prefix="Draftquote")
    html = soup(client.get(item.url))
    cite = html.select_one("figure.quote cite").get_text(strip=True)
    assert cite == "A mayor"
    assert "Unpublished" not in html.get_text()
    assert client.get("/people/quinn-unpublished/").status_code == 404


def test_role_labels_link_to_the_body_they_name(client):
    html = soup(client.get("/issues/immigration/"))
    links = [a["href"] for a in html.select(".leader__role a")]
    assert links == [
        "/task-forces/immigration-reform/",
        "/task-forces/criminal-and-social-justice/",
        "/task-forces/latino-alliance/",
    ]
    committee = soup(client.get("/task-forces/criminal-and-social-justice/"))
    assert committee.select(".leader__role a") == []


def test_hub_features_its_open_letters_with_the_signature_count(client):
    from taskforce.letters.models import SignatureStatus, SignOnLetterPage

    letter = SignOnLetterPage.objects.live().get(slug="immigration-letter")
    verified = letter.signatures.filter(status=SignatureStatus.VERIFIED).count()
    assert verified > 1
    html = soup(client.get("/issues/immigration/"))
    item = html.select_one(".hub-action--letter")
    assert item.select_one("a")["href"] == letter.url
    assert f"{verified} mayors have signed" in item.get_text(" ", strip=True)


def test_hub_news_links_to_the_archive_filtered_by_its_topic(client):
    html = soup(client.get("/issues/immigration/"))
    more = html.select("#hub-news-heading ~ .more-link a, .more-link a")
    assert [(a.get_text(strip=True), a["href"]) for a in more] == [
        ("More news about Immigration Reform", "/news/?tag=immigration-reform")
    ]


def test_demo_people_are_quoted_in_the_news_they_appear_in(client):
    """Every demo person who holds a role or an office has news, through quotes that name
    them as the speaker (mayors who appear only in the historical record need not)."""
    from taskforce.directory import Officer
    from taskforce.hubs import IssueLeadershipRole, TaskForceLeadershipRole
    from taskforce.models import QuoteMention

    holders = {
        pk
        for model in (IssueLeadershipRole, TaskForceLeadershipRole, Officer)
        for pk in model.objects.values_list("person_id", flat=True)
    }
    people = Person.objects.filter(live=True, pk__in=holders)
    assert people.count() >= 15
    quoted = set(QuoteMention.objects.values_list("person_id", flat=True))
    assert {p.slug for p in people if p.pk not in quoted} == set()
    html = soup(client.get("/people/karen-bass/"))
    assert html.select(".card__title a")
    assert "No news yet" not in html.get_text()
