"""NewsArticle JSON-LD for a press item: what search engines and Google News read."""

from home.site_settings import SiteSettings
from home.structured_data import image_url, organization

HEADLINE_MAX = 110  # Google's limit for a NewsArticle headline


def quoted_speakers(page):
    """Names of the people quoted in the body (a chooser or a typed name), in order."""
    names = []
    for block in page.body:
        if block.block_type != "quote":
            continue
        person = block.value.get("speaker")
        name = (
            getattr(person, "name_with_office", "") if person else block.value.get("speaker_name")
        )
        if name and name not in names:
            names.append(name)
    return names


def news_article(page, request):
    site_settings = SiteSettings.for_request(request)
    publisher = organization(request, site_settings)
    image = page.get_share_image() or site_settings.default_share_image
    headline = page.title
    if len(headline) > HEADLINE_MAX:
        headline = headline[: HEADLINE_MAX - 1].rsplit(" ", 1)[0] + "…"
    data = {
        "@type": "NewsArticle",
        "headline": headline,
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "datePublished": page.published_at.isoformat(),
        "dateModified": page.modified_at.isoformat(),
        "articleSection": page.get_item_type_display(),
        "publisher": publisher,
        "author": [
            {"@type": "Organization", "name": org.name, "url": org.website or publisher["url"]}
            for org, _boilerplate in page.issuers_with_boilerplate()
        ]
        or [publisher],
        "about": [{"@type": "Thing", "name": tag.name} for tag in page.tags.all()],
        "mentions": [{"@type": "Person", "name": name} for name in quoted_speakers(page)],
    }
    if page.dateline:
        data["locationCreated"] = {"@type": "Place", "name": page.dateline}
    if image is not None:
        data["image"] = [image_url(request, image)]
    return data
