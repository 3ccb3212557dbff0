"""The base of every report in the admin: Kennisbank's own (readability, review) and those of
the apps built on it (search analytics, top-task advice).

- ``ReportMenuItem(permission=...)``: a "Rapporten" menu item shown only to users who have the
  permission (a codename such as "search.view_analytics", or a callable taking the user).
- ``PermissionRequiredMixin``: a 403 page (returned, not raised) for users without
  ``required_permission``, also on POST.
- ``Period`` and ``PeriodFilterForm`` / ``period_from_cleaned``: an inclusive date range with a
  default of the last ``DEFAULT_PERIOD_DAYS`` days and at most ``MAX_PERIOD_DAYS``.
- ``RowsReportView``: a ReportView whose rows are computed in Python (``get_rows()``), ordered by
  ``?ordering=``, paginated and exported to CSV/XLSX from dict rows.
- ``Trend`` / ``week_over_week`` / ``format_number``: figures in Dutch notation.
- ``bar_chart``: an accessible SVG bar chart with its data table (kennisbank/reports/chart.py).
- ``report_urlpatterns(slug, view_class, name)``: the index and results URLs of a report; each
  app includes them in its own namespaced admin_urls.py.
"""

import datetime
from collections import OrderedDict
from dataclasses import dataclass

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from kennisbank.reports.values import read_value

DEFAULT_PERIOD_DAYS = 28
MAX_PERIOD_DAYS = 400


# --- Access ---------------------------------------------------------------------------------


def has_permission(user, permission) -> bool:
    """`permission` is a codename ("app.codename") or a callable taking the user."""
    if not (user.is_authenticated and user.is_active):
        return False
    return permission(user) if callable(permission) else user.has_perm(permission)


class PermissionRequiredMixin:
    """A 403 for everyone without `required_permission` (also for POSTs).

    Returned, not raised: Wagtail's admin turns a raised PermissionDenied into a redirect to
    the dashboard, which would hide from scripts and tests that access was refused."""

    required_permission = None

    def dispatch(self, request, *args, **kwargs):
        if not has_permission(request.user, self.required_permission):
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)


class ReportMenuItem(MenuItem):
    """A report menu item shown only to those who have `permission`."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return has_permission(request.user, self.permission)


def report_urlpatterns(slug: str, view_class, name: str) -> list:
    """URLs of a report: <slug>/ (`name`) and its results fragment (`name`_results)."""
    return [
        path(f"{slug}/", view_class.as_view(), name=name),
        path(f"{slug}/results/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]


# --- Period ---------------------------------------------------------------------------------


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
    if start > timezone.localdate():
        raise ValidationError(_("The period starts after today: there are no figures for it yet."))
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise ValidationError(
            _("Choose a period of at most %(days)s days.") % {"days": MAX_PERIOD_DAYS}
        )


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value


class PeriodFilterForm(forms.Form):
    """The form of a filter set with a "period" DateFromToRangeFilter: whole days, validated."""

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

    cell_template_name = "kennisbank/reports/cells/trend.html"


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


# --- Reports of computed rows ---------------------------------------------------------------


def _sort_value(row, key):
    value = read_value(row, key)
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, Trend):
        return value.change
    return value


class FilterErrorsMixin:
    """Filters that cannot be applied (a department the user may not choose, a period the
    wrong way round) are said above an empty result, never silently ignored."""

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
    def filter_errors(self) -> list[str]:
        if self.filters_valid:
            return []
        form = self.filters.form
        errors = []
        for name, messages in form.errors.items():
            label = form.fields[name].label if name in form.fields else ""
            errors.extend(f"{label}: {message}" if label else message for message in messages)
        return errors

    def filter_queryset(self, queryset):
        if not self.filters_valid:
            return queryset.none()
        return super().filter_queryset(queryset)

    def get(self, request, *args, **kwargs):
        if not self.filters_valid:
            # Show the error instead of a spreadsheet of nothing.
            self.is_export = False
        return super().get(request, *args, **kwargs)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filter_errors"] = self.filter_errors
        return context


class RowsReportView(FilterErrorsMixin, ReportView):
    """A report whose rows are computed in Python by ``get_rows()`` (dicts or objects), with
    filters read by the view (``filter_value``)."""

    list_export = []
    export_headings = {}

    def get_rows(self):
        """The report's rows (dicts or objects), unordered; subclasses implement this."""
        raise NotImplementedError

    def get_queryset(self):
        if not self.filters_valid:
            return []
        return self.order_rows(list(self.get_rows()))

    def filter_queryset(self, queryset):
        # The rows were computed with the filters already (get_rows reads them).
        return queryset

    def order_rows(self, rows):
        if not self.ordering:
            return rows
        key = self.ordering.removeprefix("-")
        present = [row for row in rows if _sort_value(row, key) is not None]
        missing = [row for row in rows if _sort_value(row, key) is None]
        present.sort(key=lambda row: _sort_value(row, key), reverse=self.ordering.startswith("-"))
        return present + missing

    # --- export of dict rows

    def to_row_dict(self, item):
        return OrderedDict((field, read_value(item, field)) for field in self.list_export)

    def get_heading(self, queryset, field):
        heading = self.export_headings.get(field)
        return str(heading) if heading else capfirst(field.replace("_", " "))

    def preprocess_field_value(self, field, value, export_format):
        if value is None:
            return ""
        if isinstance(value, Trend):
            return value.change
        return super().preprocess_field_value(field, value, export_format)
