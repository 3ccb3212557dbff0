"""Per-IP rate limiting for the public JSON APIs (search, chat).

A fixed one-minute window counted in Django's cache: cheap, and good enough to stop one client
from hammering the API. API_RATE_LIMIT (requests per minute, environment) sets the limit;
0 turns it off. Behind a proxy, REMOTE_ADDR must be the client (configure the proxy or
gunicorn's forwarded-allow-ips accordingly).
"""

import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.utils.translation import gettext as _


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def over_limit(key: str, limit: int) -> bool:
    """Count one request for `key` in the current minute; True once there are more than `limit`.
    A limit of 0 is no limit."""
    if not limit:
        return False
    window = int(time.time() // 60)
    key = f"ratelimit:{key}:{window}"
    # add() is atomic where the cache supports it, so two first requests cannot both start at 1.
    if cache.add(key, 1, timeout=70):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=70)
        return False
    return count > limit


def is_rate_limited(request, scope: str) -> bool:
    return over_limit(f"{scope}:{client_ip(request)}", getattr(settings, "API_RATE_LIMIT", 60))


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
