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


@pytest.mark.django_db
def test_loading_demo_twice_adds_no_row_to_any_table():
    """Every model of every app, snippets and settings included: a second load adds nothing."""
    from django.apps import apps

    def rows():
        return {m._meta.label: m._default_manager.count() for m in apps.get_models()}

    before = rows()
    call_command("load_demo_content", verbosity=0)
    after = rows()
    assert {k: (before[k], after[k]) for k in before if before[k] != after[k]} == {}
    assert before["wagtailcore.Page"] > 20
    assert before["home.SiteSettings"] == 1


@pytest.mark.django_db
def test_demo_site_settings_fill_the_footer_accounts():
    from home.models import SiteSettings

    settings = SiteSettings.objects.get()
    assert [name for name, _ in settings.social_links] == [
        "X",
        "Facebook",
        "Instagram",
        "LinkedIn",
        "Threads",
        "Medium",
    ]
    assert all(url.startswith("https://") for _, url in settings.social_links)


@pytest.mark.django_db
def test_a_mistyped_loader_path_stops_the_load_and_names_the_path(settings):
    from django.core.management.base import CommandError

    settings.DEMO_CONTENT_LOADERS = ["home.demo.load", "newsroom.demoo.load"]
    before = Page.objects.count()
    with pytest.raises(CommandError, match="newsroom.demoo.load"):
        call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == before
