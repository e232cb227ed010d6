"""Admin for the newsroom: the News listing, snippets, defaults for new press items."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.views.pages.create import CreateView
from wagtail.signals import init_new_page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_listing import NEWSROOM_MENU_HOOK, PressItemListingViewSet
from .defaults import requested_item_type
from .models import PressItemPage
from .new_press_item import start_press_item
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
    menu_order = 150
    submenu_hook = NEWSROOM_MENU_HOOK  # the News listing joins this menu through the hook
    items = (OrganizationViewSet, BoilerplateViewSet, MediaContactViewSet)


register_snippet(NewsroomViewSetGroup)


@hooks.register("register_admin_viewset")
def register_news_listing():
    return PressItemListingViewSet()


@hooks.register("before_create_page")
def remember_requested_item_type(request, parent_page, page_class):
    requested_item_type.set(request.GET.get("item_type", "") if page_class is PressItemPage else "")


def _start_press_item(sender, page, parent, **kwargs):
    if isinstance(page, PressItemPage):
        start_press_item(page, parent)


init_new_page.connect(_start_press_item, sender=CreateView, dispatch_uid="newsroom-defaults")


@hooks.register("insert_editor_js")
def release_status_script():
    return format_html(
        '<script src="{}" defer></script>', static("newsroom/admin/release-action.js")
    )
