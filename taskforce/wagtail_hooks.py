"""Admin for people and cities: search, a filter by state, CSV/XLSX export of people."""

import django_filters
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import STATES, City, Person


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    menu_label = "Cities"
    list_display = ["name", "state", "population"]
    list_filter = ["state"]
    search_fields = ["name"]
    search_backend_name = None  # plain database lookups: works the same on SQLite and PostgreSQL
    add_to_admin_menu = False
    list_per_page = 50
    ordering = ["state", "name"]


class PersonFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        field_name="city__state", choices=STATES, label="State", empty_label="Any state"
    )

    class Meta:
        model = Person
        fields = ["live"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["last_name", "first_name", "honorific", "city", LiveStatusTagColumn()]
    filterset_class = PersonFilterSet
    search_fields = ["first_name", "last_name"]
    search_backend_name = None
    list_export = [
        "honorific",
        "first_name",
        "last_name",
        "city_name",
        "state",
        "slug",
        "live",
    ]
    export_headings = {"city_name": "City", "state": "State"}
    export_filename = "people"

    def get_queryset(self, request):
        return Person.objects.select_related("city", "latest_revision")


register_snippet(CityViewSet)
register_snippet(PersonViewSet)
