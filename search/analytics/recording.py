"""Record what people ask, on every channel, without personal data and without ever failing.

    token = record_search(Channel.WEBSITE, query, response)
    record_click(token, page_id, rank)

Every query is scrubbed (search.scrubbing) before anything is written. A write that fails (a
locked SQLite file, a database restart) must not cost the citizen their answer, so errors are
logged and the event waits in a small in-process buffer that the next successful write (or the
worker's graceful exit) flushes: a short outage loses no events. An event the database refuses
is dropped on its own, never blocking the next; every dropped event is counted (lost_events(),
on the admin dashboard).
"""

import atexit
import logging
import re
import threading
import uuid
from collections import deque

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction

from search.crisis import crisis_in
from search.models import (
    QUERY_MAX_LENGTH,
    Channel,
    ClickEvent,
    FeedbackEvent,
    Outcome,
    SearchEvent,
)
from search.scrubbing import scrub
from search.understanding import content_tokens, normalise, stem

logger = logging.getLogger(__name__)

RESULT_IDS_KEPT = 10
BUFFER_SIZE = 1000
# Placeholders the scrubber puts in ("[BSN]", "[POSTCODE+HUISNUMMER]") are no part of the need.
_PLACEHOLDER = re.compile(r"\[[A-Z+-]+\]")

_pending: deque = deque(maxlen=BUFFER_SIZE)
_pending_lock = threading.Lock()


def is_enabled() -> bool:
    return settings.ANALYTICS_ENABLED


def group_key(normalised_query: str) -> str:
    """The need behind a phrasing: sorted stems of its content words, so that plurals and
    word order fall together ("paspoorten aanvragen" = "aanvraag paspoort" almost; typos are
    merged later, in search.analytics.grouping)."""
    stems = {stem(word) for word in content_tokens(normalised_query.split())}
    return " ".join(sorted(stems))[:QUERY_MAX_LENGTH]


def describe_query(query: str) -> tuple[str, str, str]:
    """(scrubbed query, normalised query, group key); the only forms of a query ever stored."""
    # Text a database can store: no NUL, no lone surrogate halves (they cannot be encoded).
    text = query.replace("\x00", " ").encode("utf-8", "replace").decode("utf-8")
    scrubbed = scrub(text).strip()[:QUERY_MAX_LENGTH]
    normalised = normalise(_PLACEHOLDER.sub(" ", scrubbed))[:QUERY_MAX_LENGTH]
    return scrubbed, normalised, group_key(normalised)


# The database is away (restart, locked SQLite file): keep the event and try again later.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)
# The event itself cannot be stored (a value the database refuses): retrying cannot help.
BAD_EVENT_ERRORS = (DatabaseError, ValueError, TypeError)
LOST_EVENTS_KEY = "analytics:lost-events"
LOST_EVENTS_SECONDS = 30 * 24 * 60 * 60


def _insert(event) -> None:
    # Inside a transaction (ATOMIC_REQUESTS, a management command) a savepoint keeps a failed
    # insert from aborting the caller's transaction on PostgreSQL; otherwise one INSERT in
    # autocommit: one round trip, no BEGIN/COMMIT around it.
    if connection.in_atomic_block:
        with transaction.atomic():
            event.save(force_insert=True)
    else:
        event.save(force_insert=True)


def _keep_for_later(events) -> None:
    with _pending_lock:
        for unsaved in events:
            if len(_pending) == _pending.maxlen:
                _count_lost(1, "the buffer of unsaved events is full")
            unsaved.pk = None  # the rolled-back insert may have assigned one
            _pending.append(unsaved)


def _count_lost(number: int, reason: str) -> None:
    logger.error("Dropped %d analytics event(s): %s", number, reason)
    try:
        if not cache.add(LOST_EVENTS_KEY, number, LOST_EVENTS_SECONDS):
            cache.incr(LOST_EVENTS_KEY, number)
    except Exception:  # noqa: BLE001 - the counter must not break recording either
        logger.warning("Could not count lost analytics events", exc_info=True)


def lost_events() -> int:
    """How many events were dropped in the last 30 days (shown on the admin dashboard)."""
    try:
        return int(cache.get(LOST_EVENTS_KEY) or 0)
    except Exception:  # noqa: BLE001
        return 0


def _save(event) -> bool:
    """Write `event`, then whatever earlier writes left behind; False when it was not stored.

    Each event is written on its own, so one event the database refuses is dropped (counted,
    logged once with the reason) and never blocks the next; while the database is away, events
    wait in a small buffer that the next successful write flushes."""
    try:
        _insert(event)
    except TRANSIENT_ERRORS:
        logger.warning("Could not store an analytics event; keeping it for later", exc_info=True)
        _keep_for_later([event])
        return False
    except BAD_EVENT_ERRORS as error:
        _count_lost(1, f"{type(error).__name__}: {error}")
        return False
    flush_pending()
    return True


def flush_pending() -> None:
    """Write the events an earlier failure left behind (also at a worker's graceful exit)."""
    with _pending_lock:
        waiting = list(_pending)
        _pending.clear()
    for number, earlier in enumerate(waiting):
        try:
            _insert(earlier)
        except TRANSIENT_ERRORS:
            _keep_for_later(waiting[number:])
            return
        except BAD_EVENT_ERRORS as error:
            _count_lost(1, f"{type(error).__name__}: {error}")


