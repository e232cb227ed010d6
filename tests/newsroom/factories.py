"""Factories for the newsroom: press items, organizations and their boilerplates."""

import datetime

import factory
import wagtail_factories
from taggit.models import Tag

from newsroom.models import Boilerplate, NewsIndexPage, Organization, PressItemPage


class PressItemPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mayors act on issue {n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    summary = "Mayors call on Congress to act."
    item_type = "press_release"

    class Meta:
        model = PressItemPage


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


def news_index():
    return NewsIndexPage.objects.get()


def make_tag(slug):
    tag, _ = Tag.objects.get_or_create(slug=slug, defaults={"name": slug.title()})
    return tag


def make_press_items(count, *, tags=(), prefix="Bulk item", **fields):
    """`count` live press items under the news index, each with `tags` (names or Tag objects),
    published the way the admin publishes (a revision), so the search index and the mention
    index see them."""
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
