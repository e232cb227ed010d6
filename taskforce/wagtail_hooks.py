from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import City, Person


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    menu_label = "Cities"
    list_display = ["name", "state", "population"]
    list_filter = ["state"]
    search_fields = ["name"]
    add_to_admin_menu = False


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    list_display = ["last_name", "first_name", "honorific", "city"]
    list_filter = ["city__state"]
    search_fields = ["first_name", "last_name"]


register_snippet(CityViewSet)
register_snippet(PersonViewSet)
