"""Per-IP rate limiting for the public JSON APIs (search, chat).

A fixed one-minute window, counted atomically where every worker and server sees the same
count: Redis (INCR) when REDIS_URL is set, otherwise one UPDATE ... SET count = count + 1 in the
database. API_RATE_LIMIT (requests per minute, environment) sets the limit; 0 turns it off.
Behind proxies, TRUSTED_PROXY_COUNT says how many of them add the client to X-Forwarded-For
(gunicorn itself passes the proxy's address as REMOTE_ADDR). When the counter cannot be
reached, requests are let through: a broken counter must not lock citizens out.
"""

import ipaddress
import logging
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import JsonResponse
from django.utils.translation import gettext as _

from search import shared_state
from search.models import RateLimitWindow

logger = logging.getLogger(__name__)


def client_ip(request) -> str:
    """The citizen the limits count: the address the outermost trusted proxy saw, else the
    connection's; an IPv6 address by its /64, which one household or phone has whole.

    Only the last TRUSTED_PROXY_COUNT entries of X-Forwarded-For were written by our own
    proxies (anything before them the client may have made up to dodge the limit), and only
    when the connection itself comes from a proxy: loopback or a private network.
    """
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return "unknown"
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not (remote.is_loopback or remote.is_private):
        if forwarded and proxies <= 0:
            _warn_once(
                "Requests come through a proxy (X-Forwarded-For) but TRUSTED_PROXY_COUNT "
                "is 0: the rate limits count all citizens behind it as one client."
            )
        return _key(remote)
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if len(hops) < proxies:
        _warn_once(
            f"TRUSTED_PROXY_COUNT is {proxies} but requests carry fewer X-Forwarded-For "
            "addresses: the rate limits count the proxy, not the citizens."
        )
        return _key(remote)
    client = _address(hops[-proxies])
    return _key(client if client is not None else remote)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address as a proxy may write it: bare, with a port ("1.2.3.4:5678") or in brackets
    ("[2001:db8::1]:443"); None when it is none."""
    text = text.strip()
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _key(address) -> str:
    if address.version == 4:
        return str(address)
    if address.ipv4_mapped is not None:  # ::ffff:1.2.3.4, as a dual-stack server writes IPv4
        return str(address.ipv4_mapped)
    return str(ipaddress.ip_network(f"{address}/64", strict=False))


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        logger.warning(message)


def _count_in_redis(key: str) -> int:
    # add() and incr() are single Redis commands: two first requests cannot both start at 1.
    if cache.add(key, 1, timeout=70):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=70)
        return 1


def _count_in_database(key: str, window: int) -> int:
    counters = RateLimitWindow.objects.filter(key=key)
    if not counters.update(count=F("count") + 1):
        try:
            with transaction.atomic():
                RateLimitWindow.objects.create(key=key, count=1, window=window)
            # A new minute: last minute's counters are done with.
            RateLimitWindow.objects.filter(window__lt=window - 1).delete()
            return 1
        except IntegrityError:  # another worker made it first
            counters.update(count=F("count") + 1)
    return counters.values_list("count", flat=True).first() or 1


def over_limit(key: str, limit: int) -> bool:
    """Count one request for `key` in the current minute; True once there are more than `limit`.
    A limit of 0 is no limit."""
    if not limit:
        return False
    window = int(time.time() // 60)
    full_key = f"ratelimit:{key}:{window}"[:200]
    try:
        if isinstance(caches["default"], RedisCache):
            count = _count_in_redis(full_key)
        else:
            count = _count_in_database(full_key, window)
    except shared_state.CACHE_ERRORS as error:
        shared_state.warn_unreachable(error)
        return False
    return count > limit


def is_rate_limited(request, scope: str) -> bool:
    return over_limit(f"{scope}:{client_ip(request)}", settings.API_RATE_LIMIT)


def too_many_requests() -> JsonResponse:
    response = JsonResponse(
        {"error": _("Too many requests. Please wait a minute and try again.")}, status=429
    )
    response["Retry-After"] = "60"
    return response


def rate_limited(scope: str):
    """View decorator answering 429 with a Dutch message when the client asks too often."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if is_rate_limited(request, scope):
                return too_many_requests()
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
