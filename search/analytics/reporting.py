"""The shared base of the search-analytics reports ("Zoekanalyse" under Rapporten).

Every analytics report reads only the daily tables (search.models.Daily*), after
rolling up what is new (rollup.refresh(), once per request), and has the same filters, the same
access rule and the same chart. A report is a subclass of :class:`AnalyticsReportView` that sets
the usual ReportView attributes (page_title, index_url_name, index_results_url_name, columns,
list_export, export_headings, export_filename, default_ordering) and implements ``get_rows()``.

API
---
Filters
    ``AnalyticsFilterSet``: period (``period_from`` / ``period_to``, ISO dates), ``channel``
    (a :class:`~search.models.Channel` value or empty for all) and ``department``
    (a Department pk or empty for all). Subclass it to add filters; its ``filter_queryset``
    filters nothing, the view reads the cleaned values. The period defaults to the last
    ``DEFAULT_PERIOD_DAYS`` (28) days including today; a start after the end or a period
    over ``MAX_PERIOD_DAYS`` (400) days is a form error, shown in Dutch above an empty result.

``Period(start, end)``
    Inclusive dates. ``days``, ``previous()`` (the same number of days just before),
    ``weeks()`` (7-day periods ending on ``end``, oldest first; the first may be shorter),
    ``label``, ``__contains__(day)``.

``AnalyticsReportView``
    ``self.period``, ``self.channel`` ("" for all), ``self.department`` (None for all),
    ``self.filters_valid``; ``filter_value(name)`` for a subclass's own filters.
    ``get_rows()`` returns dicts or objects; they are ordered in Python by the column
    ``sort_key`` named in ``?ordering=`` (missing values last), paginated, and exported to
    CSV/XLSX with ``list_export`` (keys or dotted paths; a missing key exports as empty).
    Helpers: ``query_stats()``, ``answer_stats()``, ``reformulations()`` (daily tables in the
    period and channel) and ``answer_departments(page_ids)`` ({page id: owner department id},
    one query). Access: editors and administrators only (``can_view_analytics``), others get
    a 403. ``AnalyticsAccessMixin`` gives the same rule to action views (POST).

``AnalyticsReportMenuItem``
    A report menu item shown only to those who may open the reports.

``report_urlpatterns(slug, view_class, name)``
    The index and results URLs of a report under ``zoekanalyse/<slug>/``.

``bar_chart(rows, *, label, value, caption, description="")``
    An accessible server-side SVG bar chart (``role="img"`` with ``<title>`` and ``<desc>``,
    no script, no style attributes) with its data table; ``label`` and ``value`` are keys,
    dotted paths or callables. Render it with ``{{ chart }}`` or
    ``{% include "search/analytics/chart.html" with chart=chart %}``.

``week_over_week(current, previous)``
    A :class:`Trend`: ``change``, ``percent`` (None when there was nothing before),
    ``direction`` ("up", "down", "same") and ``str()`` such as "+1.234 (+25%)" in Dutch
    number formatting. ``format_number(value, decimals=0)`` formats a single figure.
"""

import datetime
import itertools
import logging
from collections import OrderedDict
from dataclasses import dataclass

import django_filters

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError
from django.template.loader import render_to_string
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import multigetattr

from kennisbank.models import AnswerPage, Department
from kennisbank.roles import ADMINISTRATORS, EDITORS
from search.analytics import rollup
from search.models import (
    Channel,
    DailyAnswerStat,
    DailyQueryStat,
    DailyReformulation,
)

logger = logging.getLogger(__name__)

DEFAULT_PERIOD_DAYS = 28
MAX_PERIOD_DAYS = 400
URL_PREFIX = "zoekanalyse"
STYLESHEET = "kennisbank/css/analytics.css"


# --- Access ---------------------------------------------------------------------------------


