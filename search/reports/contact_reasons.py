"""Report "Contact reasons": why people called, came by or wrote, from the contact moments that
agents register in the workbench.

The summary shows the total, the share handled without transfer (result "afgehandeld"),
and the contact moments by answer, result, channel and department. The list (filter "Show")
is per answer, per department, or the contact moments for which no answer was found, with the
question the agent typed (scrubbed of personal data when it was saved). The channel filter
has the channels of contact moments (phone, desk, ...), not those of searches. Figures come
from search.analytics.figures.contact_reasons: grouped queries on ContactRegistration.
"""

import django_filters

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column

from kennisbank.models import ChannelKind
from kennisbank.reports.base import format_number
from kennisbank.reports.chart import bar_chart
from search.analytics.figures import contact_reasons as figures
from search.reports.base import (
    AnalyticsFilterSet,
    AnalyticsReportView,
    AnswerTitleColumn,
    analytics_menu_item,
)

ANSWERS = "antwoorden"
DEPARTMENTS = "afdelingen"
WITHOUT_ANSWER = "zonder-antwoord"
CHART_ROWS = 10


class ContactReasonsFilterSet(AnalyticsFilterSet):
    channel = django_filters.ChoiceFilter(
        label=_("Channel"),
        choices=ChannelKind.choices,
        empty_label=_("All channels"),
        widget=forms.RadioSelect,
    )
    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=[
            (ANSWERS, _("Per answer")),
            (DEPARTMENTS, _("Per department")),
            (WITHOUT_ANSWER, _("No answer found")),
        ],
        empty_label=None,
        widget=forms.RadioSelect,
    )

    class Meta(AnalyticsFilterSet.Meta):
        pass


def _number(key):
    return lambda row: format_number(row[key])


def percentage(value) -> str:
    # Rounded here: format_number cuts the decimals off.
    return "" if value is None else f"{format_number(round(value))}%"


def _percentage(key):
    return lambda row: percentage(row[key])


def _local(value):
    return timezone.localtime(value).replace(tzinfo=None)


