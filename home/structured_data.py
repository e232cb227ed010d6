"""Schema.org JSON-LD for search engines: the organization, breadcrumbs, and the script tag.

Page types add their own item (NewsArticle, Person) through `structured_data(request)`; this
module only knows the site frame, so the dependency arrows keep pointing downwards.
"""

import json

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from .site_settings import SiteSettings

LOGO_PATH = "img/logo.png"


def absolute(request, url):
    return url if url.startswith(("http://", "https://")) else request.build_absolute_uri(url)


def image_url(request, image, spec="fill-1200x630|format-jpeg"):
    """An absolute URL of a JPEG rendition, as social networks and search engines want."""
    return absolute(request, image.get_rendition(spec).url)


def organization(request, site_settings=None):
    site_settings = site_settings or SiteSettings.for_request(request)
    data = {
        "@type": "Organization",
        "name": site_settings.organization_name,
        "url": request.build_absolute_uri("/"),
        "logo": {"@type": "ImageObject", "url": absolute(request, static(LOGO_PATH))},
        "sameAs": [url for _name, url in site_settings.social_links],
    }
    if site_settings.organization_short_name:
        data["alternateName"] = site_settings.organization_short_name
    if site_settings.address:
        data["address"] = site_settings.address
    return data


def breadcrumbs(request, trail):
    """BreadcrumbList from (name, url) pairs, home first."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": absolute(request, url)}
            for n, (name, url) in enumerate(trail, start=1)
        ],
    }


def page_trail(page, request):
    """(title, url) of the page and its ancestors from the site's home page down.

    The home page and its children are already read for the menu (home.site_tree), so pages
    up to two levels down cost no query; deeper pages read their other ancestors in one.
    """
    from .site_tree import top_pages

    root, children = top_pages(request)
    if root is None or not page.path.startswith(root.path):
        ancestors = list(page.get_ancestors(inclusive=True).filter(depth__gte=2))
    else:
        known = {p.path: p for p in [root, *children]}
        known[page.path] = page
        steps = Page.steplen
        paths = [page.path[:n] for n in range(len(root.path), len(page.path) + 1, steps)]
        missing = [path for path in paths if path not in known]
        if missing:
            known.update({p.path: p for p in Page.objects.filter(path__in=missing)})
        ancestors = [known[path] for path in paths if path in known]
    return [(p.title, p.get_url(request)) for p in ancestors]


def script_tag(items):
    """<script type="application/ld+json"> with the items; '<' escaped so text cannot end it."""
    data = {"@context": "https://schema.org", "@graph": items}
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
