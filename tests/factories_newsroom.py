"""Factories for the newsroom: organisations, boilerplates, contacts and tagged press items."""

import datetime

import factory

from newsroom.models import Boilerplate, MediaContact, Organization, PressItemPage

from .factories import PressItemPageFactory, news_index


class OrganizationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner Association {n}")
    short_name = factory.Sequence(lambda n: f"PA{n}")

    class Meta:
        model = Organization


class BoilerplateFactory(factory.django.DjangoModelFactory):
    organization = factory.SubFactory(OrganizationFactory)
    effective_from = datetime.date(2010, 1, 1)
    text = factory.LazyAttribute(lambda o: f"<p>{o.organization.name} works for cities.</p>")
    live = True

    class Meta:
        model = Boilerplate


class MediaContactFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Press Officer {n}")
    email = factory.Sequence(lambda n: f"press{n}@example.org")

    class Meta:
        model = MediaContact


def make_press_items(count, *, tags=(), prefix="Bulk item", **fields):
    """`count` live press items under the news index, each with `tags`, published the way the
    admin publishes (a revision), so the search index sees the tags."""
    parent = news_index()
    items = []
    for n in range(count):
        item = PressItemPageFactory(parent=parent, title=f"{prefix} {n}", **fields)
        if tags:
            item.tags.add(*tags)
            item.save_revision().publish()
        items.append(item)
    return items


def published_titles(**filters):
    return set(
        PressItemPage.objects.live().public().filter(**filters).values_list("title", flat=True)
    )
