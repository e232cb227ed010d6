from django import template
from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages marked 'show in menus', with aria-current on the section being read."""
    request = context["request"]
    site = Site.find_for_request(request)
    current = context.get("page")
    items = []
    if site is not None:
        pages = Page.objects.child_of(site.root_page).live().public().in_menu()
        for item in pages:
            state = None
            if current is not None and current.pk == item.pk:
                state = "page"
            elif current is not None and current.path.startswith(item.path):
                state = "true"
            items.append({"page": item, "current": state})
    return {"items": items, "request": request}


@register.simple_tag(takes_context=True)
def structured_data(context):
    """JSON-LD for the page being shown: the page's own items, or the view's `structured_data`."""
    from home.structured_data import script_tag

    request = context["request"]
    items = context.get("structured_data")
    page = context.get("page")
    if items is None and page is not None and hasattr(page, "structured_data"):
        items = page.structured_data(request)
    return script_tag(items) if items else ""


FOOTER_SLUGS = ["media", "contact", "privacy"]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The press centre, contact and privacy pages, when the site has them: one query."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return []
    pages = Page.objects.child_of(site.root_page).live().public().filter(slug__in=FOOTER_SLUGS)
    by_slug = {p.slug: p for p in pages}
    return [by_slug[slug] for slug in FOOTER_SLUGS if slug in by_slug]
