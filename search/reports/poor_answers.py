"""Report "Poorly answered": where the search found something that did not help.

Two lists (filter "Show"):

* questions: needs (questions grouped as in every analytics report, search.analytics.needs)
  that got results but no click (with_results - clicked), or negative feedback, most such
  searches first (the first MAX_QUESTIONS), with the wordings they count; the department is
  that of the answer most often on top for the need;
* answers: answers rated "not helpful" most often, with the helpful ratings and the share of
  "not helpful" for comparison; the department is the answer's owner.

Both read only the daily tables (DailyQueryStat, DailyAnswerStat).
"""

from collections import Counter, defaultdict

import django_filters

from django import forms
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column

from kennisbank.models import AnswerPage
from kennisbank.reports.base import format_number
from search.analytics import needs
from search.models import Channel
from search.reports.base import (
    AnalyticsFilterSet,
    AnalyticsReportView,
    AnswerTitleColumn,
    QuestionColumn,
    analytics_menu_item,
)

QUESTIONS = "vragen"
# The questions list shows the needs with the most searches without a click; beyond a few
# hundred the list no longer guides anyone.
MAX_QUESTIONS = 500
# Channels whose results a person can click; elsewhere "no click" means nothing.
CLICKABLE_CHANNELS = (Channel.WEBSITE, Channel.WORKBENCH)
ANSWERS = "antwoorden"


class PoorAnswersFilterSet(AnalyticsFilterSet):
    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=[
            (QUESTIONS, _("Questions without a click")),
            (ANSWERS, _("Answers rated not helpful")),
        ],
        empty_label=None,
        widget=forms.RadioSelect,
    )

    class Meta(AnalyticsFilterSet.Meta):
        pass


def _most_common(counter: Counter):
    return min(counter.items(), key=lambda item: (-item[1], item[0]))[0]


def _number(key):
    return lambda row: format_number(row[key])


def _answer_url(row):
    return reverse("wagtailadmin_pages:edit", args=[row["page_id"]]) if row.get("title") else None


QUESTION_COLUMNS = [
    QuestionColumn("query", label=_("Question"), sort_key="query", classname="report-sticky-start"),
    Column("searches", label=_("Searches"), accessor=_number("searches"), sort_key="searches"),
    Column(
        "with_results",
        label=_("With results"),
        accessor=_number("with_results"),
        sort_key="with_results",
    ),
    Column("no_click", label=_("No click"), accessor=_number("no_click"), sort_key="no_click"),
    Column(
        "negative_feedback",
        label=_("Not helpful"),
        accessor=_number("negative_feedback"),
        sort_key="negative_feedback",
    ),
    AnswerTitleColumn("title", label=_("Top result"), sort_key="title"),
    Column("department_name", label=_("Department"), sort_key="department_name"),
]
ANSWER_COLUMNS = [
    AnswerTitleColumn(
        "title", label=_("Answer"), sort_key="title", classname="report-sticky-start"
    ),
    Column(
        "not_helpful",
        label=_("Not helpful"),
        accessor=_number("not_helpful"),
        sort_key="not_helpful",
    ),
    Column("helpful", label=_("Helpful"), accessor=_number("helpful"), sort_key="helpful"),
    Column(
        "not_helpful_share",
        label=_("Share not helpful"),
        accessor=lambda row: f"{format_number(row['not_helpful_share'])}%",
        sort_key="not_helpful_share",
    ),
    Column("department_name", label=_("Department"), sort_key="department_name"),
]


