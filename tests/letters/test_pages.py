"""The letter page: public list of verified signers, counts for other pages, the page tree."""

import pytest
from bs4 import BeautifulSoup
from django.db import IntegrityError, connection, transaction
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext

from taskforce.letters.models import (
    LettersIndexPage,
    PublicList,
    Signature,
    SignOnLetterPage,
)
from taskforce.models import IssueIndexPage, IssuePage, TaskForcePage
from tests.letters.factories import SignatureFactory, new_letter

pytestmark = pytest.mark.django_db

STATES = ["AZ", "CA", "TX", "OH", "NY", "WA", "FL", "CO", "NV", "RI"]


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_demo_letter_lives_under_the_immigration_issue_with_verified_signers(client):
    letter = SignOnLetterPage.objects.live().get(slug="immigration-letter")
    assert letter.url == "/issues/immigration/immigration-letter/"
    assert letter.title == "Open Letter to Congress on Immigration"
    html = soup(client.get(letter.url))
    assert html.h1.get_text(strip=True) == letter.title
    assert html.select_one(".signers__count").get_text(strip=True) == "12 mayors from 10 states"
    names = [li.get_text(strip=True) for li in html.select(".signers__list li")]
    assert "Mayor John Giles, Mesa, AZ" in names
    # The pending demo signature is not listed.
    assert not any("Burlington" in name for name in names)
    assert Signature.objects.filter(letter=letter, demo=False).count() == 0


def test_public_list_shows_only_verified_grouped_by_state_name(client):
    letter = new_letter()
    SignatureFactory(letter=letter, state="TX", city_name="Austin", mayor_last_name="Tex")
    SignatureFactory(letter=letter, state="AK", city_name="Juneau", mayor_last_name="Ak")
    SignatureFactory(letter=letter, state="AL", city_name="Mobile", mayor_last_name="Al")
    SignatureFactory(letter=letter, state="AL", city_name="Auburn", mayor_last_name="Al2")
    Signature.objects.filter(letter=letter).update(status="verified")
    for status in ["pending", "rejected", "withdrawn"]:
        SignatureFactory(letter=letter, status=status, mayor_last_name=f"Hidden{status}")

    html = soup(client.get(letter.url))
    assert [h.get_text() for h in html.select(".signers__state")] == ["Alabama", "Alaska", "Texas"]
    alabama = html.select(".signers__list")[0]
    assert [li.get_text() for li in alabama.select("li")] == [
        "Mayor Pat Al2, Auburn, AL",
        "Mayor Pat Al, Mobile, AL",
    ]
    assert html.select_one(".signers__count").get_text() == "4 mayors from 3 states"
    assert "Hidden" not in html.get_text()


def test_count_only_and_hidden_lists(client):
    letter = new_letter(public_list=PublicList.COUNT)
    SignatureFactory(letter=letter, status="verified", mayor_last_name="Counted")
    html = soup(client.get(letter.url))
    assert html.select_one(".signers__count").get_text() == "1 mayor from 1 state"
    assert "Counted" not in html.get_text()

    letter.public_list = PublicList.HIDDEN
    letter.save()
    html = soup(client.get(letter.url))
    assert html.select_one(".signers") is None


def _page_queries(client, url):
    client.get(url)  # warm the page-tree cache (menu, people index), renewed by any page save
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_letter_page_queries_do_not_grow_with_signatures(client):
    letter = new_letter()
    for n in range(3):
        SignatureFactory(letter=letter, status="verified", state=STATES[n])
    small = _page_queries(client, letter.url)
    for n in range(60):
        SignatureFactory(letter=letter, status="verified", state=STATES[n % len(STATES)])
    large = _page_queries(client, letter.url)
    assert large == small


def test_action_summary_and_template_tag_for_hubs(django_assert_num_queries):
    letter = new_letter()
    assert letter.action_summary == "0 mayors have signed"
    SignatureFactory(letter=letter, status="verified")
    SignatureFactory(letter=letter, status="pending")
    fresh = SignOnLetterPage.objects.get(pk=letter.pk)
    assert fresh.action_summary == "1 mayor has signed"
    for _ in range(2):
        SignatureFactory(letter=letter, status="verified")
    page = SignOnLetterPage.objects.get(pk=letter.pk).page_ptr  # a plain Page from a chooser
    rendered = Template("{% load letters_tags %}{% signature_count letter %}").render(
        Context({"letter": page})
    )
    assert rendered == "3 mayors have signed"


