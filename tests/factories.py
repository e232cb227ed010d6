"""Factories for tests: each builds a valid object with the least a test has to say."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Page

from home.models import HomePage
from newsroom.models import NewsIndexPage, PressItemPage
from taskforce.models import (
    City,
    IssueIndexPage,
    IssuePage,
    Person,
    TaskForceIndexPage,
    TaskForcePage,
)


class CityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testville {n}")
    state = "AZ"

    class Meta:
        model = City
        django_get_or_create = ("name", "state")


class PersonFactory(factory.django.DjangoModelFactory):
    first_name = factory.Sequence(lambda n: f"Pat{n}")
    last_name = factory.Sequence(lambda n: f"Mayor{n}")
    city = factory.SubFactory(CityFactory)

    class Meta:
        model = Person


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "Mayors working together"

    class Meta:
        model = HomePage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class PressItemPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mayors act on issue {n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    summary = "Mayors call on Congress to act."
    item_type = "press_release"

    class Meta:
        model = PressItemPage


class IssueIndexPageFactory(wagtail_factories.PageFactory):
    title = "Issues"

    class Meta:
        model = IssueIndexPage


class IssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Issue {n}")

    class Meta:
        model = IssuePage


class TaskForceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Task forces"

    class Meta:
        model = TaskForceIndexPage


class TaskForcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Task Force {n}")
    kind = "task_force"

    class Meta:
        model = TaskForcePage


def home_page():
    return HomePage.objects.get()


def news_index():
    return NewsIndexPage.objects.get()


def root():
    return Page.get_first_root_node()
