"""How many published items an archive filter matches, counted once per facet generation.

What a filter matches changes only when what is published changes, and every such change
starts a new facet generation (newsroom/facets.py), so a count cached under the generation is
exact. The archive's paginator takes its total from here instead of a COUNT(*) over the whole
table on every request, and the tag filter uses two of these counts to choose how to read its
items (`tag_by_date`, used by `listing`). Searches (`q`) are counted afresh: their words are
unbounded.
"""

from . import facets


def matching(archive_filter, published):
    """Items of `published` that `archive_filter` matches, whatever its page."""
    queryset = archive_filter.apply(published)
    if archive_filter.q:
        return queryset.count()
    return facets.cached("count", archive_filter.params(), queryset.count)


def tag_by_date(archive_filter, published, rows):
    """Whether the first `rows` items of a tag filter are cheaper found by walking the
    (date, id) index and checking each item's tag than by reading every tagged item and
    sorting them.

    Walking by date reads about rows × others / tagged items; reading by tag reads all tagged
    ones, so a common tag (a hub's topic) is walked by date and a rare one read by tag. SQLite
    keeps no statistics to choose (it always reads by tag, which grows with the archive); these
    counts are exact and, on a warm cache, cost no query.
    """
    if not archive_filter.tag or archive_filter.q:
        return False
    tagged = matching(archive_filter, published)
    others = matching(archive_filter.without_tag(), published)
    return tagged > 0 and rows * others <= tagged * tagged


def listing(archive_filter, published, rows):
    """The items of `published` that `archive_filter` matches, newest first, bodies deferred,
    the tag read the cheaper way for the first `rows` of them."""
    by_date = tag_by_date(archive_filter, published, rows)
    return archive_filter.apply(published.for_listing(), tag_by_date=by_date)
