"""Admin for the newsroom's snippets: listing, search, filters and export for editors."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .snippets import Boilerplate, MediaContact, Organization


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = "Organizations"
    list_display = ["name", "short_name", "website"]
    search_fields = ["name", "short_name"]
    search_backend_name = None
    ordering = ["name"]


class BoilerplateViewSet(SnippetViewSet):
    model = Boilerplate
    icon = "doc-full"
    menu_label = "Boilerplates"
    list_display = ["__str__", "organization", "effective_from", "live"]
    list_filter = ["organization", "live"]
    list_export = ["organization", "effective_from", "live"]
    search_fields = ["organization__name", "text"]
    search_backend_name = None
    ordering = ["organization__name", "-effective_from"]


class MediaContactViewSet(SnippetViewSet):
    model = MediaContact
    icon = "mail"
    menu_label = "Media contacts"
    list_display = ["name", "title", "organization", "email"]
    list_filter = ["organization"]
    list_export = ["name", "title", "organization", "email", "phone"]
    search_fields = ["name", "title", "email"]
    search_backend_name = None
    ordering = ["name"]


class NewsroomViewSetGroup(SnippetViewSetGroup):
    menu_label = "Newsroom"
    menu_icon = "doc-full-inverse"
    menu_order = 250
    items = (OrganizationViewSet, BoilerplateViewSet, MediaContactViewSet)


register_snippet(NewsroomViewSetGroup)
