"""Per-item old addresses as `wagtail.contrib.redirects` rows, kept in step with the pages.

A row exists only while its page is live and public: a draft or a scheduled item has no
redirect (its old `?p=ID` must not reveal it). When Wagtail publishes the page later (say a
scheduled post going live with `publish_scheduled`), the page_published signal adds its rows;
unpublishing removes them.
"""

from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

MAX_PATH = 255


def normalise(path):
    return Redirect.normalise_path(path)


def set_redirects(paths, *, page=None, link="", previous=()):
    """Point every old path at `page` (or `link`); drop rows for `previous` paths not wanted.

    Returns the paths now redirected. A path that is the page's own address is skipped: a
    redirect there would loop.
    """
    wanted = {}
    own = normalise(page.url) if page is not None and page.url else None
    for path in paths:
        key = normalise(path)
        if len(key) <= MAX_PATH and key != own and key != "/":
            wanted[key] = path
    stale = {normalise(p) for p in previous} - set(wanted)
    if stale:
        mine = Redirect.objects.filter(old_path__in=stale, site=None)
        if page is not None:
            mine = mine.filter(redirect_page=page)
        else:
            mine = mine.filter(redirect_page=None, redirect_link=link)
        mine.delete()  # rows an editor re-pointed elsewhere are left alone
    existing = {r.old_path: r for r in Redirect.objects.filter(old_path__in=wanted, site=None)}
    for key in wanted:
        row = existing.get(key)
        if row is None:
            Redirect.objects.create(
                old_path=key,
                site=None,
                is_permanent=True,
                redirect_page=page,
                redirect_link="" if page is not None else link,
            )
        elif (
            row.redirect_page_id != (page.pk if page else None)
            or (page is None and row.redirect_link != link)
            or not row.is_permanent
        ):
            row.redirect_page = page
            row.redirect_link = "" if page is not None else link
            row.is_permanent = True
            row.save()
    return sorted(wanted)


def remove_redirects(paths, page):
    keys = [normalise(p) for p in paths]
    Redirect.objects.filter(old_path__in=keys, site=None, redirect_page=page).delete()


def is_public(page):
    return Page.objects.filter(pk=page.pk).live().public().exists()


def sync_page(item):
    """Rows for an imported post or page, according to whether it is public now."""
    page = item.page
    if page is None:
        return
    if is_public(page):
        set_redirects(item.old_paths, page=page)
    else:
        remove_redirects(item.old_paths, page)


def _on_publish_change(sender, instance, **kwargs):
    from .models import ImportedItem

    for item in ImportedItem.objects.filter(page_id=instance.pk).select_related("page"):
        with transaction.atomic():
            sync_page(item)


def connect():
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(_on_publish_change, dispatch_uid="wordpress_redirects_publish")
    page_unpublished.connect(_on_publish_change, dispatch_uid="wordpress_redirects_unpublish")
