import datetime

import factory

from django.utils import timezone

from search.models import SynonymGroup


class SynonymGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SynonymGroup

    phrases = "kliko, minicontainer, container"


# --- Analytics events (search.analytics) ----------------------------------------------------


def days_ago(days, hour=10):
    """A local moment `days` ago at `hour` o'clock, for events spread over a report's period."""
    moment = timezone.localtime() - datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0)


def search_event(query, *, channel="website", outcome=None, results=(), at=None, **kwargs):
    """A SearchEvent stored as search.analytics.recording stores one: scrubbed, normalised and
    keyed. `results` are the page ids shown; the outcome follows from them unless given."""

    from search.analytics.recording import describe_query
    from search.models import Outcome, SearchEvent

    scrubbed, normalised, key = describe_query(query)
    results = list(results)
    return SearchEvent.objects.create(
        occurred_at=at or timezone.now(),
        channel=channel,
        query=scrubbed,
        normalised_query=normalised,
        group_key=key,
        outcome=outcome or (Outcome.RESULTS if results else Outcome.NO_RESULTS),
        result_count=len(results),
        result_ids=results,
        top_page_id=results[0] if results else None,
        **kwargs,
    )


def click_event(search, page_id, rank=1):
    from search.models import ClickEvent

    return ClickEvent.objects.create(
        occurred_at=search.occurred_at,
        channel=search.channel,
        search=search,
        page_id=page_id,
        rank=rank,
    )


def feedback_event(page_id, helpful, *, channel="website", search=None, at=None):

    from search.models import FeedbackEvent

    return FeedbackEvent.objects.create(
        occurred_at=at or (search.occurred_at if search else timezone.now()),
        channel=channel,
        page_id=page_id,
        helpful=helpful,
        search=search,
    )
