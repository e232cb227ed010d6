"""Search results newest first: press items by their printed date, other pages by publication.

One query over the matching ids, whichever database backend found them.
"""

from django.db.models import DateField
from django.db.models.functions import Cast, Coalesce
from wagtail.models import Page

SORTS = [("relevance", "Relevance"), ("newest", "Newest first")]
SORT_KEYS = {key for key, _label in SORTS}


def newest_first(page_ids):
    """The ids, newest first: one query, the date taken from the press item when it is one."""
    return list(
        Page.objects.filter(pk__in=list(page_ids))
        .annotate(
            sort_date=Coalesce(
                "pressitempage__date", Cast("first_published_at", output_field=DateField())
            )
        )
        .order_by("-sort_date", "-pk")
        .values_list("pk", flat=True)
    )
