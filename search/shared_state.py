"""Short-lived state shared by every worker and server (chat conversations, "frequently asked
today", report caches, and Wagtail's own site cache), through Django's cache: Redis or the
database (settings.CACHES).

The cache is a convenience, never a reason to fail a citizen's request: when it cannot be reached
(Redis down or hanging), reads find nothing and writes are skipped, and the log says so once per
minute instead of once per request. The chat then forgets the previous turn (each question
stands alone), rate limits let requests through, and everything else keeps working.
ResilientRedisCache does this for every user of the cache, Wagtail included; get() and set()
below do it for the database cache as well.
"""

import logging
import time

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError

logger = logging.getLogger(__name__)

try:
    from redis import RedisError
except ImportError:  # Redis is optional
    RedisError = OSError

CACHE_ERRORS = (OSError, RedisError, DatabaseError)
WARN_EVERY_SECONDS = 60
_last_warning = [0.0]


def warn_unreachable(error: Exception) -> None:
    now = time.monotonic()
    if now - _last_warning[0] >= WARN_EVERY_SECONDS:
        _last_warning[0] = now
        logger.error(
            "The shared cache cannot be reached (%s); chat conversations are single questions "
            "until it is back",
            error,
        )


def get(key: str, default=None):
    try:
        return cache.get(key, default)
    except CACHE_ERRORS as error:
        warn_unreachable(error)
        return default


def set(key: str, value, timeout: int) -> bool:  # noqa: A001 - mirrors cache.set
    try:
        cache.set(key, value, timeout)
        return True
    except CACHE_ERRORS as error:
        warn_unreachable(error)
        return False


def get_many(keys) -> dict:
    try:
        return cache.get_many(keys)
    except CACHE_ERRORS as error:
        warn_unreachable(error)
        return {}


def set_many(values: dict, timeout: int) -> bool:
    try:
        cache.set_many(values, timeout)
        return True
    except CACHE_ERRORS as error:
        warn_unreachable(error)
        return False


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, with Redis being down or hanging read as an empty cache."""

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except CACHE_ERRORS as error:
            warn_unreachable(error)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except CACHE_ERRORS as error:
            warn_unreachable(error)
            return {}

    def set(self, *args, **kwargs):  # noqa: A003 - Django's cache API
        try:
            return super().set(*args, **kwargs)
        except CACHE_ERRORS as error:
            warn_unreachable(error)

    def set_many(self, *args, **kwargs):
        try:
            return super().set_many(*args, **kwargs)
        except CACHE_ERRORS as error:
            warn_unreachable(error)
            return []

    def add(self, *args, **kwargs):
        # As if the key was new: a rate limit then starts at one, and lets the request through.
        try:
            return super().add(*args, **kwargs)
        except CACHE_ERRORS as error:
            warn_unreachable(error)
            return True

    def delete(self, *args, **kwargs):
        try:
            return super().delete(*args, **kwargs)
        except CACHE_ERRORS as error:
            warn_unreachable(error)
            return False

    def delete_many(self, *args, **kwargs):
        try:
            return super().delete_many(*args, **kwargs)
        except CACHE_ERRORS as error:
            warn_unreachable(error)
