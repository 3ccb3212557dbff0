"""Demo search activity: the questions of demo_content/activity.py, searched for real.

Each question is judged by the search every channel uses, so its outcome in the reports
(answered, options, handed over) is what the demo content really gives it today. Citizens
then behave as they do: on the website and in the workbench most open the first answer
shown; in the chat some rate the answer they were given.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from search.analytics.recording import record_click, record_feedback, record_search
from search.judgement import Verdict, judge
from search.models import Channel, ClickEvent, FeedbackEvent, SearchEvent
from toptaken.demo_content.activity import NOT_HELPED, QUESTIONS

# Where citizens ask, roughly as a mid-size municipality sees it.
CHANNEL_WEIGHTS = {Channel.WEBSITE: 6, Channel.CHATBOT: 3, Channel.WORKBENCH: 2}
DAYS = 56
# Share of searches with an answer or options after which the first result is opened.
OPENS_FIRST = 0.75
# Share of answers given in the chat that the citizen rates.
RATES_IN_CHAT = 0.3


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
                channel = rng.choices(channels, weights)[0]
                token = record_search(
                    channel,
                    question,
                    judged.response,
                    outcome=judged.listed_outcome,
                    confidence=judged.confidence,
                    results=judged.listed,
                )
                if token:
                    moments[token] = now - timedelta(days=days_ago)
                    _follow_up(rng, token, channel, question, judged)
        for token, moment in moments.items():
            SearchEvent.objects.filter(token=token).update(occurred_at=moment)
            later = moment + timedelta(minutes=1)
            ClickEvent.objects.filter(search__token=token).update(occurred_at=later)
            FeedbackEvent.objects.filter(search__token=token).update(occurred_at=later)
    return len(moments)


def _follow_up(rng, token, channel, question, judged):
    """What the citizen did next: open the first result, or rate the chat's answer."""
    if judged.verdict == Verdict.NOTHING or not judged.results:
        return
    first = judged.results[0].page_id
    if channel == Channel.CHATBOT:
        if judged.verdict == Verdict.ANSWER and rng.random() < RATES_IN_CHAT:
            record_feedback(first, question not in NOT_HELPED, channel, search_token=token)
    elif rng.random() < OPENS_FIRST:
        record_click(token, first, 1)
