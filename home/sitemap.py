"""The sitemap's pages in one query whatever the number of page types.

Wagtail's sitemap loads each page's specific fields (one query per page type) only to ask it for
its address and date, which the base page row already holds; deferred specific pages answer the
same without those queries. Types that list more addresses (people, resolutions) still do.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap


class PageSitemap(Sitemap):
    def items(self):
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .specific(defer=True)
        )


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"wagtail": PageSitemap})
