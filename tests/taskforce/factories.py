"""Builders for taskforce tests: people, hubs with N leaders, press links and quotes."""

from wagtail.models import Page
from wagtail_factories import ImageFactory

from taskforce.models import (
    City,
    IssueIndexPage,
    IssueLeadershipRole,
    IssuePage,
    Person,
    PersonPressLink,
    TaskForceIndexPage,
    TaskForceLeadershipRole,
    TaskForcePage,
)


def make_person(first, last, city="Testville", state="AZ", **fields):
    city_obj, _ = City.objects.get_or_create(name=city, state=state)
    person = Person(first_name=first, last_name=last, city=city_obj, **fields)
    person.save()
    return person


def make_people(n, prefix="Pat", photos=False):
    """n people, each in a city (and with a photo) of their own, so per-row queries would show."""
    return [
        make_person(
            f"{prefix}{i}",
            f"Leader{i}",
            city=f"{prefix}ville {i}",
            photo=ImageFactory(title=f"{prefix} {i}") if photos else None,
        )
        for i in range(n)
    ]


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def make_issue(slug, people=(), tag=None, body=None, role="vice_chair", qualifier=""):
    parent = IssueIndexPage.objects.get()
    page = IssuePage(
        title=slug.replace("-", " ").title(),
        slug=slug,
        news_tag=tag,
        leadership=[
            IssueLeadershipRole(sort_order=i, person=p, role=role, qualifier=qualifier, body=body)
            for i, p in enumerate(people)
        ],
    )
    return publish_child(parent, page)


def make_task_force(slug, people=(), kind="task_force", title=None, **fields):
    parent = TaskForceIndexPage.objects.get()
    page = TaskForcePage(
        title=title or slug.replace("-", " ").title(),
        slug=slug,
        kind=kind,
        leadership=[
            TaskForceLeadershipRole(sort_order=i, person=p, role="member")
            for i, p in enumerate(people)
        ],
        **fields,
    )
    return publish_child(parent, page)


def link_press(person, items):
    for i, item in enumerate(items):
        PersonPressLink.objects.create(
            person=person, page=Page.objects.get(pk=item.pk), sort_order=i
        )


def quote_body(person, text="Cities are ready to lead."):
    return [("quote", {"quote": text, "speaker": person, "speaker_name": "", "speaker_title": ""})]