class PoorAnswersReportView(AnalyticsReportView):
    page_title = _("Poorly answered")
    header_icon = "warning"
    index_url_name = "search:poor_answers"
    index_results_url_name = "search:poor_answers_results"
    filterset_class = PoorAnswersFilterSet
    export_filename = "slecht-beantwoord"
    verbose_name_plural = _("questions")

    @property
    def columns_help(self):
        if self.mode == ANSWERS:
            return ""
        # "Zonder antwoord" in Populair and "Met resultaten" here overlap: a search handed over
        # with a list of weak results is both.
        return _(
            "With results: searches that showed answers, also when none fitted well (those "
            "also count as unanswered in Popular and Missing content)."
        )

    @cached_property
    def mode(self):
        return self.filter_value("show", QUESTIONS)

    @property
    def columns(self):
        return ANSWER_COLUMNS if self.mode == ANSWERS else QUESTION_COLUMNS

    @property
    def default_ordering(self):
        return "-not_helpful" if self.mode == ANSWERS else "-no_click"

    @property
    def list_export(self):
        if self.mode == ANSWERS:
            return ["title", "not_helpful", "helpful", "not_helpful_share", "department_name"]
        return [
            "query",
            "searches",
            "with_results",
            "no_click",
            "negative_feedback",
            "title",
            "department_name",
        ]

    export_headings = {
        "query": _("Question"),
        "searches": _("Searches"),
        "with_results": _("With results"),
        "no_click": _("No click"),
        "negative_feedback": _("Not helpful"),
        "not_helpful": _("Not helpful"),
        "helpful": _("Helpful"),
        "not_helpful_share": _("Share not helpful (%)"),
        "department_name": _("Department"),
    }

    def get_heading(self, queryset, field):
        if field == "title":
            return str(_("Answer") if self.mode == ANSWERS else _("Top result"))
        return super().get_heading(queryset, field)

    def get_rows(self):
        return self._answer_rows() if self.mode == ANSWERS else self._question_rows()

    def _with_answers(self, rows):
        """Title and owner department of each row's answer (one query), then the department
        filter."""
        answers = {
            answer["pk"]: answer
            for answer in AnswerPage.objects.filter(
                pk__in={row["page_id"] for row in rows if row["page_id"]}
            ).values("pk", "title", "owner_department_id", "owner_department__name")
        }
        kept = []
        for row in rows:
            answer = answers.get(row["page_id"], {})
            row["title"] = answer.get("title", "")
            row["department_id"] = answer.get("owner_department_id")
            row["department_name"] = answer.get("owner_department__name", "")
            row["url"] = _answer_url(row)
            if self.department is None or row["department_id"] == self.department.pk:
                kept.append(row)
        return kept

    def _question_rows(self):
        # Summed per group key in SQL (one row per distinct question, never per search), then
        # per need here, as every analytics report groups questions (search.analytics.needs).
        stats = self.query_stats().filter(with_results__gt=0)
        # "No click" only where a result can be clicked: a chatbot answer is read in the chat
        # and an API client shows results its own way.
        clickable = Q(channel__in=CLICKABLE_CHANNELS)
        representative = needs.representatives(self.period, self.channel)
        totals = needs.summed(
            stats.values("group_key")
            .annotate(
                searches=Sum("searches"),
                with_results=Coalesce(Sum("with_results", filter=clickable), 0),
                clicked=Coalesce(Sum("clicked", filter=clickable), 0),
                negative_feedback=Sum("negative_feedback"),
            )
            .order_by(),
            representative,
        )
        for total in totals.values():
            total["no_click"] = max(total["with_results"] - total["clicked"], 0)
        shown = sorted(
            (
                need
                for need, total in totals.items()
                if total["no_click"] or total["negative_feedback"]
            ),
            key=lambda need: (-totals[need]["no_click"], -totals[need]["negative_feedback"], need),
        )[:MAX_QUESTIONS]
        wordings, top_pages = [], defaultdict(Counter)
        for key, wording, page_id, searches in stats.filter(
            group_key__in=needs.members(representative, shown)
        ).values_list("group_key", "example_query", "top_page_id", "searches"):
            wordings.append((key, wording, searches))
            if page_id:
                top_pages[needs.need_of(representative, key)][page_id] += searches
        clusters = needs.clusters(wordings, representative)
        rows = []
        for need in shown:
            phrasings = clusters[need].phrasings if need in clusters else [(need, 0)]
            rows.append(
                {
                    "query": phrasings[0][0],
                    "phrasings": phrasings,
                    "need": need,
                    **totals[need],
                    "page_id": _most_common(top_pages[need]) if top_pages[need] else None,
                }
            )
        return self._with_answers(rows)

    def _answer_rows(self):
        rows = []
        for row in (
            self.answer_stats()
            .values("page_id")
            .annotate(helpful=Sum("helpful"), not_helpful=Sum("not_helpful"))
            .filter(not_helpful__gt=0)
        ):
            rated = row["helpful"] + row["not_helpful"]
            rows.append(
                {
                    "page_id": row["page_id"],
                    "helpful": row["helpful"],
                    "not_helpful": row["not_helpful"],
                    "not_helpful_share": round(100 * row["not_helpful"] / rated),
                }
            )
        return self._with_answers(rows)

    def order_rows(self, rows):
        rows = sorted(rows, key=lambda row: (row.get("need", ""), row["page_id"] or 0))
        return super().order_rows(rows)


def menu_item():
    return analytics_menu_item(
        _("Poorly answered"),
        reverse("search:poor_answers"),
        name="poorly-answered",
        icon_name="warning",
        order=1210,
    )
