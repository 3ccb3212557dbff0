"""System checks: production must not keep shared state in one process's memory, and a chat
bridge's tokens must be readable before the first bridge message arrives."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured

from search.chat.bridge import parse_tokens

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


@register(deploy=True)
def chat_bridge_tokens(app_configs, **kwargs):
    # Parsed only when a bridge presents a token, so that a broken value cannot take the public
    # chat down; without this check the first sign of a typo was a 500 for every bridge. A
    # deploy check: as an error in every command it would stop the reminders and the KISS sync.
    try:
        parse_tokens(settings.CHAT_API_TOKENS or "")
    except ImproperlyConfigured as error:
        return [Error(str(error), hint="See CHAT_API_TOKENS in .env.example.", id="search.E001")]
    return []
