"""Figures of the report "Popular": the questions asked most and the answers used most.

Questions are grouped into needs as in every analytics report (search.analytics.needs:
inflections, word order, typos and paraphrases fall together) and shown in the wording people
used most. An answer's use is its clicks plus the times the
chatbot gave it. Both come with this week (the last 7 days of the period) against the 7 days
before, and per channel. Reads the daily tables only.
"""

import datetime

from django.db.models import F, Q, Sum
from django.utils.translation import gettext

from kennisbank.reports.base import Period, week_over_week
from search.analytics import needs
from search.analytics.figures import answer_titles, answers_of
from search.models import Channel, DailyAnswerStat, DailyQueryStat

# A "popular" list is about the head of the distribution; the long tail is in the
# Ontbrekende content report.
TOP = 100


def weeks(period) -> tuple[Period, Period]:
    """This week (the 7 days ending on the period's last day) and the 7 days before it."""
    week = Period(period.end - datetime.timedelta(days=6), period.end)
    return week, week.previous()


def _days(queryset, period, previous_week, channel, department, page_field):
    """Rows from the first day that any figure needs up to the end of the period."""
    queryset = queryset.filter(day__gte=min(period.start, previous_week.start), day__lte=period.end)
    if channel:
        queryset = queryset.filter(channel=channel)
    if department is not None:
        queryset = queryset.filter(**{f"{page_field}__in": answers_of(department)})
    return queryset


def _counts(value, period, week, previous_week) -> dict:
    """Aggregates of `value` in the period, this week, the week before and per channel."""
    in_period = Q(day__gte=period.start)
    counts = {
        "total": Sum(value, filter=in_period),
        "this_week": Sum(value, filter=Q(day__gte=week.start)),
        "previous_week": Sum(
            value, filter=Q(day__gte=previous_week.start, day__lte=previous_week.end)
        ),
    }
    for channel in Channel.values:
        counts[f"channel_{channel}"] = Sum(value, filter=in_period & Q(channel=channel))
    return counts


def _row(aggregates: dict) -> dict:
    """Plain numbers (SUM of nothing is NULL) with the per-channel figures in one dict."""
    numbers = {key: value or 0 for key, value in aggregates.items()}
    row = {key: value for key, value in numbers.items() if not key.startswith("channel_")}
    row["channels"] = {channel: numbers[f"channel_{channel}"] for channel in Channel.values}
    row["trend"] = week_over_week(row["this_week"], row["previous_week"])
    return row


def top_queries(period, *, channel="", department=None, limit=TOP) -> list[dict]:
    """The most asked needs in `period`, most asked first:
    [{"need", "query", "phrasings", "total", "unanswered", "this_week", "previous_week",
    "trend", "channels": {channel: searches}}]; a need is a group of questions as every
    analytics report groups them (search.analytics.needs), "query" its wording asked most and
    "phrasings" every wording with its searches. With a department: searches whose first
    result was one of its answers."""
    week, previous_week = weeks(period)
    stats = _days(
        DailyQueryStat.objects.all(), period, previous_week, channel, department, "top_page_id"
    )
    aggregates = _counts("searches", period, week, previous_week)
    aggregates["unanswered"] = Sum("unanswered", filter=Q(day__gte=period.start))
    representative = needs.representatives(period, channel)
    # Summed per group key in SQL (one row per distinct question, not per search), then per
    # need: a need's keys are known only after grouping.
    totals = needs.summed(
        stats.values("group_key").annotate(**aggregates).order_by(), representative
    )
    ranked = sorted(
        (need for need, total in totals.items() if total["total"] > 0),
        key=lambda need: (-totals[need]["total"], need),
    )[:limit]
    clusters = needs.clusters(
        stats.filter(day__gte=period.start, group_key__in=needs.members(representative, ranked))
        .values_list("group_key", "example_query")
        .annotate(n=Sum("searches"))
        .order_by(),
        representative,
    )
    rows = []
    for need in ranked:
        row = {"need": need, **_row(totals[need])}
        # Every wording the row counts, shown beside it: a row summing several wordings
        # without saying so did not match the other reports' counts.
        cluster = clusters.get(need)
        row["phrasings"] = cluster.phrasings if cluster else [(need, row["total"])]
        row["query"] = row["phrasings"][0][0]
        rows.append(row)
    return rows


def top_answers(period, *, channel="", department=None, limit=TOP) -> list[dict]:
    """The most used answers in `period`, most used first: [{"page_id", "title", "department",
    "clicks", "answered", "total", "this_week", "previous_week", "trend",
    "channels": {channel: use}}], where use is clicks plus chatbot answers."""
    week, previous_week = weeks(period)
    stats = _days(
        DailyAnswerStat.objects.all(), period, previous_week, channel, department, "page_id"
    )
    aggregates = _counts(F("clicks") + F("answered"), period, week, previous_week)
    aggregates["clicks"] = Sum("clicks", filter=Q(day__gte=period.start))
    aggregates["answered"] = Sum("answered", filter=Q(day__gte=period.start))
    grouped = (
        stats.values("page_id")
        .annotate(**aggregates)
        .filter(total__gt=0)
        .order_by("-total", "page_id")[:limit]
    )
    rows = []
    for aggregate in grouped:
        page_id = aggregate.pop("page_id")
        rows.append({"page_id": page_id, **_row(aggregate)})
    titles = answer_titles(row["page_id"] for row in rows)
    for row in rows:
        answer = titles.get(row["page_id"])
        row["exists"] = answer is not None
        row["title"] = (
            answer["title"]
            if answer
            else gettext("Removed answer (page %(id)s)") % {"id": row["page_id"]}
        )
        row["department"] = answer["department"] if answer else ""
    return rows