# A worker that stops gracefully (a deploy, gunicorn's max-requests) writes what it still holds.
atexit.register(flush_pending)


def _known_channel(channel: str) -> str:
    """An unknown channel name (a new bridge) is counted under the API, not lost."""
    return channel if channel in Channel.values else Channel.API


def record_search(
    channel: str,
    query: str,
    response=None,
    *,
    outcome: str | None = None,
    confidence: float | None = None,
    results=None,
    reformulation_of: str | None = None,
    follow_up: bool = False,
) -> str | None:
    """Store one search; returns its token (for clicks and feedback) or None when nothing
    was recorded. `response` is a search.retrieval.SearchResponse; chat turns pass `outcome`,
    `confidence` and the `results` they showed instead. Never raises."""
    if not is_enabled():
        return None
    if crisis_in(query):
        # "ik wil niet meer leven" is health data: no channel keeps it (search.crisis).
        return None
    try:
        scrubbed, normalised, key = describe_query(query)
        if not normalised:
            return None
        if results is None:
            results = response.results if response is not None else []
        result_ids = [result.page_id for result in results[:RESULT_IDS_KEPT]]
        corrected = ""
        if response is not None and response.corrected_query:
            corrected = describe_query(response.corrected_query)[1]
        event = SearchEvent(
            channel=_known_channel(channel),
            query=scrubbed,
            normalised_query=normalised,
            group_key=key,
            corrected_query=corrected,
            outcome=outcome or (Outcome.RESULTS if results else Outcome.NO_RESULTS),
            result_count=len(results),
            result_ids=result_ids,
            top_page_id=result_ids[0] if result_ids else None,
            confidence=confidence,
            reformulation_of=_as_uuid(reformulation_of),
            follow_up=follow_up,
        )
        _save(event)
        return event.token.hex
    except Exception:  # noqa: BLE001 - analytics must never break the search itself
        logger.exception("Recording a search failed")
        return None


def token_from(value) -> str | None:
    """A search token as it came back in a link or form, or None when it does not look like
    one (it is only shown again in pages, so anything else must not be)."""
    return value if value and len(value) <= 32 and value.isalnum() else None


def _as_uuid(value) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def find_search(token) -> SearchEvent | None:
    """The search a token belongs to; None for a missing, malformed or expired token."""
    parsed = _as_uuid(token)
    if parsed is None:
        return None
    try:
        return SearchEvent.objects.filter(token=parsed).first()
    except DatabaseError:
        logger.warning("Could not look up a search event", exc_info=True)
        return None


def _was_shown(search: SearchEvent, page_id: int, rank: int) -> bool:
    # Only the first RESULT_IDS_KEPT ids are stored; further pages are trusted by their rank.
    if rank <= len(search.result_ids):
        return page_id in search.result_ids
    return rank <= search.result_count


def record_click(token, page_id: int, rank: int, channel: str | None = None) -> bool:
    """Store that result `page_id` at `rank` (1-based) of search `token` was opened.
    Only clicks on a result the search really showed count. Never raises."""
    if not is_enabled():
        return False
    try:
        search = find_search(token)
        if search is None or not _was_shown(search, page_id, rank):
            return False
        return _save(
            ClickEvent(
                channel=channel or search.channel,
                search=search,
                page_id=page_id,
                rank=max(1, min(int(rank), 1000)),
            )
        )
    except Exception:  # noqa: BLE001
        logger.exception("Recording a click failed")
        return False


def record_feedback(
    page_id: int,
    helpful: bool,
    channel: str,
    reason: str = "",
    search_token=None,
) -> FeedbackEvent | None:
    """Store "Was dit antwoord nuttig?" for answer `page_id`; the stored event (truthy) or
    None. Never raises."""
    if not is_enabled():
        return None
    try:
        event = FeedbackEvent(
            channel=_known_channel(channel),
            page_id=page_id,
            helpful=bool(helpful),
            reason=reason if reason in FeedbackEvent.Reason.values else "",
            search=find_search(search_token) if search_token else None,
        )
        return event if _save(event) else None
    except Exception:  # noqa: BLE001
        logger.exception("Recording feedback failed")
        return None


def change_feedback(event_id: int, helpful: bool) -> bool:
    """A citizen who changed their mind right after voting ("Ja", then "Nee"): the same
    feedback with the new vote, without the reason of the old one."""
    try:
        return bool(FeedbackEvent.objects.filter(pk=event_id).update(helpful=helpful, reason=""))
    except DatabaseError:
        logger.warning("Could not change a feedback vote", exc_info=True)
        return False


def add_feedback_reason(event_id: int, reason: str) -> bool:
    """The reason a citizen gives after "Nee", added to the feedback they just gave."""
    if reason not in FeedbackEvent.Reason.values:
        return False
    try:
        return bool(
            FeedbackEvent.objects.filter(pk=event_id, helpful=False, reason="").update(
                reason=reason
            )
        )
    except DatabaseError:
        logger.warning("Could not store a feedback reason", exc_info=True)
        return False
