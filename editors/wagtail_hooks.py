"""Registers the staff roles' rules, the dashboard panels and their styles with Wagtail."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .dashboard import panels_for
from .forbidden import forbidden_unless_role_covers


@hooks.register("construct_homepage_panels")
def add_editors_panels(request, panels):
    panels.extend(panels_for(request.user))


@hooks.register("insert_global_admin_css")
def editors_css():
    return format_html('<link rel="stylesheet" href="{}">', static("editors/dashboard.css"))


@hooks.register("insert_editor_js")
def tag_input_label_js():
    return format_html('<script src="{}" defer></script>', static("editors/tag-input-label.js"))


hooks.register("before_create_page", forbidden_unless_role_covers)
