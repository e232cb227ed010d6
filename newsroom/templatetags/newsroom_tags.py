from django import template

from newsroom.models import PressItemPage

register = template.Library()


@register.inclusion_tag("components/news_list.html", takes_context=True)
def latest_news(context, count=5, tag=None):
    """Latest live, public press items, optionally only those with a tag slug."""
    items = PressItemPage.objects.live().public().defer_streamfields().order_by("-date", "-id")
    if tag:
        items = items.filter(tags__slug=tag)
    return {"items": list(items[:count]), "request": context.get("request")}
