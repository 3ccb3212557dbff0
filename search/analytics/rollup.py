"""Roll raw events up into the daily tables the reports read.

A past day is rolled up once and then final; today is rolled up again when a report is opened
and the last roll-up is older than ANALYTICS_REFRESH_SECONDS, so reports are current without
scanning raw events. Retention (search.analytics.retention) rolls up before it deletes, so no
day is lost even when nobody opened a report.
"""

import datetime
from collections import Counter, defaultdict

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from search.models import (
    ClickEvent,
    DailyAnswerStat,
    DailyQueryStat,
    DailyReformulation,
    FeedbackEvent,
    Outcome,
    RolledUpDay,
    SearchEvent,
)


def day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """Start and end of a local calendar day, as aware datetimes."""
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    end = timezone.make_aware(
        datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min)
    )
    return start, end


def _most_common(pairs) -> dict:
    """{key: the value seen most often with it} from (key, value, count) rows."""
    counts: dict = defaultdict(Counter)
    for key, value, count in pairs:
        counts[key][value] += count
    return {key: counter.most_common(1)[0][0] for key, counter in counts.items()}


def _query_stats(day, searches) -> list[DailyQueryStat]:
    rows = searches.values("channel", "normalised_query").annotate(
        total=Count("id", distinct=True),
        unanswered=Count("id", filter=Q(outcome__in=Outcome.unanswered()), distinct=True),
        handed_over=Count("id", filter=Q(outcome=Outcome.HANDED_OVER), distinct=True),
        # A chatbot answer is given, not listed: nobody needs to click it, so it does not
        # count as "results without a click" (its feedback still counts).
        with_results=Count(
            "id", filter=Q(result_count__gt=0) & ~Q(outcome=Outcome.ANSWERED), distinct=True
        ),
        clicked=Count("id", filter=Q(clicks__isnull=False), distinct=True),
        negative=Count("id", filter=Q(feedback__helpful=False), distinct=True),
    )
    wording = _most_common(
        ((row["channel"], row["normalised_query"]), row["query"], row["n"])
        for row in searches.values("channel", "normalised_query", "query").annotate(n=Count("id"))
    )
    top_page = _most_common(
        ((row["channel"], row["normalised_query"]), row["top_page_id"], row["n"])
        for row in searches.filter(top_page_id__isnull=False)
        .values("channel", "normalised_query", "top_page_id")
        .annotate(n=Count("id"))
    )
    keys = {
        (row["channel"], row["normalised_query"]): row["group_key"]
        for row in searches.values("channel", "normalised_query", "group_key").distinct()
    }
    return [
        DailyQueryStat(
            day=day,
            channel=row["channel"],
            normalised_query=row["normalised_query"],
            group_key=keys[(row["channel"], row["normalised_query"])],
            example_query=wording[(row["channel"], row["normalised_query"])],
            top_page_id=top_page.get((row["channel"], row["normalised_query"])),
            searches=row["total"],
            unanswered=row["unanswered"],
            handed_over=row["handed_over"],
            with_results=row["with_results"],
            clicked=row["clicked"],
            negative_feedback=row["negative"],
        )
        for row in rows
    ]


def _answer_stats(day, searches, start, end) -> list[DailyAnswerStat]:
    stats: dict[tuple[str, int], DailyAnswerStat] = {}

    def stat(channel, page_id):
        key = (channel, page_id)
        if key not in stats:
            stats[key] = DailyAnswerStat(day=day, channel=channel, page_id=page_id)
        return stats[key]

    clicks = ClickEvent.objects.filter(occurred_at__gte=start, occurred_at__lt=end)
    for row in clicks.values("channel", "page_id").annotate(n=Count("id")):
        stat(row["channel"], row["page_id"]).clicks = row["n"]
    shown = searches.filter(top_page_id__isnull=False).values("channel", "top_page_id")
    for row in shown.annotate(
        n=Count("id"), answered=Count("id", filter=Q(outcome=Outcome.ANSWERED))
    ):
        item = stat(row["channel"], row["top_page_id"])
        item.top_result = row["n"]
        item.answered = row["answered"]
    feedback = FeedbackEvent.objects.filter(occurred_at__gte=start, occurred_at__lt=end)
    for row in feedback.values("channel", "page_id").annotate(
        yes=Count("id", filter=Q(helpful=True)), no=Count("id", filter=Q(helpful=False))
    ):
        item = stat(row["channel"], row["page_id"])
        item.helpful = row["yes"]
        item.not_helpful = row["no"]
    return list(stats.values())


