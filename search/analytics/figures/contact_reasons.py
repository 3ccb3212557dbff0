"""Figures of the report "Contact reasons": why people contacted the municipality, from the
contact moments that agents register in the workbench (kennisbank.ContactRegistration).

There is no daily table for contact moments: they are far fewer than searches, and every
figure is one grouped query over the registered_at index. "Handled without transfer" is the
share of contact moments with result "afgehandeld" (the agent helped the person themselves).
"""

from django.db.models import Count, Q
from django.utils.translation import gettext

from kennisbank.models import ChannelKind, ContactRegistration, ContactResult
from search.analytics.figures import share
from search.analytics.rollup import day_bounds

HANDLED = Q(result=ContactResult.HANDLED)
NO_ANSWER = ~Q(question="")


def registrations(period, *, channel="", department=None):
    """The contact moments registered in `period` (local days), unordered."""
    start, _ = day_bounds(period.start)
    _, end = day_bounds(period.end)
    queryset = ContactRegistration.objects.filter(registered_at__gte=start, registered_at__lt=end)
    if channel:
        queryset = queryset.filter(channel=channel)
    if department is not None:
        queryset = queryset.filter(department=department)
    return queryset.order_by()


def totals(period, *, channel="", department=None) -> dict:
    """{"total", "handled", "handled_share", "no_answer"} over the whole period."""
    figures = registrations(period, channel=channel, department=department).aggregate(
        total=Count("pk"),
        handled=Count("pk", filter=HANDLED),
        no_answer=Count("pk", filter=NO_ANSWER),
    )
    figures["handled_share"] = share(figures["handled"], figures["total"])
    return figures


def _by_choice(queryset, field, choices) -> list[dict]:
    """[{"value", "label", "count", "share"}] for every choice, in the choices' order."""
    counts = dict(queryset.values_list(field).annotate(n=Count("pk")).order_by())
    total = sum(counts.values())
    return [
        {
            "value": value,
            "label": str(label),
            "count": counts.get(value, 0),
            "share": share(counts.get(value, 0), total),
        }
        for value, label in choices
    ]


def by_result(period, *, channel="", department=None) -> list[dict]:
    return _by_choice(
        registrations(period, channel=channel, department=department),
        "result",
        ContactResult.choices,
    )


def by_channel(period, *, channel="", department=None) -> list[dict]:
    return _by_choice(
        registrations(period, channel=channel, department=department),
        "channel",
        ChannelKind.choices,
    )


def by_department(period, *, channel="", department=None) -> list[dict]:
    """[{"department_id", "department", "total", "handled", "handled_share", "no_answer"}],
    most contact moments first; those without a department as "No department"."""
    rows = (
        registrations(period, channel=channel, department=department)
        .values("department_id", "department__name")
        .annotate(
            total=Count("pk"),
            handled=Count("pk", filter=HANDLED),
            no_answer=Count("pk", filter=NO_ANSWER),
        )
        .order_by("-total", "department__name")
    )
    return [
        {
            "department_id": row["department_id"],
            "department": row["department__name"] or gettext("No department"),
            "total": row["total"],
            "handled": row["handled"],
            "handled_share": share(row["handled"], row["total"]),
            "no_answer": row["no_answer"],
        }
        for row in rows
    ]


def by_answer(period, *, channel="", department=None) -> list[dict]:
    """[{"page_id", "title", "department", "total", "handled", "handled_share"}]: how often
    each answer was used in a contact moment, most used first. A contact moment with two
    answers counts for both."""
    start, _ = day_bounds(period.start)
    _, end = day_bounds(period.end)
    links = ContactRegistration.answers.through.objects.filter(
        contactregistration__registered_at__gte=start,
        contactregistration__registered_at__lt=end,
    )
    if channel:
        links = links.filter(contactregistration__channel=channel)
    if department is not None:
        links = links.filter(contactregistration__department=department)
    rows = (
        links.values("answerpage_id", "answerpage__title", "answerpage__owner_department__name")
        .annotate(
            total=Count("pk"),
            handled=Count("pk", filter=Q(contactregistration__result=ContactResult.HANDLED)),
        )
        .order_by("-total", "answerpage__title")
    )
    return [
        {
            "page_id": row["answerpage_id"],
            "title": row["answerpage__title"],
            "department": row["answerpage__owner_department__name"] or "",
            "total": row["total"],
            "handled": row["handled"],
            "handled_share": share(row["handled"], row["total"]),
        }
        for row in rows
    ]


def without_answer(period, *, channel="", department=None) -> list[dict]:
    """The contact moments for which the agent found no answer, newest first:
    [{"registered_at", "channel", "department", "result", "question"}]. The question was
    scrubbed of personal data when it was registered."""
    rows = (
        registrations(period, channel=channel, department=department)
        .filter(NO_ANSWER)
        .values("pk", "registered_at", "channel", "department__name", "result", "question")
        .order_by("-registered_at", "-pk")
    )
    channels = dict(ChannelKind.choices)
    results = dict(ContactResult.choices)
    return [
        {
            "registered_at": row["registered_at"],
            "channel": str(channels.get(row["channel"], row["channel"])),
            "department": row["department__name"] or "",
            "result": str(results.get(row["result"], row["result"])),
            "question": row["question"],
        }
        for row in rows
    ]