def test_annotated_counts_make_listings_constant(django_assert_num_queries):
    letters = [new_letter() for _ in range(4)]
    for n, letter in enumerate(letters):
        for s in range(n):
            SignatureFactory(letter=letter, status="verified", state=STATES[s])
    queryset = SignOnLetterPage.with_signature_counts(
        SignOnLetterPage.objects.filter(pk__in=[letter.pk for letter in letters]).order_by("pk")
    )
    with django_assert_num_queries(1):
        summaries = [letter.action_summary for letter in queryset]
        headlines = [letter.headline_count for letter in queryset]
    assert summaries == [
        "0 mayors have signed",
        "1 mayor has signed",
        "2 mayors have signed",
        "3 mayors have signed",
    ]
    assert headlines[3] == "3 mayors from 3 states"


def test_letters_index_lists_letters_with_counts_in_constant_queries(client):
    from home.models import HomePage

    index = HomePage.objects.get().add_child(
        instance=LettersIndexPage(title="Letters", slug="letters-test")
    )
    from tests.letters.factories import SignOnLetterPageFactory

    SignatureFactory(letter=SignOnLetterPageFactory(parent=index), status="verified")
    small = _page_queries(client, index.url)
    for _ in range(5):
        SignatureFactory(letter=SignOnLetterPageFactory(parent=index), status="verified")
    large = _page_queries(client, index.url)
    assert large == small
    html = soup(client.get(index.url))
    assert html.get_text().count("1 mayor has signed") == 6


def test_database_allows_one_live_signature_per_city_and_state():
    letter = new_letter()
    SignatureFactory(letter=letter, city_name="Mesa", state="AZ")
    with pytest.raises(IntegrityError), transaction.atomic():
        SignatureFactory(letter=letter, city_name=" MESA ", state="AZ")
    # Other states, other letters, and dead signatures are fine.
    SignatureFactory(letter=letter, city_name="Mesa", state="CO")
    SignatureFactory(letter=new_letter(), city_name="Mesa", state="AZ")
    SignatureFactory(letter=letter, city_name="Mesa", state="AZ", status="rejected")
    assert Signature.objects.filter(city_key="mesa", demo=False).count() == 4


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (SignOnLetterPage, IssuePage, True),
        (SignOnLetterPage, LettersIndexPage, True),
        (SignOnLetterPage, TaskForcePage, False),
        (SignOnLetterPage, IssueIndexPage, False),
    ],
)
def test_letters_go_under_issue_pages_or_a_letters_index(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_junk_query_parameters_on_letter_and_thanks_never_500(client):
    letter = SignOnLetterPage.objects.get(slug="immigration-letter")
    for path in [letter.url, letter.url + "thanks/"]:
        for junk in ["page=abc", "q=%00", "state=<script>", "x=" + "a" * 5000]:
            assert client.get(f"{path}?{junk}").status_code == 200
    assert client.get(letter.url + "nope/").status_code == 404


def test_thanks_page_is_not_indexed_and_shows_generic_thanks_without_a_session(client):
    letter = SignOnLetterPage.objects.get(slug="immigration-letter")
    html = soup(client.get(letter.url + "thanks/"))
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert html.h1.get_text() == "Thank you for signing"
    assert html.select_one(".letter__signed") is None


def test_hubs_can_list_their_live_letters_with_counts_in_two_queries(django_assert_num_queries):
    issue = IssuePage.objects.get(slug="immigration")
    draft = new_letter(title="Draft letter", live=False)
    for _ in range(3):
        SignatureFactory(letter=new_letter(), status="verified")
    html = Template(
        "{% load letters_tags %}{% letters_under issue as letters %}"
        "{% for letter in letters %}[{{ letter.title }}: {{ letter.action_summary }}]{% endfor %}"
    )
    with django_assert_num_queries(2):  # view restrictions (for .public()), then the letters
        rendered = html.render(Context({"issue": issue}))
    assert "[Open Letter to Congress on Immigration: 12 mayors have signed]" in rendered
    assert draft.title not in rendered


def test_copying_a_letter_copies_no_signatures():
    letter = new_letter()
    SignatureFactory(letter=letter, status="verified")
    copy = letter.copy(update_attrs={"slug": f"{letter.slug}-copy", "title": "Copy"})
    assert copy.specific.signatures.count() == 0
    assert letter.signatures.count() == 1


def test_demo_loader_is_idempotent():
    from django.core.management import call_command

    before = (SignOnLetterPage.objects.count(), Signature.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (SignOnLetterPage.objects.count(), Signature.objects.count()) == before
    demo = Signature.objects.filter(demo=True)
    assert demo.count() == 13
    assert all(s.email.endswith("@example.org") for s in demo)
    assert demo.filter(status="verified").count() == 12
