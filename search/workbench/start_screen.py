"""What the workbench shows before anything is typed: the agent's recently opened answers and
what people searched for most today.

Recently opened answers live in the agent's session (the workbench is a logged-in area), only
as answer ids. "Frequently searched today" counts today's citizens' searches (not the workbench's own, no chat follow-ups) by their
normalised query (search.analytics stores queries scrubbed of personal data); a query must have
been asked FREQUENT_MIN_SEARCHES times to be listed, so a one-off that slipped past the scrubber
(a name, say) never reaches the screen.
"""

import datetime

from django.db.models import Count
from django.utils import timezone

from kennisbank.models import AnswerPage
from search import shared_state
from search.models import Channel, SearchEvent

RECENT_KEPT = 10
RECENT_SESSION_KEY = "workbench_recent"
CONTACT_SESSION_KEY = "workbench_contact_answers"
SEARCH_SESSION_KEY = "workbench_last_search"
CHANNEL_SESSION_KEY = "workbench_channel"
FREQUENT_SHOWN = 8
FREQUENT_MIN_SEARCHES = 3
# The list changes slowly; counting today's searches on every page view would not.
FREQUENT_CACHE_SECONDS = 60


def _opened_first(session, key: str, page_id: int) -> None:
    others = [pk for pk in session.get(key, []) if pk != page_id]
    session[key] = [page_id, *others][:RECENT_KEPT]


def remember_opened(session, page_id: int) -> None:
    _opened_first(session, RECENT_SESSION_KEY, page_id)
    _opened_first(session, CONTACT_SESSION_KEY, page_id)


def recent_ids(session) -> list[int]:
    return list(session.get(RECENT_SESSION_KEY, []))


def contact_answer_ids(session) -> list[int]:
    """The answers opened since the last contact moment was registered: those the agent may
    tick as used for this citizen. The previous citizen's answers are not offered (ticking one
    by mistake would count it for the wrong question); they stay under "Recent geopend"."""
    return list(session.get(CONTACT_SESSION_KEY, []))


def contact_registered(session) -> None:
    session.pop(CONTACT_SESSION_KEY, None)


def remember_search(session, query: str, token: str) -> None:
    """The search a result was opened from, counted then: going Back to its live results
    must not count it again."""
    session[SEARCH_SESSION_KEY] = {"query": query, "token": str(token)}


def settled_search(session, query: str) -> str | None:
    """The token of the last search a result was opened from, when it was `query`."""
    last = session.get(SEARCH_SESSION_KEY) or {}
    return last.get("token") if last.get("query") == query else None


def recent_answers(session) -> list[AnswerPage]:
    """The live answers among the agent's recently opened ones, most recent first."""
    ids = recent_ids(session)
    found = {answer.pk: answer for answer in AnswerPage.objects.live().filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


def frequent_today(now: datetime.datetime | None = None) -> list[dict]:
    """[{"query", "count"}] of today's most frequent citizens' searches (every channel but the
    workbench itself; chat follow-ups excluded)."""
    today = timezone.localdate(now)
    key = f"workbench-frequent-{today.isoformat()}"
    found = shared_state.get(key)
    if found is None:
        start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
        found = list(
            SearchEvent.objects.filter(
                occurred_at__gte=start, occurred_at__lt=start + datetime.timedelta(days=1)
            )
            .exclude(normalised_query="")
            # What citizens ask today: not the agents' own lookups, not chat follow-ups.
            .exclude(channel=Channel.WORKBENCH)
            .exclude(follow_up=True)
            .values("normalised_query")
            .annotate(count=Count("id"))
            .filter(count__gte=FREQUENT_MIN_SEARCHES)
            .order_by("-count", "normalised_query")
            .values_list("normalised_query", "count")[:FREQUENT_SHOWN]
        )
        shared_state.set(key, found, FREQUENT_CACHE_SECONDS)
    return [{"query": query, "count": count} for query, count in found]
