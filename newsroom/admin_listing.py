"""News in the admin sidebar: every press item, newest first, filterable by type and status.

Wagtail's page explorer shows the tree; the communications team thinks in releases and
statements, so this flat listing (Wagtail's PageListingViewSet) is their way in.
"""

import django_filters
from django.db.models import Q
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from .choices import ItemType, ReleaseStatus
from .models import PressItemPage

NEWSROOM_MENU_HOOK = "register_newsroom_menu_item"


class PublishingStatus:
    LIVE = "live"
    SCHEDULED = "scheduled"
    SIGN_OFF = "sign_off"
    DRAFT = "draft"
    EMBARGOED = "embargoed"

    choices = [
        (LIVE, "Live"),
        (SCHEDULED, "Scheduled"),
        (SIGN_OFF, "Awaiting sign-off"),
        (DRAFT, "Draft (not submitted)"),
        (EMBARGOED, "Embargoed (any stage)"),
    ]


def filter_status(queryset, name, value):
    scheduled = Q(_revisions__approved_go_live_at__isnull=False)
    in_sign_off = Q(_specific_workflow_states__status="in_progress")
    if value == PublishingStatus.LIVE:
        return queryset.filter(live=True)
    if value == PublishingStatus.SCHEDULED:
        return queryset.filter(scheduled).distinct()
    if value == PublishingStatus.SIGN_OFF:
        return queryset.filter(in_sign_off).distinct()
    if value == PublishingStatus.DRAFT:
        return queryset.filter(live=False).exclude(scheduled).exclude(in_sign_off)
    if value == PublishingStatus.EMBARGOED:
        return queryset.filter(release_status=ReleaseStatus.EMBARGOED)
    return queryset


class PressItemFilterSet(PageFilterSet):
    item_type = django_filters.ChoiceFilter(
        label="Type", choices=ItemType.choices, empty_label="Any type"
    )
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=PublishingStatus.choices,
        empty_label="Any status",
        method=filter_status,
    )

    class Meta:
        model = PressItemPage
        fields = []


class PressItemListingViewSet(PageListingViewSet):
    model = PressItemPage
    name = "news"
    icon = "doc-full"
    menu_label = "News"
    menu_order = 0
    menu_hook = NEWSROOM_MENU_HOOK
    add_to_admin_menu = False
    filterset_class = PressItemFilterSet
    columns = [
        PageTitleColumn("title", label="Title", sort_key="title", classname="title"),
        Column("item_type", label="Type", accessor="get_item_type_display", width="14%"),
        DateColumn("date", label="Date", sort_key="date", width="12%"),
        PageStatusColumn("status", label="Status", sort_key="live", width="12%"),
        DateColumn(
            "latest_revision_created_at",
            label="Updated",
            sort_key="latest_revision_created_at",
            width="12%",
        ),
    ]

    class index_view_class(PageListingViewSet.index_view_class):  # noqa: N801
        default_ordering = "-date"
