"""The figures behind the analytics reports, as plain query functions.

Each function takes a period (anything with `start` and `end` dates, both included), an
optional channel and an optional department, and returns rows (dicts) computed in SQL from the
daily tables or, for contact moments, from kennisbank.ContactRegistration. The report views in
search.analytics and toptaken only add filters, charts and export around them.
"""

from kennisbank.models import AnswerPage


def answers_of(department):
    """The ids of `department`'s answers, as a subquery."""
    return AnswerPage.objects.filter(owner_department=department).values("pk")


def answer_titles(page_ids) -> dict[int, dict]:
    """{page id: {"title", "department"}} for the answers among `page_ids` (one query)."""
    ids = {page_id for page_id in page_ids if page_id is not None}
    if not ids:
        return {}
    return {
        row["pk"]: {"title": row["title"], "department": row["owner_department__name"] or ""}
        for row in AnswerPage.objects.filter(pk__in=ids).values(
            "pk", "title", "owner_department__name"
        )
    }


def share(part, total) -> float | None:
    """`part` as a percentage of `total`; None when there is no total."""
    return 100 * part / total if total else None
