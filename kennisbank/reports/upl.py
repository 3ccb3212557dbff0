"""Report "Zonder UPL": live answers that overheid.nl cannot place, because they name no UPL
product or one that left the list. Answers that are not about a product (a general question)
belong here too; the editor then knows they are left out of the Samenwerkende Catalogi feed."""

import django_filters

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from kennisbank.models import AnswerPage, Department
from kennisbank.reports.base import FilterErrorsMixin, ReportMenuItem
from kennisbank.reports.readability import EDITOR_ACTIONS, may_edit_answers, permission_policy


class Problem:
    MISSING = "missing"
    NOT_LISTED = "not_listed"
    CHOICES = [(MISSING, _("No UPL name")), (NOT_LISTED, _("UPL name not in the list"))]


class UplReportFilterSet(WagtailFilterSet):
    owner_department = django_filters.ModelChoiceFilter(
        label=_("Department"), queryset=Department.objects.all()
    )
    problem = django_filters.ChoiceFilter(
        label=_("Problem"), choices=Problem.CHOICES, method="filter_problem"
    )

    class Meta:
        model = AnswerPage
        fields = ["owner_department"]

    def filter_problem(self, queryset, name, value):
        if value == Problem.MISSING:
            return queryset.filter(upl__isnull=True)
        if value == Problem.NOT_LISTED:
            return queryset.filter(upl__listed=False)
        return queryset


def problem_of(answer) -> str:
    if answer.upl is None:
        return str(Problem.CHOICES[0][1])
    return str(_("“%(label)s” is not in the UPL") % {"label": answer.upl.label})


class UplReportView(FilterErrorsMixin, ReportView):
    page_title = _("Without UPL")
    header_icon = "tag"
    verbose_name_plural = AnswerPage._meta.verbose_name_plural
    index_url_name = "kennisbank:upl_report"
    index_results_url_name = "kennisbank:upl_report_results"
    filterset_class = UplReportFilterSet
    permission_policy = permission_policy
    any_permission_required = EDITOR_ACTIONS
    default_ordering = "title"
    export_filename = "zonder-upl"
    columns = [
        TitleColumn(
            "title",
            label=_("Question"),
            accessor="get_admin_display_title",
            url_name="wagtailadmin_pages:edit",
            sort_key="title",
        ),
        Column("owner_department", label=_("Department")),
        Column("problem", label=_("Problem"), accessor=problem_of),
    ]
    list_export = ["title", "owner_department.name", "upl_label", "problem"]
    export_headings = {
        "title": _("Question"),
        "owner_department.name": _("Department"),
        "upl_label": _("UPL name"),
        "problem": _("Problem"),
    }

    def to_row_dict(self, item):
        # Why it is listed, as on the screen: a UPL name in the export read as nothing wrong.
        item.problem = problem_of(item)
        return super().to_row_dict(item)

    def get_base_queryset(self):
        answers = permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "publish"]
        )
        return (
            answers.live()
            .filter(Q(upl__isnull=True) | Q(upl__listed=False))
            .select_related("owner_department", "upl")
        )


def menu_item():
    return ReportMenuItem(
        _("Without UPL"),
        reverse("kennisbank:upl_report"),
        name="without-upl",
        icon_name="tag",
        order=1160,
        permission=may_edit_answers,
    )
