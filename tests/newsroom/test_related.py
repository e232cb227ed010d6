"""Related items under a press item: the newest that share a tag or a person, or the editor's
own choice in the editor's order."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from newsroom.models import PressItemPage, RelatedPressItem
from newsroom.related import related_items
from taskforce.models import PersonPressLink
from tests.editors.editor_forms import errors_in, post_press_item
from tests.staff import COMMUNICATIONS_EDITORS, member
from tests.taskforce.factories import make_person

from .factories import make_press_items

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


def related_titles(client, item):
    response = client.get(item.url)
    assert response.status_code == 200
    section = BeautifulSoup(response.content, "html.parser").find(
        attrs={"aria-labelledby": "related-heading"}
    )
    if section is None:
        return None
    assert section.h2.get_text(strip=True) == "Related"
    return [a.get_text(strip=True) for a in section.select(".card__title a")]


def dated(prefix, day, **fields):
    (item,) = make_press_items(1, prefix=prefix, date=datetime.date(2031, 1, day), **fields)
    return item


def test_newest_items_sharing_a_tag_or_a_person_excluding_itself(client):
    mayor = make_person("Rhea", "Related", city="Relateville")
    item = dated("Zorblat main", 10, tags=["Zorblat"])
    dated("Zorblat older", 2, tags=["Zorblat"])
    dated("Zorblat newer", 12, tags=["Zorblat"])
    dated("Unrelated", 20, tags=["Elsewhere"])
    same_person = dated("Same mayor", 15, tags=["Elsewhere"])
    for page in (item, same_person):
        PersonPressLink.objects.create(person=mayor, page=page)
    assert related_titles(client, item) == ["Same mayor 0", "Zorblat newer 0", "Zorblat older 0"]

    dated("Zorblat newest", 25, tags=["Zorblat"])
    assert related_titles(client, item) == ["Zorblat newest 0", "Same mayor 0", "Zorblat newer 0"]


def test_hidden_items_are_never_related(client):
    item = dated("Quux main", 10, tags=["Quux"])
    draft = dated("Quux draft", 11, tags=["Quux"])
    draft.unpublish()
    private = dated("Quux private", 12, tags=["Quux"])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert related_titles(client, item) is None  # nothing left: no heading at all


def test_editor_choice_replaces_the_automatic_list_in_its_order(client):
    item = dated("Plinth main", 10, tags=["Plinth"])
    dated("Plinth newer", 12, tags=["Plinth"])
    first = dated("Chosen first", 1, tags=["Other"])
    second = dated("Chosen second", 5, tags=["Other"])
    gone = dated("Chosen then withdrawn", 6, tags=["Other"])
    gone.unpublish()
    for n, chosen in enumerate([gone, first, second]):
        RelatedPressItem.objects.create(page=item, item=chosen, sort_order=n)
    assert related_titles(client, item) == ["Chosen first 0", "Chosen second 0"]
    # Only withdrawn choices left: the automatic list comes back.
    RelatedPressItem.objects.filter(item__in=[first, second]).delete()
    assert related_titles(client, item) == ["Plinth newer 0"]


def test_communications_editor_chooses_related_items_in_the_editor(client, django_user_model):
    chosen = dated("Picked by the editor", 3, tags=["Other"])
    client.force_login(member(django_user_model, COMMUNICATIONS_EDITORS))
    response = post_press_item(
        client,
        "save",
        title="Mayors welcome the grant",
        slug="mayors-welcome-the-grant",
        tags="Zorblat",
        **{
            "related_links-TOTAL_FORMS": "1",
            "related_links-INITIAL_FORMS": "0",
            "related_links-0-item": str(chosen.pk),
            "related_links-0-ORDER": "1",
            "related_links-0-id": "",
            "related_links-0-DELETE": "",
        },
    )
    assert response.status_code == 302, errors_in(response)
    item = PressItemPage.objects.get(slug="mayors-welcome-the-grant")
    assert [link.item for link in item.related_links.all()] == [chosen]
    item.get_latest_revision().publish()  # as the approver's sign-off does
    assert related_titles(client, item) == ["Picked by the editor 0"]


def page_queries(client, item):
    client.get(item.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(item.url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_shared_tags_people_or_choices(client):
    mayors = [make_person(f"Mo{n}", "Count", city=f"Countburg {n}") for n in range(3)]
    item = dated("Counted main", 10, tags=["Counted", "Tallied"])
    for mayor in mayors:
        PersonPressLink.objects.create(person=mayor, page=item)

    def add(count, batch):
        pages = make_press_items(count, tags=["Counted", "Tallied"], prefix=f"Counted {batch}")
        PersonPressLink.objects.bulk_create(
            PersonPressLink(person=m, page=p) for m in mayors for p in pages
        )
        return pages

    add(2, "a")
    automatic_small = page_queries(client, item)
    more = add(30, "b")
    assert page_queries(client, item) == automatic_small
    RelatedPressItem.objects.create(page=item, item=more[0], sort_order=0)
    chosen_one = page_queries(client, item)
    for n, page in enumerate(more[1:3], start=1):
        RelatedPressItem.objects.create(page=item, item=page, sort_order=n)
    assert page_queries(client, item) == chosen_one
    # The list itself: the editor's picks, then the picked items.
    published = PressItemPage.objects.published()
    with CaptureQueriesContext(connection) as queries:
        assert len(related_items(item, published=published)) == 3
    assert len(queries) == 2
    # Without picks: the picks (none), the people the item mentions, then the items.
    RelatedPressItem.objects.filter(page=item).delete()
    with CaptureQueriesContext(connection) as queries:
        assert len(related_items(item, published=published)) == 3
    assert len(queries) == 3
