from django import template
from wagtail.models import Page, Site

from home import surrogate_keys, tree_cache

register = template.Library()


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages marked 'show in menus', with aria-current on the section being read."""
    request = context["request"]
    surrogate_keys.add(request, "menu")
    site = Site.find_for_request(request)
    current = context.get("page")
    items = []
    if site is not None:
        pages = tree_cache.cached(
            f"menu:{site.pk}",
            lambda: list(Page.objects.child_of(site.root_page).live().public().in_menu()),
        )
        for item in pages:
            state = None
            if current is not None and current.pk == item.pk:
                state = "page"
            elif current is not None and current.path.startswith(item.path):
                state = "true"
            items.append({"page": item, "current": state})
    return {"items": items, "request": request}
