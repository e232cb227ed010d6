import os

from .base import *  # noqa: F403

DEBUG = True
# runserver leaves static files to whitenoise, whose finder mode serves them from the source
# folders; a junk path such as /static/../x then gets a 400 or 404, never Django's
# StaticFilesHandler's 500.
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]  # noqa: F405
# Development only: a fixed key. Production refuses to start without its own.
SECRET_KEY = "dev-only-insecure-key-change-me"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
INTERNAL_IPS = ["127.0.0.1"]
PUBLIC_CACHE_MAX_AGE = 0  # see edits at once while developing
# `make run PORT=8123` says which port it serves on, so e-mailed admin links point there.
DEV_PORT = os.environ.get("DEV_PORT", "8000")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{DEV_PORT}")
