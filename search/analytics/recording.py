"""Record what people ask, on every channel, without personal data and without ever failing.

    token = record_search(Channel.WEBSITE, query, response)
    record_click(token, page_id, rank)

Every query is scrubbed (search.scrubbing) before anything is written. A write that fails (a
locked SQLite file, a database restart) must not cost the citizen their answer, so errors are
logged and the event waits in a small in-process buffer that the next successful write
flushes: a short outage loses no events, a long one loses at most BUFFER_SIZE per process.
"""

import logging
import re
import threading
import uuid
from collections import deque

from django.conf import settings
from django.db import DatabaseError, connection, transaction

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
    return getattr(settings, "ANALYTICS_ENABLED", True)


def group_key(normalised_query: str) -> str:
    """The need behind a phrasing: sorted stems of its content words, so that plurals and
    word order fall together ("paspoorten aanvragen" = "aanvraag paspoort" almost; typos are
    merged later, in search.analytics.grouping)."""
    stems = {stem(word) for word in content_tokens(normalised_query.split())}
    return " ".join(sorted(stems))[:QUERY_MAX_LENGTH]


def describe_query(query: str) -> tuple[str, str, str]:
    """(scrubbed query, normalised query, group key); the only forms of a query ever stored."""
    scrubbed = scrub(query.replace("\x00", " ")).strip()[:QUERY_MAX_LENGTH]
    normalised = normalise(_PLACEHOLDER.sub(" ", scrubbed))[:QUERY_MAX_LENGTH]
    return scrubbed, normalised, group_key(normalised)


def _save(event) -> bool:
    """Write `event` and whatever earlier writes left behind; False when the database failed."""
    with _pending_lock:
        waiting = list(_pending)
        _pending.clear()
    try:
        # Inside a transaction (ATOMIC_REQUESTS, a management command) a savepoint keeps a
        # failed insert from aborting the caller's transaction on PostgreSQL.
        if waiting or connection.in_atomic_block:
            with transaction.atomic():
                for earlier in waiting:
                    earlier.save(force_insert=True)
                event.save(force_insert=True)
        else:
            # One INSERT in autocommit: one round trip, no BEGIN/COMMIT around it.
            event.save(force_insert=True)
        return True
    except (DatabaseError, ValueError, TypeError):
        logger.warning("Could not store an analytics event; keeping it for later", exc_info=True)
        with _pending_lock:
            for unsaved in (*waiting, event):
                unsaved.pk = None  # the rolled-back insert may have assigned one
                _pending.append(unsaved)
        return False


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
) -> str | None:
    """Store one search; returns its token (for clicks and feedback) or None when nothing
    was recorded. `response` is a search.retrieval.SearchResponse; chat turns pass `outcome`,
    `confidence` and the `results` they showed instead. Never raises."""
    if not is_enabled():
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
