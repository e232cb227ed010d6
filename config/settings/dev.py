from .base import *  # noqa: F403

DEBUG = True
# Development only: a fixed key. Production refuses to start without its own.
SECRET_KEY = "dev-only-insecure-key-change-me"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
INTERNAL_IPS = ["127.0.0.1"]
PUBLIC_CACHE_MAX_AGE = 0  # see edits at once while developing
