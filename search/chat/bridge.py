"""Other channels (a WhatsApp bridge, the intranet) call the chat API with their own token.

A bridge forwards many citizens from one address, so the per-IP limit would throttle all of
them at once. A request with `Authorization: Bearer <token>` for a token in CHAT_API_TOKENS
("whatsapp:secret,intranet:other-secret") is limited per token instead, to
CHAT_API_TOKEN_RATE_LIMIT per minute (default 600, 0 = off), and analytics learn its channel.
Without the header the API stays public and limited per IP. A wrong token is refused rather
than treated as public, so a misconfigured bridge notices at once instead of being throttled
later.
"""

import hashlib
import hmac
import re
from dataclasses import dataclass
from functools import lru_cache, wraps

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import JsonResponse
from django.utils.translation import gettext as _

from search.models import Channel
from search.ratelimit import is_rate_limited, over_limit, too_many_requests

SCOPE = "chat"
# Long enough that guessing is hopeless at API_RATE_LIMIT guesses per minute per address.
MIN_TOKEN_LENGTH = 20
# Channel names end up in analytics' channel column (16 characters).
_CHANNEL_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,15}")


@dataclass(frozen=True)
class Bridge:
    channel: str
    # Only a digest is kept: comparing digests takes the same time whatever the token's length,
    # and the cache key for the rate limit never contains the secret.
    digest: bytes

    @property
    def key(self) -> str:
        return self.digest.hex()[:24]


class InvalidToken(Exception):
    pass


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


@lru_cache(maxsize=4)
def parse_tokens(raw: str) -> tuple[Bridge, ...]:
    """The bridges in a CHAT_API_TOKENS value. Parsed once per value; a malformed entry raises
    ImproperlyConfigured (naming the entry by position, never by its secret)."""
    bridges = []
    for position, entry in enumerate(raw.split(","), start=1):
        if not entry.strip():
            continue
        channel, separator, token = entry.strip().partition(":")
        channel, token = channel.strip().lower(), token.strip()
        if not separator or not _CHANNEL_NAME.fullmatch(channel):
            raise ImproperlyConfigured(
                f"CHAT_API_TOKENS entry {position} must look like channel:token, with a channel "
                "name of at most 16 lowercase letters, digits, - or _."
            )
        if len(token) < MIN_TOKEN_LENGTH:
            raise ImproperlyConfigured(
                f"CHAT_API_TOKENS entry {position} ({channel}): the token needs at least "
                f"{MIN_TOKEN_LENGTH} characters; generate one with "
                '`python -c "import secrets; print(secrets.token_urlsafe(32))"`.'
            )
        bridge = Bridge(channel=channel, digest=_digest(token))
        if any(other.digest == bridge.digest for other in bridges):
            raise ImproperlyConfigured(f"CHAT_API_TOKENS entry {position} repeats a token.")
        bridges.append(bridge)
    return tuple(bridges)


def authenticate(request) -> Bridge | None:
    """The bridge whose token the request carries; None without an Authorization header.
    Raises InvalidToken for any other scheme or an unknown token."""
    header = request.headers.get("Authorization", "").strip()
    if not header:
        return None
    scheme, _space, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise InvalidToken
    # Only parsed when a token is presented: a broken setting must not take the public chat down.
    bridges = parse_tokens(settings.CHAT_API_TOKENS or "")
    presented = _digest(token)
    found = None
    for bridge in bridges:
        # Compare with every token, also after a match, so the time taken tells nothing.
        if hmac.compare_digest(bridge.digest, presented):
            found = bridge
    if found is None:
        raise InvalidToken
    return found


def is_token_rate_limited(bridge: Bridge) -> bool:
    limit = settings.CHAT_API_TOKEN_RATE_LIMIT
    return over_limit(f"{SCOPE}-token:{bridge.key}", limit)


def chat_channel(view):
    """View decorator for the chat API: checks a bridge's token, applies the rate limit (per
    token, or per IP for the public) and passes the `channel` name to the view."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            bridge = authenticate(request)
        except InvalidToken:
            # Wrong guesses use up the caller's per-IP budget, so tokens cannot be guessed fast.
            if is_rate_limited(request, SCOPE):
                return too_many_requests()
            response = JsonResponse(
                {"error": _("The token is not valid. Check the key your connection uses.")},
                status=401,
            )
            response["WWW-Authenticate"] = 'Bearer error="invalid_token"'
            return response
        if bridge is None:
            limited, channel = is_rate_limited(request, SCOPE), Channel.CHATBOT.value
        else:
            limited, channel = is_token_rate_limited(bridge), bridge.channel
        if limited:
            return too_many_requests()
        return view(request, *args, channel=channel, **kwargs)

    return wrapper
