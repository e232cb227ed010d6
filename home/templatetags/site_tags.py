from django import template

from home import surrogate_keys
from home.site_settings import SiteSettings
from home.site_tree import top_pages

register = template.Library()


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages marked 'show in menus', with aria-current on the section being read."""
    request = context["request"]
    surrogate_keys.add(request, "menu")
    current = context.get("page")
    items = []
    _root, children = top_pages(request)
    for item in (page for page in children if page.show_in_menus):
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
    _root, children = top_pages(context["request"])
    by_slug = {p.slug: p for p in children if p.slug in FOOTER_SLUGS}
    return [by_slug[slug] for slug in FOOTER_SLUGS if slug in by_slug]


@register.simple_tag(takes_context=True)
def organization_name(context):
    """The name from Site settings, else the field's default: a page rendered without a site
    (an error page on an unknown host, a component on its own) still names the organization.
    """
    request = context.get("request")
    name = ""
    if request is not None:
        try:
            name = SiteSettings.for_request(request).organization_name
        except SiteSettings.DoesNotExist:
            pass
    return name or SiteSettings._meta.get_field("organization_name").default