class ContactReasonsReportView(AnalyticsReportView):
    page_title = _("Contact reasons")
    header_icon = "mail"
    index_url_name = "search:contact_reasons"
    index_results_url_name = "search:contact_reasons_results"
    results_template_name = "search/analytics/contact_reasons_results.html"
    filterset_class = ContactReasonsFilterSet
    export_filename = "contactredenen"
    custom_field_preprocess = {
        "registered_at": {
            AnalyticsReportView.FORMAT_CSV: lambda value: _local(value).isoformat(" ", "minutes"),
            AnalyticsReportView.FORMAT_XLSX: _local,
        }
    }

    @cached_property
    def mode(self):
        return self.filter_value("show", ANSWERS)

    # The base reads `channel` as a search channel; contact moments have channels of their own.
    channel = ""

    @cached_property
    def contact_channel(self) -> str:
        return self.filter_value("channel", "")

    @property
    def verbose_name_plural(self):
        return _("contact moments")

    @cached_property
    def no_results_message(self):
        if self.mode == WITHOUT_ANSWER and self.totals["total"]:
            return _("For every contact moment in this period an answer was found.")
        if self.mode == ANSWERS and self.totals["total"]:
            return _("No answers were used in the contact moments of this period.")
        return _(
            "No contact moments were registered in this period. Choose a longer period, "
            "another channel or another department."
        )

    @property
    def default_ordering(self):
        return "-registered_at" if self.mode == WITHOUT_ANSWER else "-total"

    @property
    def columns(self):
        if self.mode == WITHOUT_ANSWER:
            return [
                Column(
                    "registered_at",
                    label=_("Registered at"),
                    accessor=lambda row: date_format(
                        timezone.localtime(row["registered_at"]), "j b Y H:i"
                    ),
                    sort_key="registered_at",
                ),
                Column("question", label=_("Question"), sort_key="question"),
                Column("channel", label=_("Channel"), sort_key="channel"),
                Column("department", label=_("Department"), sort_key="department"),
                Column("result", label=_("Result"), sort_key="result"),
            ]
        handled = [
            Column(
                "total", label=_("Contact moments"), accessor=_number("total"), sort_key="total"
            ),
            Column(
                "handled",
                label=_("Handled without transfer"),
                accessor=_number("handled"),
                sort_key="handled",
            ),
            Column(
                "handled_share",
                label=_("Share handled"),
                accessor=_percentage("handled_share"),
                sort_key="handled_share",
            ),
        ]
        if self.mode == DEPARTMENTS:
            return [
                Column("department", label=_("Department"), sort_key="department"),
                *handled,
                Column(
                    "no_answer",
                    label=_("No answer found"),
                    accessor=_number("no_answer"),
                    sort_key="no_answer",
                ),
            ]
        return [
            AnswerTitleColumn("title", label=_("Answer"), sort_key="title"),
            Column("department", label=_("Owner department"), sort_key="department"),
            *handled,
        ]

    @property
    def list_export(self):
        if self.mode == WITHOUT_ANSWER:
            return ["registered_at", "question", "channel", "department", "result"]
        if self.mode == DEPARTMENTS:
            return ["department", "total", "handled", "handled_share", "no_answer"]
        return ["title", "department", "total", "handled", "handled_share"]

    @property
    def export_headings(self):
        return {
            "registered_at": _("Registered at"),
            "question": _("Question"),
            "channel": _("Channel"),
            "department": _("Owner department") if self.mode == ANSWERS else _("Department"),
            "result": _("Result"),
            "title": _("Answer"),
            "total": _("Contact moments"),
            "handled": _("Handled without transfer"),
            "handled_share": _("Share handled (%)"),
            "no_answer": _("No answer found"),
        }

    def preprocess_field_value(self, field, value, export_format):
        if field == "handled_share" and value is not None:
            return round(value, 1)
        return super().preprocess_field_value(field, value, export_format)

    def _filters(self):
        return {"channel": self.contact_channel, "department": self.department}

    @cached_property
    def totals(self):
        return figures.totals(self.period, **self._filters())

    @cached_property
    def answers(self):
        rows = figures.by_answer(self.period, **self._filters())
        for row in rows:
            row["url"] = reverse("wagtailadmin_pages:edit", args=[row["page_id"]])
        return rows

    @cached_property
    def departments(self):
        return figures.by_department(self.period, **self._filters())

    def get_rows(self):
        if self.mode == WITHOUT_ANSWER:
            return figures.without_answer(self.period, **self._filters())
        if self.mode == DEPARTMENTS:
            return self.departments
        return self.answers

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if self.contact_channel:
            context["channel_label"] = ChannelKind(self.contact_channel).label
        if not self.filters_valid or not self.totals["total"]:
            return context
        context.update(
            totals=self.totals,
            handled_share=percentage(self.totals["handled_share"]),
            by_result=figures.by_result(self.period, **self._filters()),
            by_channel=figures.by_channel(self.period, **self._filters()),
            by_department=self.departments,
            answers_chart=bar_chart(
                self.answers[:CHART_ROWS],
                label="title",
                value="total",
                caption=_("Answers used most in contact moments"),
                label_heading=_("Answer"),
                value_heading=_("Contact moments"),
            ),
            without_answer_url=self._url_showing(WITHOUT_ANSWER),
        )
        return context

    def _url_showing(self, mode) -> str:
        """This report with the same filters, showing list `mode`."""
        query = self.request.GET.copy()
        for key in (self.page_kwarg, "ordering", "export", "_w_filter_fragment"):
            query.pop(key, None)
        query["show"] = mode
        return f"{reverse(self.index_url_name)}?{query.urlencode()}"


def menu_item():
    return analytics_menu_item(
        _("Contact reasons"),
        reverse("search:contact_reasons"),
        name="contact-reasons",
        icon_name="mail",
        order=1230,
    )
