"""The base of the search-analytics reports ("Zoekanalyse" under Rapporten), on the report stack
of kennisbank.reports.base.

Every analytics report reads only the daily tables (search.models.Daily*), after rolling up
what is new (rollup.refresh(), once per request), and has the same filters (period, channel,
department), the same access rule (the permission ``search.view_analytics``, granted to the
Redactie and the Beheerders by migration) and the same chart. A report is a subclass of
:class:`AnalyticsReportView` that sets the usual ReportView attributes and implements
``get_rows()``; its menu item is an :func:`analytics_menu_item`.
"""

import logging

import django_filters

from django import forms
from django.db import DatabaseError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column

from kennisbank.models import AnswerPage, Department
from kennisbank.reports.base import (
    Period,
    PeriodFilterForm,
    PermissionRequiredMixin,
    ReportMenuItem,
    RowsReportView,
    period_from_cleaned,
)
from search.analytics import rollup
from search.models import Channel, DailyAnswerStat, DailyQueryStat, DailyReformulation

logger = logging.getLogger(__name__)

ANALYTICS_PERMISSION = "search.view_analytics"
STYLESHEET = "kennisbank/css/reports.css"


def can_view_analytics(user) -> bool:
    """Editors (Redactie), administrators (Beheerders) and superusers; not contact-centre agents
    or department members: the reports show every department's demand and let editors create
    answers for any department."""
    return user.is_authenticated and user.is_active and user.has_perm(ANALYTICS_PERMISSION)


class AnalyticsAccessMixin(PermissionRequiredMixin):
    """A 403 for everyone who may not open the analytics reports (also for POSTs)."""

    required_permission = ANALYTICS_PERMISSION


def analytics_menu_item(label, url, **kwargs) -> ReportMenuItem:
    return ReportMenuItem(label, url, permission=ANALYTICS_PERMISSION, **kwargs)


class AnswerTitleColumn(Column):
    """A title that links to the row's "url" (the answer's editor) when it has one."""

    cell_template_name = "search/analytics/cells/answer_link.html"


class QuestionColumn(Column):
    """A question as asked most, with the other wordings its row counts ("phrasings": a list
    of (wording, searches), most asked first), so a figure never sums wordings unseen."""

    cell_template_name = "search/analytics/cells/question_group.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["question"] = self.get_value(instance)
        return context


class AnalyticsFilterSet(WagtailFilterSet):
    """Period, channel and department. Filters nothing itself: the rows of a report are
    computed from the daily tables by the view, which reads the cleaned values."""

    period = django_filters.DateFromToRangeFilter(
        label=_("Period"),
        widget=DateRangePickerWidget,
        help_text=_("Empty: the last 28 days, today included."),
    )
    channel = django_filters.ChoiceFilter(
        label=_("Channel"),
        choices=Channel.choices,
        empty_label=_("All channels"),
        widget=forms.RadioSelect,
    )
    department = django_filters.ModelChoiceFilter(
        label=_("Department"),
        queryset=Department.objects.all(),
        empty_label=_("All departments"),
    )

    class Meta:
        # django-filter wants a model; the filters are read by the view, never applied to it.
        model = DailyQueryStat
        form = PeriodFilterForm
        fields = []

    def filter_queryset(self, queryset):
        return queryset


class AnalyticsReportView(AnalyticsAccessMixin, RowsReportView):
    """Base of the analytics reports: ``self.period``, ``self.channel`` ("" for all) and
    ``self.department`` (None for all), and the daily tables in that period and channel."""

    template_name = "search/analytics/report.html"
    results_template_name = "search/analytics/report_results.html"
    # What the report's figures count, where two reports count one need differently.
    columns_help = ""
    filterset_class = AnalyticsFilterSet
    header_icon = "search"
    export_filename = "zoekanalyse"

    @cached_property
    def period(self) -> Period:
        return period_from_cleaned(self.filter_value("period"))

    @cached_property
    def channel(self) -> str:
        return self.filter_value("channel", "")

    @cached_property
    def department(self):
        return self.filter_value("department")

    # --- data

    refresh_failed = False

    def refresh_figures(self):
        """Roll up new events into the daily tables, once per request. A failing database
        leaves the figures as they were rolled up last, which the report says."""
        if getattr(self.request, "_analytics_refreshed", False):
            return
        self.request._analytics_refreshed = True
        try:
            rollup.refresh()
        except DatabaseError:
            logger.warning("Could not roll up analytics events", exc_info=True)
            self.refresh_failed = True

    def in_period(self, queryset, period: Period | None = None):
        period = period or self.period
        queryset = queryset.filter(day__gte=period.start, day__lte=period.end)
        if self.channel:
            queryset = queryset.filter(channel=self.channel)
        return queryset

    def query_stats(self, period: Period | None = None):
        return self.in_period(DailyQueryStat.objects.all(), period)

    def answer_stats(self, period: Period | None = None):
        return self.in_period(DailyAnswerStat.objects.all(), period)

    def reformulations(self, period: Period | None = None):
        return self.in_period(DailyReformulation.objects.all(), period)

    @staticmethod
    def answer_departments(page_ids) -> dict[int, int]:
        """{answer page id: owner department id} for those ids that are answers."""
        ids = {page_id for page_id in page_ids if page_id is not None}
        if not ids:
            return {}
        return dict(AnswerPage.objects.filter(pk__in=ids).values_list("pk", "owner_department_id"))

    def get(self, request, *args, **kwargs):
        self.refresh_figures()
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.period.label if self.filters_valid else ""

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(
            period=self.period,
            previous_period=self.period.previous(),
            channel=self.channel,
            channel_label=Channel(self.channel).label if self.channel else "",
            department=self.department,
            refresh_failed=self.refresh_failed,
            columns_help=self.columns_help,
        )
        context["media"] += forms.Media(css={"all": [STYLESHEET]})
        return context