def can_view_analytics(user) -> bool:
    """Editors (Redactie), administrators (Beheerders) and superusers; not contact-centre
    agents or department members: the reports show every department's demand and let
    editors create answers for any department."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_analytics_access"):
        user._analytics_access = user.groups.filter(name__in=[EDITORS, ADMINISTRATORS]).exists()
    return user._analytics_access


class AnalyticsAccessMixin:
    """A 403 for everyone who may not open the analytics reports (also for POSTs).

    Returned, not raised: Wagtail's admin turns a raised PermissionDenied into a redirect to
    the dashboard, which would hide from scripts and tests that access was refused."""

    def dispatch(self, request, *args, **kwargs):
        if not can_view_analytics(request.user):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


class AnalyticsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_analytics(request.user)


# --- Period and filters ---------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """From `start` up to and including `end`."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def last_days(cls, days: int, today: datetime.date | None = None) -> "Period":
        today = today or timezone.localdate()
        return cls(today - datetime.timedelta(days=days - 1), today)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length just before this one."""
        end = self.start - datetime.timedelta(days=1)
        return Period(end - datetime.timedelta(days=self.days - 1), end)

    def weeks(self) -> list["Period"]:
        """7-day periods ending on `end`, oldest first; the first is shorter when the period
        is not a whole number of weeks."""
        weeks = []
        end = self.end
        while end >= self.start:
            start = max(self.start, end - datetime.timedelta(days=6))
            weeks.append(Period(start, end))
            end = start - datetime.timedelta(days=1)
        return weeks[::-1]

    def __contains__(self, day: datetime.date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        return gettext("%(start)s to %(end)s") % {
            "start": date_format(self.start, "j F Y"),
            "end": date_format(self.end, "j F Y"),
        }

    @property
    def short_label(self) -> str:
        return f"{date_format(self.start, 'j b')} – {date_format(self.end, 'j b')}"

    def __str__(self):
        return self.label


def validate_period(start: datetime.date, end: datetime.date) -> None:
    """The rule of the filter form, for other callers (e.g. a command)."""
    if start > end:
        raise ValidationError(_("The start date is after the end date."))
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise ValidationError(
            _("Choose a period of at most %(days)s days.") % {"days": MAX_PERIOD_DAYS}
        )


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value


class AnalyticsFilterForm(forms.Form):
    def clean(self):
        cleaned_data = super().clean()
        period = cleaned_data.get("period")
        if period:
            # The range field gives datetimes (start and end of day); the reports count days.
            start, end = _as_date(period.start), _as_date(period.stop)
            cleaned_data["period"] = slice(start, end)
            effective = period_from_cleaned(cleaned_data["period"])
            try:
                validate_period(effective.start, effective.end)
            except ValidationError as error:
                self.add_error("period", error)
        return cleaned_data


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
        form = AnalyticsFilterForm
        fields = []

    def filter_queryset(self, queryset):
        return queryset


def period_from_cleaned(value, today: datetime.date | None = None) -> Period:
    """The period of a cleaned DateFromToRangeFilter value (a slice or None): missing ends
    default to today and to DEFAULT_PERIOD_DAYS before the end."""
    today = today or timezone.localdate()
    start = value.start if value else None
    end = value.stop if value else None
    if end is None:
        end = max(today, start) if start else today
    if start is None:
        start = end - datetime.timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    return Period(start, end)


# --- Numbers and trends ---------------------------------------------------------------------


def format_number(value, decimals: int = 0) -> str:
    """A figure in Dutch notation, rounded: 1.234 and 12,5 (number_format alone truncates)."""
    return number_format(
        round(value, decimals), decimal_pos=decimals, use_l10n=True, force_grouping=True
    )


class TrendColumn(Column):
    """A Trend as "+5 (+50%)", marked up or down."""

    cell_template_name = "search/analytics/cells/trend.html"


class AnswerTitleColumn(Column):
    """A title that links to the row's "url" (the answer's editor) when it has one."""

    cell_template_name = "search/analytics/cells/answer_link.html"


@dataclass(frozen=True)
class Trend:
    current: int
    previous: int

    @property
    def change(self) -> int:
        return self.current - self.previous

    @property
    def percent(self) -> float | None:
        if not self.previous:
            return None
        return 100 * self.change / self.previous

    @property
    def direction(self) -> str:
        return "up" if self.change > 0 else "down" if self.change < 0 else "same"

    @property
    def change_display(self) -> str:
        sign = "+" if self.change > 0 else "-" if self.change < 0 else ""
        return sign + format_number(abs(self.change))

    @property
    def percent_display(self) -> str:
        percent = self.percent
        if percent is None:
            return gettext("new") if self.current else ""
        # One decimal for small changes, where "0%" would hide a real difference.
        decimals = 1 if 0 < abs(percent) < 10 else 0
        sign = "+" if percent > 0 else "-" if percent < 0 else ""
        return f"{sign}{format_number(abs(percent), decimals)}%"

    def __str__(self):
        if self.percent_display:
            return f"{self.change_display} ({self.percent_display})"
        return self.change_display

    @property
    def description(self) -> str:
        """For screen readers and titles: "12 last period, 15 now"."""
        return gettext("%(previous)s in the previous period, %(current)s now") % {
            "previous": format_number(self.previous),
            "current": format_number(self.current),
        }


def week_over_week(current: int, previous: int) -> Trend:
    """The change from `previous` to `current` (e.g. this period vs. the one before)."""
    return Trend(int(current or 0), int(previous or 0))


# --- Chart ----------------------------------------------------------------------------------

_chart_ids = itertools.count(1)
CHART_WIDTH = 640
LABEL_WIDTH = 220
VALUE_WIDTH = 70
ROW_HEIGHT = 26
BAR_HEIGHT = 18
LABEL_MAX_CHARS = 32


def _read(row, accessor):
    if callable(accessor):
        return accessor(row)
    try:
        return multigetattr(row, accessor)
    except AttributeError:
        return None


@dataclass(frozen=True)
class Bar:
    label: str
    short_label: str
    value: float
    value_display: str
    y: int
    text_y: int
    width: int
    value_x: int


@dataclass(frozen=True)
class BarChart:
    caption: str
    description: str
    bars: list
    height: int
    width: int
    id: str
    label_heading: str
    value_heading: str
    label_x: int = LABEL_WIDTH - 8
    bar_x: int = LABEL_WIDTH

    def __html__(self):
        return render_to_string("search/analytics/chart.html", {"chart": self})

    def __str__(self):
        return self.__html__()


def bar_chart(
    rows,
    *,
    label,
    value,
    caption,
    description: str = "",
    label_heading=None,
    value_heading=None,
) -> BarChart:
    """A horizontal bar chart of `rows`, in their order. `label` and `value` are keys, dotted
    paths or callables; `caption` names the chart (its <title> and the table caption)."""
    items = [(str(_read(row, label) or ""), _read(row, value) or 0) for row in rows]
    largest = max((max(number, 0) for _, number in items), default=0)
    bar_area = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = []
    for position, (text, number) in enumerate(items):
        width = round(bar_area * max(number, 0) / largest) if largest else 0
        y = position * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) // 2
        bars.append(
            Bar(
                label=text,
                short_label=text
                if len(text) <= LABEL_MAX_CHARS
                else text[: LABEL_MAX_CHARS - 1] + "…",
                value=number,
                value_display=format_number(number),
                y=y,
                text_y=position * ROW_HEIGHT + ROW_HEIGHT // 2 + 5,
                width=max(width, 1 if number > 0 else 0),
                value_x=LABEL_WIDTH + width + 6,
            )
        )
    if not description:
        description = "; ".join(f"{bar.label}: {bar.value_display}" for bar in bars)
    return BarChart(
        caption=str(caption),
        description=description,
        bars=bars,
        height=max(len(bars), 1) * ROW_HEIGHT,
        width=CHART_WIDTH,
        id=f"analytics-chart-{next(_chart_ids)}",
        label_heading=str(label_heading or gettext("Label")),
        value_heading=str(value_heading or gettext("Number")),
    )


# --- The report view ------------------------------------------------------------------------


def _sort_value(row, key):
    value = _read(row, key)
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, Trend):
        return value.change
    return value


class AnalyticsReportView(AnalyticsAccessMixin, ReportView):
    """Base of the analytics reports; see the module docstring."""

    template_name = "search/analytics/report.html"
    results_template_name = "search/analytics/report_results.html"
    filterset_class = AnalyticsFilterSet
    header_icon = "search"
    export_filename = "zoekanalyse"
    list_export = []
    export_headings = {}

    # --- filters

    @cached_property
    def filters_valid(self) -> bool:
        return self.filters is None or self.filters.is_valid()

    def filter_value(self, name, default=None):
        """The cleaned value of filter `name`; `default` when empty or the filters are invalid."""
        if not self.filters_valid or self.filters is None:
            return default
        value = self.filters.form.cleaned_data.get(name)
        return default if value in (None, "", [], ()) else value

    @cached_property
    def period(self) -> Period:
        return period_from_cleaned(self.filter_value("period"))

    @cached_property
    def channel(self) -> str:
        return self.filter_value("channel", "")

    @cached_property
    def department(self):
        return self.filter_value("department")

    @cached_property
    def filter_errors(self) -> list[str]:
        if self.filters_valid:
            return []
        form = self.filters.form
        errors = []
        for name, messages in form.errors.items():
            label = form.fields[name].label if name in form.fields else ""
            errors.extend(f"{label}: {message}" if label else message for message in messages)
        return errors

    # --- data

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

    refresh_failed = False

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

    def get_rows(self):
        """The report's rows (dicts or objects), unordered; subclasses implement this."""
        raise NotImplementedError

    # --- listing machinery

    def get_queryset(self):
        if not self.filters_valid:
            return []
        return self.order_rows(list(self.get_rows()))

    def order_rows(self, rows):
        if not self.ordering:
            return rows
        key = self.ordering.removeprefix("-")
        present = [row for row in rows if _sort_value(row, key) is not None]
        missing = [row for row in rows if _sort_value(row, key) is None]
        present.sort(key=lambda row: _sort_value(row, key), reverse=self.ordering.startswith("-"))
        return present + missing

    def get(self, request, *args, **kwargs):
        self.refresh_figures()
        if not self.filters_valid:
            # Show the error instead of a spreadsheet of nothing.
            self.is_export = False
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
            filter_errors=self.filter_errors,
            refresh_failed=self.refresh_failed,
        )
        context["media"] += forms.Media(css={"all": [STYLESHEET]})
        return context

    # --- export of dict rows

    def to_row_dict(self, item):
        return OrderedDict((field, _read(item, field)) for field in self.list_export)

    def get_heading(self, queryset, field):
        heading = self.export_headings.get(field)
        return str(heading) if heading else capfirst(field.replace("_", " "))

    def preprocess_field_value(self, field, value, export_format):
        if value is None:
            return ""
        if isinstance(value, Trend):
            return value.change
        return super().preprocess_field_value(field, value, export_format)


def report_urlpatterns(slug: str, view_class, name: str) -> list:
    """URLs of a report: zoekanalyse/<slug>/ (`name`) and its results fragment (`name`_results)."""
    return [
        path(f"{URL_PREFIX}/{slug}/", view_class.as_view(), name=name),
        path(
            f"{URL_PREFIX}/{slug}/results/",
            view_class.as_view(results_only=True),
            name=f"{name}_results",
        ),
    ]
