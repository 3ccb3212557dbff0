"""Demo search activity: the questions of demo_content/activity.py, searched for real.

Each question is judged by the search every channel uses, so its outcome in the reports
(answered, options, handed over) is what the demo content really gives it today.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from search.analytics.recording import record_search
from search.judgement import judge
from search.models import Channel, SearchEvent
from toptaken.demo_content.activity import QUESTIONS

# Where citizens ask, roughly as a mid-size municipality sees it.
CHANNEL_WEIGHTS = {Channel.WEBSITE: 6, Channel.CHATBOT: 3, Channel.WORKBENCH: 2}
DAYS = 56


def load_demo_activity(now=None) -> int:
    """Record the demo questions over the last DAYS days; returns how many were recorded.

    Only into an empty log: a second run, or a site with real searches, is left alone.
    """
    if SearchEvent.objects.exists():
        return 0
    now = now or timezone.now()
    rng = random.Random(2026)  # noqa: S311 - the same demo every time, nothing secret
    channels, weights = zip(*CHANNEL_WEIGHTS.items(), strict=True)
    moments = {}
    with transaction.atomic():
        for question, count, recent_share in QUESTIONS:
            judged = judge(question)
            for number in range(count):
                recent = number < round(count * recent_share)
                days_ago = rng.uniform(0, DAYS / 2) if recent else rng.uniform(DAYS / 2, DAYS)
                token = record_search(
                    rng.choices(channels, weights)[0],
                    question,
                    judged.response,
                    outcome=judged.outcome,
                    confidence=judged.confidence,
                    results=judged.results,
                )
                if token:
                    moments[token] = now - timedelta(days=days_ago)
        for token, moment in moments.items():
            SearchEvent.objects.filter(token=token).update(occurred_at=moment)
    return len(moments)
