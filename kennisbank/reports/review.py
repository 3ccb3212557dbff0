"""Report "To review": published answers that are overdue, due within 30 days, or without an
active owner, most overdue first, with "Still correct" per answer and in bulk.

Like Wagtail's "Aging pages" report it lists the answers the user may edit: a department
member sees their own department's answers, the Redactie sees all of them.
"""

import django_filters

from django import forms
from django.db.models import Q
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from kennisbank import review
from kennisbank.access.rules import (
    OwnershipPagePermissionPolicy,
    can_sign_off,
    edits_every_answer,
    member_department_ids,
)
from kennisbank.models import AnswerPage, Audience, Department
from kennisbank.people import display_name
from kennisbank.reports.base import FilterErrorsMixin, ReportMenuItem
from kennisbank.reports.readability import may_edit_answers
from kennisbank.review.actions import answer_bulk_actions

EDITOR_ACTIONS = ["add", "change", "publish"]
permission_policy = OwnershipPagePermissionPolicy(AnswerPage)

NO_ACTIVE_OWNER = "no_owner"
STATUS_CHOICES = [
    (review.ReviewState.OVERDUE.value, review.ReviewState.OVERDUE.label),
    (review.ReviewState.DUE_SOON.value, _("Due within 30 days")),
    (NO_ACTIVE_OWNER, _("No active owner")),
]


def visible_departments(request):
    """The departments in the filter: all for the Redactie, a member's own otherwise."""
    if request is None or edits_every_answer(request.user):
        return Department.objects.all()
    return Department.objects.filter(pk__in=member_department_ids(request.user))


class ReviewReportFilterSet(WagtailFilterSet):
    owner_department = django_filters.ModelChoiceFilter(
        label=_("Department"), queryset=visible_departments
    )
    audience = django_filters.ChoiceFilter(label=_("Audience"), choices=Audience.choices)
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=STATUS_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        method="filter_status",
    )

    class Meta:
        model = AnswerPage
        fields = ["owner_department", "audience", "status"]

    def filter_status(self, queryset, name, value):
        today = timezone.localdate()
        active = Q(owner_department__is_active=True)
        conditions = {
            review.ReviewState.OVERDUE: active & Q(review_date__lt=today),
            review.ReviewState.DUE_SOON: active
            & Q(review_date__gte=today, review_date__lte=review.due_soon_until(today)),
            NO_ACTIVE_OWNER: ~active,
        }
        wanted = Q()
        for status in value:
            wanted |= conditions[status]
        return queryset.filter(wanted)


def last_sign_off(answer) -> str:
    if answer.reviewed_at is None:
        return ""
    date = date_format(timezone.localtime(answer.reviewed_at), "j F Y")
    if answer.reviewed_by is None:
        return date
    return f"{date}, {display_name(answer.reviewed_by)}"


class SignOffColumn(Column):
    """A "Still correct" button per answer; a small form, so it needs no JavaScript."""

    cell_template_name = "kennisbank/admin/sign_off_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context["can_sign_off"] = can_sign_off(request.user, instance)
        # A cell is rendered from a plain dict, not the page's context: the form's CSRF token
        # has to be put in (without it every "Still correct" here was refused).
        context["csrf_token"] = get_token(request)
        # Back to the report with the same filters (not to the results fragment that an AJAX
        # refresh renders).
        query = request.GET.urlencode()
        context["next"] = reverse("kennisbank:review_report") + (f"?{query}" if query else "")
        return context


class ReviewReportView(FilterErrorsMixin, ReportView):
    page_title = _("To review")
    header_icon = "date"
    verbose_name_plural = AnswerPage._meta.verbose_name_plural
    index_url_name = "kennisbank:review_report"
    index_results_url_name = "kennisbank:review_report_results"
    template_name = "kennisbank/admin/review_report.html"
    results_template_name = "kennisbank/reports/report_results.html"
    filterset_class = ReviewReportFilterSet
    permission_policy = permission_policy
    any_permission_required = EDITOR_ACTIONS
    default_ordering = "review_date"
    export_filename = "te-herzien"
    columns = [
        BulkActionsCheckboxColumn("bulk_actions", obj_type="page"),
        TitleColumn(
            "title",
            label=_("Question"),
            accessor="get_admin_display_title",
            url_name="wagtailadmin_pages:edit",
            get_title_id=lambda answer: f"page_{answer.pk}_title",
            sort_key="title",
        ),
        Column("owner_department", label=_("Department"), sort_key="owner_department__name"),
        Column("review_status", label=_("Status"), sort_key="review_date"),
        Column("last_sign_off", label=_("Last signed off"), accessor=last_sign_off),
        SignOffColumn("sign_off", label=_("Sign off")),
    ]
    list_export = [
        "title",
        "owner_department.name",
        "get_audience_display",
        "review_date",
        "days_overdue",
        "review_status",
        "reviewed_at",
        "reviewed_by",
    ]
    export_headings = {
        "title": _("Question"),
        "owner_department.name": _("Department"),
        "get_audience_display": _("Audience"),
        "review_date": _("Review date"),
        "days_overdue": _("Days overdue"),
        "review_status": _("Status"),
        "reviewed_at": _("Signed off at"),
        "reviewed_by": _("Signed off by"),
    }

    custom_field_preprocess = {
        # The name the report shows, not the login name.
        "reviewed_by": {
            ReportView.FORMAT_CSV: display_name,
            ReportView.FORMAT_XLSX: display_name,
        },
        # Not yet due is not "-3 days overdue".
        "days_overdue": {
            ReportView.FORMAT_CSV: lambda days: max(days, 0),
            ReportView.FORMAT_XLSX: lambda days: max(days, 0),
        },
    }

    def get_base_queryset(self):
        until = review.due_soon_until(timezone.localdate())
        return (
            permission_policy.instances_user_has_any_permission_for(
                self.request.user, ["change", "publish"]
            )
            .live()
            .filter(Q(review_date__lte=until) | Q(owner_department__is_active=False))
            .select_related("owner_department", "reviewed_by")
        )

    def order_queryset(self, queryset):
        # Ties (same review date) in a stable, readable order.
        return queryset.order_by(self.ordering, "title")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["answer_bulk_actions"] = answer_bulk_actions(self.request.user)
        return context


def menu_item():
    return ReportMenuItem(
        _("To review"),
        reverse("kennisbank:review_report"),
        name="review",
        icon_name="date",
        order=1100,
        permission=may_edit_answers,
    )
