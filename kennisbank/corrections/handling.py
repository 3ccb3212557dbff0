"""Feedback on answers from the contact centre ("klopt niet", "verouderd", "informatie mist"):
who sees it and who handles it.

The workbench (search.workbench) creates an AnswerCorrection for the department that owns the answer
at that moment. Until someone marks it handled, it is shown on the dashboard of that
department's members and of the Redactie (kennisbank.review.dashboard), and it is in the department's
review digest (kennisbank.review.reminders). Members of that department, the Redactie, Beheerders and
superusers may mark it handled; a member of another department sees none of it.
"""

from django.utils import timezone

from kennisbank.access.rules import answers_for_department, edits_every_answer, for_departments_of
from kennisbank.models import AnswerCorrection


def open_corrections():
    """Feedback nobody has handled yet, oldest first (it has waited longest)."""
    return (
        AnswerCorrection.objects.filter(handled_at=None)
        .select_related("answer", "department", "created_by")
        .order_by("created_at", "pk")
    )


def corrections_for(user):
    """The open corrections `user` is responsible for: every department's for the Redactie (and
    Beheerders, superusers), their own departments' for members, nothing for anyone else."""
    return for_departments_of(user, open_corrections())


def sees_all_departments(user) -> bool:
    return edits_every_answer(user)


def can_handle(user, correction) -> bool:
    return answers_for_department(user, correction.department_id)


def mark_handled(correction, user) -> None:
    """Record that `user` dealt with `feedback` (changed the answer, or found nothing to change)."""
    correction.handled_at = timezone.now()
    correction.handled_by = user
    correction.save(update_fields=["handled_at", "handled_by"])
