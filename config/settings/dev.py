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
