"""Report "Top task advice": which top tasks people need, to choose and order them on the home
page. One of the search-analytics reports (Rapporten, admin/zoekanalyse/toptaken-advies/).

Ranks the top tasks by their demand over every channel (toptaken.demand), next to their
current place on the home page, with advice in plain Dutch ("Zet X hoger"). The list (filter
"Show") is the top tasks with the groups of answers under no top task, or the answers under no
top task that are asked for more than average.
"""

import django_filters

from django import forms
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column

from kennisbank.reports.base import format_number
from kennisbank.reports.chart import bar_chart
from search.models import Channel
from search.reports.base import AnalyticsFilterSet, AnalyticsReportView, analytics_menu_item
from toptaken import demand

TOP_TASKS = "toptaken"
UNCOVERED = "zonder-toptaak"
CHART_ROWS = 12
SUMMARY_ANSWERS = 5


class TopTaskAdviceFilterSet(AnalyticsFilterSet):
    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=[
            (TOP_TASKS, _("Top tasks by demand")),
            (UNCOVERED, _("Much-asked answers under no top task")),
        ],
        empty_label=None,
        widget=forms.RadioSelect,
    )

    class Meta(AnalyticsFilterSet.Meta):
        pass


def _number(key):
    return lambda row: "" if row[key] is None else format_number(row[key])


def _share(row):
    return "" if row["share"] is None else f"{format_number(round(row['share']))}%"


class LinkedTitleColumn(Column):
    cell_template_name = "search/analytics/cells/answer_link.html"


DEMAND_COLUMNS = [
    Column(
        "searches", label=_("As first result"), accessor=_number("searches"), sort_key="searches"
    ),
    Column("clicks", label=_("Clicks"), accessor=_number("clicks"), sort_key="clicks"),
    Column(
        "answered", label=_("Chatbot answers"), accessor=_number("answered"), sort_key="answered"
    ),
    Column(
        "contacts", label=_("Contact moments"), accessor=_number("contacts"), sort_key="contacts"
    ),
    Column("total", label=_("Demand"), accessor=_number("total"), sort_key="total"),
]
DEMAND_EXPORT = ["searches", "clicks", "answered", "contacts", "total"]


class TopTaskAdviceReportView(AnalyticsReportView):
    page_title = _("Top task advice")
    header_icon = "list-ol"
    index_url_name = "toptaken:advice_report"
    index_results_url_name = "toptaken:advice_report_results"
    results_template_name = "toptaken/admin/advice_report_results.html"
    filterset_class = TopTaskAdviceFilterSet
    export_filename = "toptaken-advies"
    default_ordering = "-total"
    export_headings = {
        "name": _("Top task"),
        "position": _("Place on the home page"),
        "rank": _("Place by demand"),
        "answers": _("Answers asked for"),
        "share": _("Share of all demand (%)"),
        "title": _("Answer"),
        "department": _("Department"),
        "searches": _("As first result"),
        "clicks": _("Clicks"),
        "answered": _("Chatbot answers"),
        "contacts": _("Contact moments"),
        "total": _("Demand"),
    }

    @cached_property
    def mode(self):
        return self.filter_value("show", TOP_TASKS)

    @property
    def verbose_name_plural(self):
        return _("answers") if self.mode == UNCOVERED else _("top tasks")

    @cached_property
    def no_results_message(self):
        if self.mode == UNCOVERED and self.advice.total:
            return _("Every answer that is asked for much is under a top task.")
        return _(
            "Nobody asked for an answer in this period. Choose a longer period, another "
            "channel or another department."
        )

    @property
    def columns(self):
        if self.mode == UNCOVERED:
            return [
                LinkedTitleColumn(
                    "title", label=_("Answer"), sort_key="title", classname="report-sticky-start"
                ),
                Column("department", label=_("Department"), sort_key="department"),
                *DEMAND_COLUMNS,
            ]
        return [
            LinkedTitleColumn(
                "name", label=_("Top task"), sort_key="name", classname="report-sticky-start"
            ),
            Column(
                "position",
                label=_("Place on the home page"),
                accessor=_number("position"),
                sort_key="position",
            ),
            Column("rank", label=_("Place by demand"), accessor=_number("rank"), sort_key="rank"),
            Column(
                "answers",
                label=_("Answers asked for"),
                accessor=_number("answers"),
                sort_key="answers",
            ),
            *DEMAND_COLUMNS,
            Column("share", label=_("Share of all demand"), accessor=_share, sort_key="share"),
        ]

    @property
    def list_export(self):
        if self.mode == UNCOVERED:
            return ["title", "department", *DEMAND_EXPORT]
        return ["name", "position", "rank", "answers", *DEMAND_EXPORT, "share"]

    def preprocess_field_value(self, field, value, export_format):
        if field == "share" and value is not None:
            return round(value, 1)
        return super().preprocess_field_value(field, value, export_format)

    @cached_property
    def advice(self) -> demand.TopTaskAdvice:
        return demand.top_task_advice(self.period, channel=self.channel, department=self.department)

    def get_rows(self):
        if self.mode == UNCOVERED:
            rows = self.advice.uncovered
            for row in rows:
                row["url"] = reverse("wagtailadmin_pages:edit", args=[row["page_id"]])
            return rows
        if not self.advice.total:
            return []  # top tasks that nobody asked for: the empty state says so
        rows = self.advice.rows
        for row in rows:
            row["url"] = (
                reverse("wagtailadmin_pages:edit", args=[row["page_id"]])
                if row["page_id"]
                else None
            )
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.filters_valid or not self.advice.total:
            return context
        query = self.request.GET.copy()
        for key in (self.page_kwarg, "ordering", "export", "_w_filter_fragment"):
            query.pop(key, None)
        query["show"] = UNCOVERED
        context.update(
            advice=self.advice.advice,
            total_demand=self.advice.total,
            demand_chart=bar_chart(
                [group for group in self.advice.groups if group.total][:CHART_ROWS],
                label="name",
                value="total",
                caption=_("Demand per top task"),
                label_heading=_("Top task"),
                value_heading=_("Demand"),
            ),
            uncovered=self.advice.uncovered[:SUMMARY_ANSWERS],
            uncovered_count=len(self.advice.uncovered),
            uncovered_url=f"{reverse(self.index_url_name)}?{query.urlencode()}",
            includes_contacts=not self.channel or self.channel == Channel.WORKBENCH,
        )
        return context


def menu_item():
    return analytics_menu_item(
        _("Top task advice"),
        reverse("toptaken:advice_report"),
        name="toptask-advice",
        icon_name="list-ol",
        order=1240,
    )
