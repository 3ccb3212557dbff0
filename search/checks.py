"""`manage.py check --deploy`: production must not keep shared state in one process's memory."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in PER_PROCESS:
        return []
    return [
        Warning(
            "The cache is kept per process: with several workers or servers, chat follow-ups "
            "lose their conversation and rate limits count per worker.",
            hint="Set REDIS_URL, or leave CACHES to the default database cache.",
            id="search.W001",
        )
    ]
