"""Review panels on the admin dashboard (construct_homepage_panels).

A department member sees their own department's overdue and due answers with "Still
correct"; the Redactie sees, per department, how many answers are overdue and due, and which
departments cannot be reached. Changes waiting for a member's approval are in Wagtail's own
"Awaiting your review" panel (OwnerDepartmentApprovalTask feeds it). Open corrections from the
contact centre have their own panel (kennisbank.corrections.dashboard).
"""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from wagtail.admin.ui.components import Component

from kennisbank import review
from kennisbank.access.rules import edits_every_answer, member_department_ids
from kennisbank.models import AnswerPage, Department
from kennisbank.models.departments import has_active_member

MAX_LISTED = 10


def due_answers(today):
    """Published answers overdue or due within 30 days, most overdue first."""
    return (
        AnswerPage.objects.live()
        .filter(review_date__lte=review.due_soon_until(today))
        .select_related("owner_department")
        .order_by("review_date", "title")
    )


def report_url(**filters) -> str:
    return reverse("kennisbank:review_report") + (f"?{urlencode(filters)}" if filters else "")


class OwnAnswersToReviewPanel(Component):
    name = "kennisbank_own_answers_to_review"
    template_name = "kennisbank/admin/dashboard_own_answers.html"
    order = 150

    def __init__(self, department_ids):
        self.department_ids = department_ids

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        answers = due_answers(today).filter(
            owner_department__in=self.department_ids, owner_department__is_active=True
        )
        overdue = answers.filter(review_date__lt=today).count()
        return {
            "answers": answers[:MAX_LISTED],
            "total": answers.count(),
            "overdue": overdue,
            "report_url": report_url(),
            "next": reverse("wagtailadmin_home"),
            # The "Still correct" forms post to another view.
            "csrf_token": parent_context["csrf_token"],
        }


def department_totals(today) -> list[Department]:
    """Every department with answers, annotated with its overdue and due counts and whether
    it has members; departments that cannot act first."""
    live = Q(answers__live=True)
    departments = (
        Department.objects.annotate(
            answer_count=Count("answers", filter=live),
            overdue_count=Count("answers", filter=live & Q(answers__review_date__lt=today)),
            due_count=Count(
                "answers",
                filter=live
                & Q(
                    answers__review_date__gte=today,
                    answers__review_date__lte=review.due_soon_until(today),
                ),
            ),
            has_members=has_active_member(),
        )
        .filter(answer_count__gt=0)
        .order_by("-is_active", "-overdue_count", "name")
    )
    for department in departments:
        department.report_url = report_url(owner_department=department.pk)
    return departments


class DepartmentTotalsPanel(Component):
    name = "kennisbank_department_totals"
    template_name = "kennisbank/admin/dashboard_department_totals.html"
    order = 160

    def get_context_data(self, parent_context):
        departments = department_totals(timezone.localdate())
        return {
            "departments": departments,
            "overdue": sum(department.overdue_count for department in departments),
            "due": sum(department.due_count for department in departments),
            "report_url": report_url(),
        }


def add_review_panels(request, panels):
    """construct_homepage_panels: the panels that fit the user's role."""
    if department_ids := member_department_ids(request.user):
        panels.append(OwnAnswersToReviewPanel(department_ids))
    if edits_every_answer(request.user):
        panels.append(DepartmentTotalsPanel())
