"""Who a press item mentions: the speakers of its quote blocks, recorded when it is published.

The newsroom knows nothing about this table (dependencies point downwards); taskforce listens to
Wagtail's page_published signal for press items and keeps its own index, which the person page
reads in one query.
"""

from django.db import transaction
from django.db.models import Q

from .people import Person, PersonPressLink, QuoteMention


def quoted_person_ids(stream_value):
    """Person ids chosen as quote speakers anywhere in a StreamField value (no queries)."""
    ids = set()

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "quote" and isinstance(node.get("value"), dict):
                speaker = node["value"].get("speaker")
                if isinstance(speaker, int):
                    ids.add(speaker)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(list(stream_value.raw_data))
    return ids


def refresh_quote_mentions(page):
    """Make the QuoteMention rows of page match the speakers in its body."""
    wanted = quoted_person_ids(page.body)
    wanted &= set(Person.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    with transaction.atomic():
        current = set(QuoteMention.objects.filter(page=page).values_list("person_id", flat=True))
        QuoteMention.objects.filter(page=page).exclude(person_id__in=wanted).delete()
        QuoteMention.objects.bulk_create(
            [QuoteMention(page_id=page.pk, person_id=pk) for pk in wanted - current]
        )
    return wanted


def on_press_item_published(sender, instance, **kwargs):
    from . import cache_purge

    before = cache_purge.people_of(instance)
    refresh_quote_mentions(instance)
    cache_purge.purge_people(before | cache_purge.people_of(instance))


def connect():
    from wagtail.signals import page_published

    from newsroom.models import PressItemPage
    from newsroom.related import register_people_in_common

    page_published.connect(
        on_press_item_published, sender=PressItemPage, dispatch_uid="taskforce_quote_mentions"
    )
    register_people_in_common(people_in_common)


def refresh_all_quote_mentions():
    """Refresh every live press item; return (items checked, mentions now recorded)."""
    from newsroom.models import PressItemPage

    pages = 0
    for page in PressItemPage.objects.live().only("pk", "body").iterator():
        refresh_quote_mentions(page)
        pages += 1
    return pages, QuoteMention.objects.count()


def pages_mentioning(people):
    """Ids of the press items that quote or link any of `people` (a queryset of person ids):
    one UNION subquery, which the database reads from these two small tables first. (An OR of
    two subqueries makes it walk every item by date and test each.)"""
    return (
        QuoteMention.objects.filter(person__in=people)
        .order_by()
        .values("page_id")
        .union(PersonPressLink.objects.filter(person__in=people).order_by().values("page_id"))
    )


def people_in_common(items, page_pk):
    """Those of `items` that mention a live person whom page_pk mentions (quoted or linked), or
    None when it mentions nobody. The people are read first (one small query), so the items'
    query knows them and is not sent at all for the many items that quote no one."""
    mentioned = Q(pk__in=QuoteMention.objects.filter(page_id=page_pk).values("person_id")) | Q(
        pk__in=PersonPressLink.objects.filter(page_id=page_pk).values("person_id")
    )
    people = list(Person.objects.filter(mentioned, live=True).values_list("pk", flat=True))
    return items.filter(pk__in=pages_mentioning(people)) if people else None
