"""Who may read VACs from our endpoint: a key from the admin, or a JWT signed with our secret.

`Authorization: Token <key>` is what KISS sends to an Objects API; `Authorization: Bearer <jwt>`
(HS256, OBJECTS_API_JWT_SECRET) is accepted too. The VACs hold internal notes (`toelichting`),
so there is no anonymous access: no header is a 401, a wrong or revoked key a 403.
"""

import base64
import binascii
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.utils import timezone

from kennisbank.models import ObjectsApiToken

# last_used_at is written at most this often per key: not one UPDATE per request.
LAST_USED_RESOLUTION_SECONDS = 60


class Denied(Exception):
    def __init__(self, status: int):
        self.status = status


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def valid_jwt(token: str, secret: str) -> bool:
    """An HS256 JWT signed with `secret` and not expired."""
    try:
        header_part, payload_part, signature_part = token.split(".")
        header = json.loads(_b64decode(header_part))
        payload = json.loads(_b64decode(payload_part))
        signature = _b64decode(signature_part)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    if not isinstance(header, dict) or header.get("alg") != "HS256":
        return False
    expected = hmac.new(
        secret.encode(), f"{header_part}.{payload_part}".encode(), hashlib.sha256
    ).digest()
    if not hmac.compare_digest(expected, signature):
        return False
    return isinstance(payload, dict) and _in_time(payload, time.time())


# How long a JWT without "exp" is valid after its "iat", as the ZGW APIs do (JWT_EXPIRY); a
# little leeway for clocks that differ.
JWT_MAX_AGE_SECONDS = 60 * 60
JWT_LEEWAY_SECONDS = 60


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _in_time(payload: dict, now: float) -> bool:
    """Valid now by its "iat" (issued at most JWT_MAX_AGE_SECONDS ago) and its "exp" (not
    passed, nor further ahead than that), of which it needs at least one. A token with
    neither, a value that is no number, or an "exp" years ahead would be valid for ever, and
    it gives access to the internal notes."""
    expires, issued = payload.get("exp"), payload.get("iat")
    if expires is None and issued is None:
        return False
    if issued is not None and not (
        _number(issued) and now - JWT_MAX_AGE_SECONDS <= issued <= now + JWT_LEEWAY_SECONDS
    ):
        return False
    return expires is None or (
        _number(expires)
        and now - JWT_LEEWAY_SECONDS < expires <= now + JWT_MAX_AGE_SECONDS + JWT_LEEWAY_SECONDS
    )


def check(request) -> None:
    """Raise Denied(401) without credentials and Denied(403) with wrong ones."""
    header = request.headers.get("Authorization", "")
    scheme, _space, credentials = header.strip().partition(" ")
    credentials = credentials.strip()
    if not credentials:
        raise Denied(401)
    if scheme.lower() == "token":
        token = ObjectsApiToken.objects.matching(credentials)
        if token is None or token.revoked:
            raise Denied(403)
        now = timezone.now()
        if (
            token.last_used_at is None
            or (now - token.last_used_at).total_seconds() > LAST_USED_RESOLUTION_SECONDS
        ):
            ObjectsApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return
    if scheme.lower() == "bearer" and settings.OBJECTS_API_JWT_SECRET:
        if valid_jwt(credentials, settings.OBJECTS_API_JWT_SECRET):
            return
        raise Denied(403)
    raise Denied(401)
