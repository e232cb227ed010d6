"""Deploy check: several app servers need one shared cache.

The sign-on rate limit and the archive's facet generation live in Django's cache. With a
per-process cache (locmem, the default) every worker counts and invalidates on its own.
"""

from django.conf import settings
from django.core import checks

PER_PROCESS = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS:
        return [
            checks.Warning(
                f"The default cache is per process ({backend.rsplit('.', 1)[-1]}): rate limits "
                "and cache invalidation are not shared between app servers or workers.",
                hint="Set REDIS_URL (e.g. redis://127.0.0.1:6379/0) to use a shared Redis cache.",
                id="home.W001",
            )
        ]
    return []
