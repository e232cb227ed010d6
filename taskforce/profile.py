"""What a person's page shows: roles on hubs, officer terms and the news that mentions them.

The person's own preview uses it too, so it reaches the people index by its label rather than by
an import (the index lists people, so people cannot import it).
"""

import datetime

from django.apps import apps
from django.db.models import Q, QuerySet

from home import tree_cache
from newsroom.models import PressItemPage

from .hubs import IssueLeadershipRole, IssuePage, TaskForceLeadershipRole, TaskForcePage


def term_sort_key(term):
    """Officer terms newest first when reversed; a term with no start date sorts last."""
    return term.term_start or datetime.date.min


def find_people_index(request=None):
    """The live people index page, looked up once per request."""
    cache = getattr(request, "_people_index", None) if request is not None else None
    if cache is not None:
        return cache or None
    page = tree_cache.cached(
        "people-index",
        lambda: apps.get_model("taskforce", "PeopleIndexPage").objects.live().public().first(),
    )
    if request is not None:
        request._people_index = page or False
    return page


class PersonProfile:
    """Everything the person page shows, each part in one query whatever its size."""

    NEWS_LIMIT = 50

    def __init__(self, person, people_index=None):
        self.person = person
        self.people_index = people_index if people_index is not None else find_people_index()

    def roles(self):
        """Every role the person holds on a live hub, grouped by label, with links to the hubs."""
        grouped = {}
        for model, pages in (
            (IssueLeadershipRole, IssuePage.objects.live().public()),
            (TaskForceLeadershipRole, TaskForcePage.objects.live().public()),
        ):
            for role in (
                model.objects.filter(person=self.person, page__in=pages)
                .select_related("page", "body")
                .order_by("page__path", "sort_order")
            ):
                label = role.label
                entry = grouped.setdefault(label, {"label": label, "hubs": []})
                body = role.effective_body()
                for hub in (body, role.page):
                    if hub is not None and hub.live and hub not in entry["hubs"]:
                        entry["hubs"].append(hub)
        return list(grouped.values())

    def officer_terms(self):
        if self.people_index is None or self.person.pk is None:
            return []
        terms = self.people_index.officers.filter(person=self.person)
        return sorted(terms, key=term_sort_key, reverse=True)

    def all_news(self):
        """Every published item that quotes or is linked from the person, newest first: the
        page shows the first NEWS_LIMIT, the person's feed the first feed_size."""
        if self.person.pk is None:
            return PressItemPage.objects.none()
        quoted = self.person.quote_mentions.order_by().values("page_id")
        linked = self.person.press_links.order_by().values("page_id")
        if isinstance(linked, QuerySet):
            # One UNION subquery, not an OR of two: the planner then starts from the person's
            # few mentions instead of walking every item by date and testing each (PostgreSQL).
            mentioned = Q(pk__in=quoted.union(linked))
        else:  # a preview: the links are the editor's unsaved ones, in memory
            mentioned = Q(pk__in=quoted) | Q(pk__in=[link["page_id"] for link in linked])
        return PressItemPage.objects.published().filter(mentioned).for_listing()

    def news(self):
        return self.all_news()[: self.NEWS_LIMIT]

    def context(self):
        terms = self.officer_terms()
        return {
            "person": self.person,
            "roles": self.roles() if self.person.pk else [],
            "current_terms": [t for t in terms if t.is_current],
            "past_terms": [t for t in terms if not t.is_current],
            "news_items": list(self.news()),
        }
