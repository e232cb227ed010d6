from django import template

from home import surrogate_keys, tree_cache
from newsroom import counts
from newsroom.filters import ArchiveFilter
from newsroom.models import NewsIndexPage, PressItemPage

register = template.Library()


@register.inclusion_tag("components/news_list.html", takes_context=True)
def latest_news(context, count=5, tag=None, topic=None):
    """Latest published press items, optionally only those with a tag slug.

    Uses the archive's own filter, so a hub lists exactly what `/news/?tag=<slug>` lists, and
    links there, naming the topic when the caller knows it. Two queries whatever the number
    of items (plus one for the archive's URL).
    """
    archive_filter = ArchiveFilter.from_querydict({"tag": tag or ""})
    try:
        count = max(1, min(int(count), 50))
    except (TypeError, ValueError):
        count = 5
    items = counts.listing(archive_filter, PressItemPage.objects.published(), count)
    request = context.get("request")
    result = {"items": list(items[:count]), "request": request}
    surrogate_keys.add(request, archive_filter.cache_key())
    surrogate_keys.add_pages(request, result["items"])
    if archive_filter.tag:
        archive = tree_cache.cached(
            "news-index", lambda: NewsIndexPage.objects.live().public().first()
        )
        if archive is not None:
            result["more_url"] = archive.get_url(context.get("request")) + (
                archive_filter.querystring()
            )
            result["more_label"] = (
                f"More news about {topic}" if topic else "More news on this topic"
            )
    return result


@register.filter
def tag_query(slug):
    """'?tag=<slug>': a link to one tag's archive, built like every other archive link."""
    return ArchiveFilter(tag=slug).querystring()
