import pytest
from django.core.management import call_command
from taggit.models import Tag
from wagtail.models import Page, Revision

from newsroom.models import PressItemPage
from taskforce.models import City, Person


@pytest.mark.django_db
def test_loading_demo_twice_changes_nothing():
    def counts():
        return (
            Page.objects.count(),
            Person.objects.count(),
            City.objects.count(),
            Tag.objects.count(),
            Revision.objects.count(),
        )

    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


@pytest.mark.django_db
def test_demo_has_at_least_twenty_tagged_press_items():
    items = PressItemPage.objects.live()
    assert items.count() >= 20
    assert items.filter(tags__slug="immigration-reform").exists()
    assert items.filter(tags__slug="mayors-and-police-chiefs").exists()
    assert items.filter(tags__slug="press-room").exists()
