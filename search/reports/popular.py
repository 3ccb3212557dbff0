"""Report "Popular": the questions asked most and the answers used most, per channel, with
this week against the week before.

Two lists (filter "Show"): questions (grouped by need, in the wording people used most) and
answers (clicks plus answers given by the chatbot). Both charts are always shown. The figures
come from search.analytics.figures.popular, which reads only the daily tables.
"""

import django_filters

from django import forms
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column

from kennisbank.reports.base import TrendColumn, format_number
from kennisbank.reports.chart import bar_chart
from search.analytics.figures import popular as figures
from search.models import Channel
from search.reports.base import (
    AnalyticsFilterSet,
    AnalyticsReportView,
    AnswerTitleColumn,
    QuestionColumn,
    analytics_menu_item,
)

QUESTIONS = "vragen"
ANSWERS = "antwoorden"
CHART_ROWS = 10


class PopularFilterSet(AnalyticsFilterSet):
    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=[(QUESTIONS, _("Most asked questions")), (ANSWERS, _("Most used answers"))],
        empty_label=None,
        widget=forms.RadioSelect,
    )

    class Meta(AnalyticsFilterSet.Meta):
        pass


def _number(key):
    return lambda row: format_number(row[key])


def _channel_number(channel):
    return lambda row: format_number(row["channels"][channel])


def _numbers(key, label):
    return Column(key, label=label, accessor=_number(key), sort_key=key)


class PopularReportView(AnalyticsReportView):
    page_title = _("Popular")
    header_icon = "pick"
    index_url_name = "search:popular"
    index_results_url_name = "search:popular_results"
    results_template_name = "search/analytics/popular_results.html"
    filterset_class = PopularFilterSet
    export_filename = "populair"
    default_ordering = "-total"

    @cached_property
    def mode(self):
        return self.filter_value("show", QUESTIONS)

    @property
    def verbose_name_plural(self):
        return _("answers") if self.mode == ANSWERS else _("questions")

    @cached_property
    def no_results_message(self):
        if self.mode == ANSWERS:
            return _(
                "No answer was opened from a search or given by the chatbot in this period. "
                "Choose a longer period or another channel."
            )
        return _("Nobody searched in this period. Choose a longer period or another channel.")

    @cached_property
    def channels(self):
        """The channels with a column of their own: every channel unless one is chosen."""
        return [] if self.channel else list(Channel)

    @property
    def columns(self):
        per_channel = [
            Column(
                f"channel_{channel.value}",
                label=channel.label,
                accessor=_channel_number(channel.value),
                sort_key=f"channels.{channel.value}",
            )
            for channel in self.channels
        ]
        week = [
            _numbers("this_week", _("This week")),
            _numbers("previous_week", _("Previous week")),
            TrendColumn("trend", label=_("Change"), sort_key="trend"),
        ]
        if self.mode == ANSWERS:
            return [
                AnswerTitleColumn(
                    "title", label=_("Answer"), sort_key="title", classname="report-sticky-start"
                ),
                Column("department", label=_("Department"), sort_key="department"),
                *per_channel,
                _numbers("clicks", _("Clicks")),
                _numbers("answered", _("Chatbot answers")),
                _numbers("total", _("Used")),
                *week,
            ]
        return [
            QuestionColumn(
                "query", label=_("Question"), sort_key="query", classname="report-sticky-start"
            ),
            *per_channel,
            _numbers("total", _("Searches")),
            _numbers("unanswered", _("Unanswered")),
            *week,
        ]

    @property
    def list_export(self):
        per_channel = [f"channels.{channel.value}" for channel in self.channels]
        week = ["this_week", "previous_week", "trend"]
        if self.mode == ANSWERS:
            return ["title", "department", *per_channel, "clicks", "answered", "total", *week]
        return ["query", *per_channel, "total", "unanswered", *week]

    @property
    def export_headings(self):
        headings = {
            "query": _("Question"),
            "title": _("Answer"),
            "department": _("Department"),
            "clicks": _("Clicks"),
            "answered": _("Chatbot answers"),
            "total": _("Used") if self.mode == ANSWERS else _("Searches"),
            "unanswered": _("Unanswered"),
            "this_week": _("This week"),
            "previous_week": _("Previous week"),
            "trend": _("Change"),
        }
        headings.update({f"channels.{channel.value}": channel.label for channel in Channel})
        return headings

    def _filters(self):
        return {"channel": self.channel, "department": self.department}

    @cached_property
    def questions(self):
        return figures.top_queries(self.period, **self._filters())

    @cached_property
    def answers(self):
        rows = figures.top_answers(self.period, **self._filters())
        for row in rows:
            row["url"] = (
                reverse("wagtailadmin_pages:edit", args=[row["page_id"]]) if row["exists"] else None
            )
        return rows

    @property
    def columns_help(self):
        if self.mode == ANSWERS:
            return ""
        return _(
            "Unanswered: searches with no results, or where nothing fitted well and the "
            "resident was pointed to a person (with or without a list of weak results)."
        )

    def get_rows(self):
        return self.answers if self.mode == ANSWERS else self.questions

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.filters_valid:
            return context
        this_week, previous_week = figures.weeks(self.period)
        context.update(
            this_week=this_week,
            previous_week=previous_week,
            questions_chart=bar_chart(
                self.questions[:CHART_ROWS],
                label="query",
                value="total",
                caption=_("Most asked questions"),
                label_heading=_("Question"),
                value_heading=_("Searches"),
            ),
            answers_chart=bar_chart(
                self.answers[:CHART_ROWS],
                label="title",
                value="total",
                caption=_("Most used answers"),
                label_heading=_("Answer"),
                value_heading=_("Used"),
            ),
        )
        return context


def menu_item():
    return analytics_menu_item(
        _("Popular"),
        reverse("search:popular"),
        name="popular",
        icon_name="pick",
        order=1220,
    )
