"""Feedback on answers from the contact centre ("klopt niet", "verouderd", "informatie mist"):
who sees it and who handles it.

The workbench (search.workbench) creates AnswerFeedback for the department that owns the answer
at that moment. Until someone marks it handled, it is shown on the dashboard of that
department's members and of the Redactie (kennisbank.dashboard), and it is in the department's
review digest (kennisbank.reminders). Members of that department, the Redactie, Beheerders and
superusers may mark it handled; a member of another department sees none of it.
"""

from django.utils import timezone

from kennisbank.models import AnswerFeedback
from kennisbank.permissions import edits_every_answer, member_department_ids


def open_feedback():
    """Feedback nobody has handled yet, oldest first (it has waited longest)."""
    return (
        AnswerFeedback.objects.filter(handled_at=None)
        .select_related("answer", "department")
        .order_by("created_at", "pk")
    )


def feedback_for(user):
    """The open feedback `user` is responsible for: every department's for the Redactie (and
    Beheerders, superusers), their own departments' for members, nothing for anyone else."""
    if edits_every_answer(user):
        return open_feedback()
    return open_feedback().filter(department__in=member_department_ids(user))


def sees_all_departments(user) -> bool:
    return edits_every_answer(user)


def can_handle(user, feedback) -> bool:
    return edits_every_answer(user) or feedback.department_id in member_department_ids(user)


def mark_handled(feedback, user) -> None:
    """Record that `user` dealt with `feedback` (changed the answer, or found nothing to change)."""
    feedback.handled_at = timezone.now()
    feedback.handled_by = user
    feedback.save(update_fields=["handled_at", "handled_by"])
