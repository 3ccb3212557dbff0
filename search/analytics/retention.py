"""Delete raw events after ANALYTICS_RETENTION_DAYS; the daily tables stay.

Rolls up first, so a day's figures are safe in the daily tables before its raw events go.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from search.analytics import rollup
from search.models import ClickEvent, FeedbackEvent, SearchEvent


def retention_days() -> int:
    return int(settings.ANALYTICS_RETENTION_DAYS)


def prune(*, days: int | None = None, now: datetime.datetime | None = None) -> dict[str, int]:
    """Delete raw events from before the start of the local day `days` days ago; returns the
    number deleted per kind."""
    now = now or timezone.now()
    days = retention_days() if days is None else days
    rollup.refresh(now=now, force_today=True)
    cutoff, _ = rollup.day_bounds(timezone.localdate(now) - datetime.timedelta(days=days))
    old_search = Q(search__occurred_at__lt=cutoff)
    deleted = {
        "feedback": FeedbackEvent.objects.filter(Q(occurred_at__lt=cutoff) | old_search).delete()[
            0
        ],
        "clicks": ClickEvent.objects.filter(Q(occurred_at__lt=cutoff) | old_search).delete()[0],
        "searches": SearchEvent.objects.filter(occurred_at__lt=cutoff).delete()[0],
    }
    return deleted
