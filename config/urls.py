from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.health import healthz
from home.robots import robots_txt
from home.sitemap import sitemap
from home.surrogate_keys import keyed
from search import views as search_views
from taskforce.city_pages import city_page

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search_views.search, name="search"),
    path("sitemap.xml", keyed(sitemap, "sitemap"), name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("cities/<slug:state>/<slug:name>/", city_page, name="city"),
    path("healthz", healthz, name="healthz"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
