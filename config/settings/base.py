"""Settings shared by every environment; the others import from here."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEFAULT_DATABASE_URL = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL), conn_max_age=60
    )
}
USES_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

INSTALLED_APPS = [
    "home",
    "newsroom",
    "newsroom.wordpress",
    "taskforce",
    "taskforce.letters",
    "policy",
    "search",
    "editors",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "localflavor",
    "phonenumber_field",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]
if USES_POSTGRES:
    # Wagtail's search index uses SearchVectorField/GinIndex on PostgreSQL.
    INSTALLED_APPS.append("django.contrib.postgres")

MIDDLEWARE = [
    "log_request_id.middleware.RequestIDMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "home.csp.SiteCSPMiddleware",
    "home.view_restrictions.ViewRestrictionsOncePerRequestMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Patterned old WordPress addresses (dates, /page/N/, feeds); after exact redirect rows.
    "newsroom.wordpress.middleware.LegacyUrlMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.surrogate_keys.SurrogateKeyMiddleware",
    "home.middleware.PublicCacheControlMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Seconds a browser or CDN may keep a public page (anonymous, no form); see home/middleware.py.
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "300"))

# One cache shared by every app server (rate limits, facets, menus): Redis when REDIS_URL is set,
# otherwise Django's per-process memory cache (the deploy check warns about that).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "newsroom",
        }
    }

# The HTTP caches in front (Varnish), comma-separated, e.g. http://127.0.0.1:6081: publishing
# purges what changed there (home/frontend_cache.py).
WAGTAILFRONTENDCACHE = {
    f"varnish{n}": {"BACKEND": "home.frontend_cache.XkeyBackend", "LOCATION": url.strip()}
    for n, url in enumerate(os.environ.get("FRONTEND_CACHE_URLS", "").split(","))
    if url.strip()
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "collected-static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
# Uploads live under /uploads/: /media/ is the press centre, a page of the site.
MEDIA_URL = "/uploads/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

WAGTAIL_SITE_NAME = "U.S. Conference of Mayors"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Staff roles (editors/roles.py) narrow page permissions to the page types of each role.
PAGE_PERMISSION_TESTER = "editors.roles.RolePagePermissionTester"
# Autosave writes many log entries; purge_revisions (see README) keeps them in check.
WAGTAIL_AUTOSAVE_INTERVAL = 60_000

TAGGIT_CASE_INSENSITIVE = True
PHONENUMBER_DEFAULT_REGION = "US"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@example.org")

# Django 5.2's task framework via django-tasks; immediate unless a deployment says otherwise.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Demo content is assembled from each app's loader, lowest layer first, so that the home app
# never imports the apps built on top of it.
DEMO_CONTENT_LOADERS = [
    "home.demo.load",
    "home.demo_press_centre.load",
    "taskforce.demo.load_people",
    "newsroom.demo.load",
    "taskforce.demo.load",
    "taskforce.letters.demo.load",
    "policy.demo.load",
]

# CSP, Permissions-Policy, login throttling, request limits, logging and error mail.
from .security import *  # noqa: E402, F403
