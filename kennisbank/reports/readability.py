"""Report "Readability": answers by language level, hardest first, with a count per department.

It reads the analysis stored on every save (AnswerPage.readability_*), so it computes
nothing itself. Like Wagtail's page reports it is for page editors, and lists the answers the
user may edit (a department member: their own department's).
"""

import django_filters

from django import forms
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from kennisbank.access.rules import OwnershipPagePermissionPolicy
from kennisbank.models import AnswerPage, Department
from kennisbank.readability_check.analysis import ReadabilityLevel, difficulty_text
from kennisbank.reports.base import FilterErrorsMixin, ReportMenuItem

EDITOR_ACTIONS = ["add", "change", "publish"]
permission_policy = OwnershipPagePermissionPolicy(AnswerPage)


class ReadabilityReportFilterSet(WagtailFilterSet):
    owner_department = django_filters.ModelChoiceFilter(
        label=_("Department"), queryset=Department.objects.all()
    )
    readability_level = django_filters.MultipleChoiceFilter(
        label=_("Language level"),
        choices=ReadabilityLevel.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = AnswerPage
        fields = ["owner_department", "readability_level"]


def _difficulty(page) -> str:
    if page.readability_difficulty is None:
        return ""
    return difficulty_text(page.readability_difficulty)


def _round(difficulty):
    return None if difficulty is None else round(difficulty, 1)


ASSESSED = (ReadabilityLevel.B1, ReadabilityLevel.B2, ReadabilityLevel.C1)


def department_summary(answers) -> list[dict]:
    """Number of answers per level for each department, in department order; "unknown" counts
    those without a level (no text to check, or not checked yet), so a row adds up."""
    counts = {level.value: Count("pk", filter=Q(readability_level=level)) for level in ASSESSED}
    counts[ReadabilityLevel.UNKNOWN.value] = Count("pk", filter=~Q(readability_level__in=ASSESSED))
    return list(
        answers.order_by()
        .values("owner_department__name")
        .annotate(**counts, total=Count("pk"))
        .order_by("owner_department__name")
    )


class ReadabilityReportView(FilterErrorsMixin, ReportView):
    page_title = _("Readability")
    header_icon = "doc-full"
    verbose_name_plural = AnswerPage._meta.verbose_name_plural
    index_url_name = "kennisbank:readability_report"
    index_results_url_name = "kennisbank:readability_report_results"
    results_template_name = "kennisbank/admin/readability_report_results.html"
    filterset_class = ReadabilityReportFilterSet
    permission_policy = permission_policy
    any_permission_required = EDITOR_ACTIONS
    default_ordering = "-readability_difficulty"
    export_filename = "leesbaarheid"
    columns = [
        TitleColumn(
            "title",
            label=_("Question"),
            accessor="get_admin_display_title",
            url_name="wagtailadmin_pages:edit",
            sort_key="title",
        ),
        Column("owner_department", label=_("Department")),
        Column(
            "readability_level",
            label=_("Language level"),
            accessor="get_readability_level_display",
        ),
        Column(
            "readability_difficulty",
            label=_("Difficulty"),
            accessor=_difficulty,
            sort_key="readability_difficulty",
        ),
        DateColumn(
            "readability_checked_at", label=_("Checked at"), sort_key="readability_checked_at"
        ),
    ]
    list_export = [
        "title",
        "owner_department.name",
        "get_readability_level_display",
        "readability_difficulty",
        "readability_checked_at",
    ]
    export_headings = {
        "title": _("Question"),
        "owner_department.name": _("Department"),
        "get_readability_level_display": _("Language level"),
        "readability_difficulty": _("Difficulty"),
        "readability_checked_at": _("Checked at"),
    }
    custom_field_preprocess = {
        "readability_difficulty": {
            ReportView.FORMAT_CSV: _round,
            ReportView.FORMAT_XLSX: _round,
        }
    }

    def get_base_queryset(self):
        return permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "publish"]
        ).select_related("owner_department")

    def order_queryset(self, queryset):
        # Answers never checked go last whichever way the column is sorted, on every database.
        field = self.ordering.removeprefix("-")
        expression = F(field).desc if self.ordering.startswith("-") else F(field).asc
        return queryset.order_by(expression(nulls_last=True), "title")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["department_summary"] = department_summary(self.object_list)
        return context


def may_edit_answers(user) -> bool:
    """Everyone who may add, change or publish answers sees the editors' reports."""
    return permission_policy.user_has_any_permission(user, EDITOR_ACTIONS)


def menu_item():
    return ReportMenuItem(
        _("Readability"),
        reverse("kennisbank:readability_report"),
        name="readability",
        icon_name="doc-full",
        order=1150,
        permission=may_edit_answers,
    )
