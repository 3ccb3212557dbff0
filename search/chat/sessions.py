"""Chat sessions: a random id and the topic of the last answer, for half an hour, nothing else.

Kept in the shared cache (search.shared_state: Redis, or the database's cache table), so that a
follow-up reaches whichever worker, and for half an hour only, so nothing about the person
outlives the conversation. An unknown or expired id simply starts a new session.
"""

import re
import secrets

from search import shared_state

SESSION_SECONDS = 30 * 60
_PREFIX = "chat-session:"
# What secrets.token_urlsafe gives out: anything else (spaces, control characters) was never
# issued here and must not become part of a cache key.
_SESSION_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")


def load(session_id: str | None) -> tuple[str, dict]:
    """(session id, state); a new random id when the given one is unknown or malformed."""
    if isinstance(session_id, str) and _SESSION_ID.fullmatch(session_id):
        state = shared_state.get(_PREFIX + session_id)
        if state is not None:
            return session_id, state
    return secrets.token_urlsafe(24), {}


def save(session_id: str, state: dict):
    shared_state.set(_PREFIX + session_id, state, SESSION_SECONDS)