def _reformulations(day, searches) -> list[DailyReformulation]:
    """Unanswered searches whose rephrasing found the answer (opened from the results, or
    given by the chatbot): the phrasing people use for an answer that exists, i.e. a missing
    alternative question or synonym."""
    rephrased = {
        row["reformulation_of"]: {"query": row["query"], "page_id": row["clicks__page_id"]}
        for row in searches.filter(reformulation_of__isnull=False, clicks__isnull=False).values(
            "reformulation_of", "query", "clicks__page_id"
        )
    }
    for row in searches.filter(
        reformulation_of__isnull=False, outcome=Outcome.ANSWERED, top_page_id__isnull=False
    ).values("reformulation_of", "query", "top_page_id"):
        rephrased.setdefault(
            row["reformulation_of"], {"query": row["query"], "page_id": row["top_page_id"]}
        )
    if not rephrased:
        return []
    originals = SearchEvent.objects.filter(
        token__in=list(rephrased), outcome__in=Outcome.unanswered()
    ).values("token", "channel", "group_key", "query")
    counts: Counter = Counter()
    for original in originals:
        successor = rephrased[original["token"]]
        counts[
            (
                original["channel"],
                original["group_key"],
                original["query"],
                successor["query"],
                successor["page_id"],
            )
        ] += 1
    return [
        DailyReformulation(
            day=day,
            channel=channel,
            group_key=key,
            example_query=query,
            successful_query=successful,
            page_id=page_id,
            count=count,
        )
        for (channel, key, query, successful, page_id), count in counts.items()
    ]


def rollup_day(day: datetime.date, *, now: datetime.datetime | None = None) -> None:
    """(Re)build the daily tables for `day` from its raw events."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    start, end = day_bounds(day)
    searches = SearchEvent.objects.filter(occurred_at__gte=start, occurred_at__lt=end)
    # A follow-up ("en wat kost dat?") is no question on its own: it counts for the answer it
    # got, never as a popular or missing phrasing.
    query_stats = _query_stats(day, searches.exclude(follow_up=True))
    answer_stats = _answer_stats(day, searches, start, end)
    reformulations = _reformulations(day, searches)
    with transaction.atomic():
        for model in (DailyQueryStat, DailyAnswerStat, DailyReformulation):
            model.objects.filter(day=day).delete()
        DailyQueryStat.objects.bulk_create(query_stats, batch_size=1000)
        DailyAnswerStat.objects.bulk_create(answer_stats, batch_size=1000)
        DailyReformulation.objects.bulk_create(reformulations, batch_size=1000)
        RolledUpDay.objects.update_or_create(
            day=day, defaults={"rolled_up_at": now, "is_final": day < today}
        )


def _first_event_day() -> datetime.date | None:
    firsts = [
        model.objects.order_by("occurred_at").values_list("occurred_at", flat=True).first()
        for model in (SearchEvent, ClickEvent, FeedbackEvent)
    ]
    firsts = [first for first in firsts if first is not None]
    return timezone.localdate(min(firsts)) if firsts else None


def _has_events(day: datetime.date) -> bool:
    start, end = day_bounds(day)
    return any(
        model.objects.filter(occurred_at__gte=start, occurred_at__lt=end).exists()
        for model in (SearchEvent, ClickEvent, FeedbackEvent)
    )


def pending_days(today: datetime.date) -> list[datetime.date]:
    """Days with raw events that are not final yet: those after the last final day (or from the
    first event on), found with index lookups only, never by scanning the events."""
    last_final = (
        RolledUpDay.objects.filter(is_final=True)
        .order_by("-day")
        .values_list("day", flat=True)
        .first()
    )
    first = last_final + datetime.timedelta(days=1) if last_final else _first_event_day()
    if first is None:
        return []
    final = set(
        RolledUpDay.objects.filter(is_final=True, day__gte=first).values_list("day", flat=True)
    )
    days = []
    day = first
    while day <= today:
        if day not in final and _has_events(day):
            days.append(day)
        day += datetime.timedelta(days=1)
    return days


def refresh(*, force_today: bool = False, now: datetime.datetime | None = None) -> int:
    """Roll up every day that is not final yet; today only when its figures are older than
    ANALYTICS_REFRESH_SECONDS (or `force_today`). Returns the number of days rolled up."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    todo = pending_days(today)
    todays = RolledUpDay.objects.filter(day=today).first()
    max_age = datetime.timedelta(seconds=settings.ANALYTICS_REFRESH_SECONDS)
    if today in todo and todays and not force_today and now - todays.rolled_up_at < max_age:
        todo.remove(today)
    for day in todo:
        rollup_day(day, now=now)
    return len(todo)
