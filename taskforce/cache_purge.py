"""Purge people's keys when the person is published, unpublished or deleted, and when a press
item that quotes or is linked from them is published or withdrawn (their page lists it)."""

from home import surrogate_keys
from home.frontend_cache import purge_keys

from .cache_keys import person_key
from .directory import PeopleIndexPage
from .people import PersonPressLink, QuoteMention


def people_of(page):
    """Everyone whose page lists this press item: quoted in it, or linked to it."""
    quoted = QuoteMention.objects.filter(page_id=page.pk).values_list("person_id", flat=True)
    linked = PersonPressLink.objects.filter(page_id=page.pk).values_list("person_id", flat=True)
    return {*quoted, *linked}


def on_person_change(sender, instance, **kwargs):
    indexes = PeopleIndexPage.objects.values_list("pk", flat=True)
    purge_keys({person_key(instance), *(surrogate_keys.page_key(pk) for pk in indexes)})


def purge_people(pks):
    purge_keys({person_key(pk) for pk in pks})


def on_press_item_gone(sender, instance, **kwargs):
    purge_people(people_of(instance))


def connect():
    from django.db.models.signals import post_delete, pre_delete
    from wagtail.signals import page_unpublished, published, unpublished

    from newsroom.models import PressItemPage

    from .people import Person

    for signal in (published, unpublished, post_delete):
        signal.connect(on_person_change, sender=Person, dispatch_uid=f"person-purge-{id(signal)}")
    for signal in (page_unpublished, pre_delete):
        signal.connect(
            on_press_item_gone, sender=PressItemPage, dispatch_uid=f"item-people-{id(signal)}"
        )
