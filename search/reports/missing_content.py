"""Report "Missing content": questions no answer covered, grouped by need, with what to do.

Rows are the unanswered searches (no results, or handed over to a person) of the period from
DailyQueryStat, grouped into needs as in every analytics report (search.analytics.needs),
counted per channel, with the trend
against the previous period of the same length. Each group has a status (QueryGroup) and a
department, edited from the report, and two ways out:

* "Create answer" makes a DRAFT answer under the answers index (title: the most common
  phrasing; the other phrasings as alternative questions; the chosen department as owner and
  its review interval) and opens it in the editor. The group is then "in progress".
* When people rephrased the question into a search whose answer they opened
  (DailyReformulation), "Add as alternative question" adds the failed phrasing to that answer
  and "Add synonym" links the words that differed ("kliko" ~ "container"). The group is then
  "answered by" that answer.

Adding an alternative question never loses an editor's work: the question is added to the
answer's latest revision (pending draft changes included). It is published straight away only
when the user may publish the answer and the answer is live without unpublished changes, no
workflow and no lock (a one-line fix the Redactie may make, see README); otherwise it is
saved as a draft for the usual approval.
"""

import re
from collections import Counter, defaultdict

import django_filters

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View

from wagtail.admin.ui.tables import Column
from wagtail.log_actions import log

from kennisbank import review
from kennisbank.models import AlternativeQuestion, AnswerPage, Department, KennisbankIndexPage
from kennisbank.reports.base import TrendColumn, format_number, week_over_week
from kennisbank.reports.chart import bar_chart
from search.analytics import needs
from search.models import (
    Channel,
    DailyQueryStat,
    DailyReformulation,
    QueryGroup,
    SynonymGroup,
)
from search.reports.base import (
    AnalyticsAccessMixin,
    AnalyticsFilterSet,
    AnalyticsReportView,
    QuestionColumn,
    analytics_menu_item,
)
from search.understanding import content_tokens, normalise
from search.understanding.stopwords import QUESTION_OPENERS

MAX_ALTERNATIVE_QUESTIONS = 10
TOP_PHRASINGS_SHOWN = 3
Status = QueryGroup.Status


# --- Pure helpers ---------------------------------------------------------------------------


def as_title(phrasing: str) -> str:
    """A phrasing as an answer title: trimmed, first letter capital, a question mark when it
    reads as a question ("hoe vraag ik een paspoort aan" -> "Hoe vraag ik een paspoort aan?")."""
    text = " ".join(phrasing.split()).strip(" .!?,;:")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    first_word = text.split()[0].casefold()
    if first_word in QUESTION_OPENERS or phrasing.strip().endswith("?"):
        text += "?"
    return text


def _same_question(first: str, second: str) -> bool:
    return normalise(first) == normalise(second)


def distinct_phrasings(phrasings, *, exclude=(), limit=MAX_ALTERNATIVE_QUESTIONS) -> list[str]:
    """Phrasings (most frequent first) as alternative questions: differing from each other and
    from `exclude` in more than capitals and punctuation, at most `limit`."""
    chosen: list[str] = []
    seen = {normalise(text) for text in exclude}
    for phrasing in phrasings:
        key = normalise(phrasing)
        if not key or key in seen:
            continue
        seen.add(key)
        chosen.append(as_title(phrasing))
        if len(chosen) >= limit:
            break
    return chosen


def synonym_pair(failed: str, successful: str) -> tuple[str, str] | None:
    """(word in the successful phrasing, word in the failed one) when the two differ in one
    word or phrase on each side ("kliko kapot" / "container kapot" -> ("container", "kliko"));
    None when they differ in nothing or in too much to be one synonym."""
    failed_words = content_tokens(normalise(failed).split())
    successful_words = content_tokens(normalise(successful).split())
    only_failed = [word for word in failed_words if word not in successful_words]
    only_successful = [word for word in successful_words if word not in failed_words]
    if not only_failed or not only_successful or len(only_failed) + len(only_successful) > 4:
        return None
    return " ".join(only_successful), " ".join(only_failed)


# --- Figures --------------------------------------------------------------------------------


def _group_statuses(keys) -> dict[str, QueryGroup]:
    return {
        group.group_key: group
        for group in QueryGroup.objects.filter(group_key__in=list(keys)).select_related(
            "answer", "department"
        )
    }


def status_for(cluster_keys, statuses: dict[str, QueryGroup]) -> QueryGroup | None:
    """The handling of a group: that of its representative key, else the most recently
    changed one of its members (the representative can change as counts change)."""
    if cluster_keys[0] in statuses:
        return statuses[cluster_keys[0]]
    found = [statuses[key] for key in cluster_keys if key in statuses]
    return max(found, key=lambda group: group.updated_at) if found else None


class MissingContentFilterSet(AnalyticsFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Empty: all but ignored."),
    )

    class Meta(AnalyticsFilterSet.Meta):
        pass


class HandlingColumn(Column):
    cell_template_name = "search/analytics/cells/handling.html"


def channel_column(channel):
    return Column(
        channel.value,
        label=channel.label,
        accessor=lambda row: format_number(row[channel.value]),
        sort_key=channel.value,
    )


class MissingContentReportView(AnalyticsReportView):
    page_title = _("Missing content")
    header_icon = "help"
    index_url_name = "search:missing_content"
    index_results_url_name = "search:missing_content_results"
    results_template_name = "search/analytics/missing_content_results.html"
    filterset_class = MissingContentFilterSet
    export_filename = "ontbrekende-content"
    default_ordering = "-total"
    paginate_by = 25
    verbose_name_plural = _("question groups")

    columns = [
        QuestionColumn(
            "example", label=_("Question"), sort_key="example", classname="report-sticky-start"
        ),
        *[channel_column(channel) for channel in Channel],
        Column(
            "total",
            label=_("Total"),
            accessor=lambda row: format_number(row["total"]),
            sort_key="total",
        ),
        TrendColumn("trend", label=_("Compared with the previous period"), sort_key="trend"),
        HandlingColumn("handling", label=_("Status and action"), classname="report-sticky-end"),
    ]
    list_export = [
        "example",
        *Channel.values,
        "total",
        "previous",
        "trend",
        "status_label",
        "department_name",
        "answer_title",
        "other_phrasings",
    ]
    export_headings = {
        "example": _("Question"),
        **{channel.value: channel.label for channel in Channel},
        "total": _("Total"),
        "previous": _("Previous period"),
        "trend": _("Change"),
        "status_label": _("Status"),
        "department_name": _("Department"),
        "answer_title": _("Answer"),
        "other_phrasings": _("Also asked as"),
    }

    def _unanswered(self, period):
        return self.query_stats(period).filter(unanswered__gt=0)

    def get_rows(self):
        # Summed in the database per channel, key and wording: the daily rows never reach Python.
        current = list(
            self._unanswered(self.period)
            .values_list("channel", "group_key", "example_query")
            .annotate(number=Sum("unanswered"))
        )
        previous = list(
            self._unanswered(self.period.previous())
            .values_list("group_key")
            .annotate(number=Sum("unanswered"))
        )
        counts = Counter()
        for _channel, key, _example, number in current:
            counts[key] += number
        for key, _number in previous:
            counts.setdefault(key, 0)
        # The needs of the period, as every analytics report groups them (search.analytics.
        # needs); a row is a need with unanswered questions, under the one asked most.
        needs_of = needs.representatives(self.period, self.channel)
        representative = {key: needs.need_of(needs_of, key) for key in counts}
        clusters = needs.clusters(
            ((key, example, number) for _channel, key, example, number in current), needs_of
        )
        members_of: dict[str, list[str]] = defaultdict(list)
        for member in counts:
            members_of[representative[member]].append(member)
        per_channel: dict[str, Counter] = defaultdict(Counter)
        for channel, key, _example, number in current:
            per_channel[representative[key]][channel] += number
        before: Counter = Counter()
        for key, number in previous:
            before[representative[key]] += number
        self.summary = {
            "total": sum(counts.values()),
            "previous": sum(number for _key, number in previous),
            "weekly": self._weekly_totals(),
        }

        statuses = _group_statuses(counts)
        wanted_statuses = self.filter_value("status") or [
            value for value in Status.values if value != Status.IGNORED
        ]
        rows = []
        for need, cluster in clusters.items():
            members = members_of[need]
            # The first member is the group's key in the handling (QueryGroup): the question
            # left unanswered most, never a question of the need that was answered.
            members.sort(key=lambda member: (-counts[member], member))
            key = members[0]
            group = status_for(members, statuses)
            status = group.status if group else Status.NEW
            if status not in wanted_statuses:
                continue
            if self.department and (group is None or group.department_id != self.department.pk):
                continue
            row = {
                "key": key,
                "need": need,
                "members": members,
                "example": cluster.example,
                "phrasings": cluster.phrasings,
                "other_phrasings": "; ".join(text for text, _ in cluster.phrasings[1:]),
                "total": cluster.count,
                "previous": before[need],
                "trend": week_over_week(cluster.count, before[need]),
                "status": status,
                "status_label": Status(status).label,
                "department_id": group.department_id if group else None,
                "department_name": group.department.name if group and group.department else "",
                "answer_id": group.answer_id if group else None,
                "answer_title": group.answer.title if group and group.answer else "",
                "suggestions": [],
            }
            for channel in Channel.values:
                row[channel] = per_channel[need][channel]
            rows.append(row)
        return rows

    def _weekly_totals(self):
        weeks = self.period.weeks()
        totals = [0] * len(weeks)
        per_day = (
            self._unanswered(self.period).values_list("day").annotate(number=Sum("unanswered"))
        )
        for day, number in per_day:
            for position, week in enumerate(weeks):
                if day in week:
                    totals[position] += number
                    break
        return [
            {"label": week.short_label, "value": total}
            for week, total in zip(weeks, totals, strict=True)
        ]

    def order_rows(self, rows):
        rows = sorted(rows, key=lambda row: row["key"])  # a stable base for equal figures
        return super().order_rows(rows)

    def decorate_paginated_queryset(self, object_list):
        """Reformulations that worked, for the rows on this page (all rows when exporting)."""
        rows = list(object_list)
        if self.is_export or not rows:
            return object_list
        # What the row forms need (a table cell sees only its row and the request).
        handling = self.handling_context()
        for row in rows:
            row["handling"] = handling
        keys = {member: row for row in rows for member in row["members"]}
        found = (
            DailyReformulation.objects.filter(group_key__in=list(keys))
            .values("group_key", "example_query", "successful_query", "page_id")
            .annotate(count=Sum("count"))
            .order_by("-count", "page_id")
        )
        titles = dict(
            AnswerPage.objects.filter(pk__in={item["page_id"] for item in found}).values_list(
                "pk", "title"
            )
        )
        for item in found:
            if item["page_id"] not in titles:
                continue  # answer deleted since
            row = keys[item["group_key"]]
            if any(
                suggestion["page_id"] == item["page_id"]
                and _same_question(suggestion["phrasing"], item["example_query"])
                for suggestion in row["suggestions"]
            ):
                continue
            pair = synonym_pair(item["example_query"], item["successful_query"])
            row["suggestions"].append(
                {
                    "page_id": item["page_id"],
                    "title": titles[item["page_id"]],
                    "phrasing": item["example_query"],
                    "successful_query": item["successful_query"],
                    "count": item["count"],
                    "synonym": ", ".join(pair) if pair else "",
                }
            )
        for row in rows:
            row["suggestions"] = row["suggestions"][:3]
        return object_list

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        summary = getattr(self, "summary", None)
        if summary:
            context["summary_trend"] = week_over_week(summary["total"], summary["previous"])
            context["summary_total"] = format_number(summary["total"])
            context["weekly_chart"] = bar_chart(
                summary["weekly"],
                label="label",
                value="value",
                caption=gettext("Unanswered questions per week"),
                label_heading=gettext("Week"),
                value_heading=gettext("Unanswered questions"),
            )
        return context

    def handling_context(self):
        query = self.request.GET.urlencode()
        return {
            "departments": list(Department.objects.assignable_to(self.request.user)),
            "statuses": Status.choices,
            "action_url": reverse("search:missing_content_action"),
            # Back to the report with the same filters (not to the AJAX results fragment).
            "next_url": reverse(self.index_url_name) + (f"?{query}" if query else ""),
            "may_add_synonyms": self.request.user.has_perm("search.add_synonymgroup"),
            "csrf_token": get_token(self.request),
        }


# --- Actions --------------------------------------------------------------------------------


class ActionError(Exception):
    """A request the report refuses, with the message for the user."""


def _known_keys(keys) -> list[str]:
    """`keys` that exist in the figures or in the handling (order kept)."""
    keys = [key for key in dict.fromkeys(keys) if key]
    known = set(
        DailyQueryStat.objects.filter(group_key__in=keys).values_list("group_key", flat=True)
    ) | set(QueryGroup.objects.filter(group_key__in=keys).values_list("group_key", flat=True))
    return [key for key in keys if key in known]


def _locked_group(keys: list[str]) -> QueryGroup:
    """The handling of the group of `keys` (the first is the representative), created when
    missing; locked for the rest of the transaction."""
    existing = list(QueryGroup.objects.select_for_update().filter(group_key__in=keys))
    group = status_for(keys, {item.group_key: item for item in existing})
    if group is None:
        group, _ = QueryGroup.objects.select_for_update().get_or_create(group_key=keys[0])
    return group


def phrasings_of(keys) -> list[str]:
    """All phrasings of a group, most asked first (the daily tables keep them for good)."""
    rows = (
        DailyQueryStat.objects.filter(group_key__in=list(keys))
        .values("example_query")
        .annotate(total=Sum("searches"))
        .order_by("-total", "example_query")
    )
    return [row["example_query"] for row in rows]


def create_draft_answer(keys, department, user) -> AnswerPage:
    """A draft answer for a question group (see the module docstring); atomic."""
    if department is None:
        raise ActionError(gettext("Choose the department that will own the answer."))
    if not Department.objects.assignable_to(user).filter(pk=department.pk).exists():
        raise ActionError(gettext("You cannot make this department the owner of an answer."))
    index = KennisbankIndexPage.objects.first()
    if index is None:
        raise ActionError(gettext("There is no answers index to add the answer to."))
    if not index.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied
    phrasings = phrasings_of(keys)
    if not phrasings:
        raise ActionError(gettext("This question group has no questions in the figures."))
    # The most asked phrasing that reads as a question: "Wanneer mag ik vuurwerk afsteken?"
    # rather than the more often typed "vuurwerk afsteken", which made a title that is no
    # question (the editor is then asked to make it one).
    titles = [as_title(phrasing) for phrasing in phrasings]
    title = next((title for title in titles if title.endswith("?")), titles[0])
    with transaction.atomic():
        group = _locked_group(keys)
        if group.status == Status.IN_PROGRESS and group.answer_id:
            raise ActionError(
                gettext("An answer to this question is already being written: “%(title)s”.")
                % {"title": group.answer.title}
            )
        answer = AnswerPage(
            title=title,
            short_answer="",
            owner_department=department,
            review_date=review.default_review_date(department),
            owner=user,
            live=False,
        )
        answer.alternative_questions = [
            AlternativeQuestion(question=question[:255])
            for question in distinct_phrasings(phrasings, exclude=[title])
        ]
        index.add_child(instance=answer)
        # A draft, so no full validation (as Wagtail's own "Save draft"): the short answer is
        # still to be written.
        revision = answer.save_revision(user=user, log_action=False, clean=False)
        log(
            instance=answer,
            action="wagtail.create",
            user=user,
            revision=revision,
            content_changed=True,
        )
        group.status = Status.IN_PROGRESS
        group.answer = answer
        group.department = department
        group.save()
    return answer


def add_alternative_question(keys, answer: AnswerPage, phrasing: str, user) -> bool:
    """Add `phrasing` to `answer`'s alternative questions; True when it was published, False
    when saved as a draft (see the module docstring); atomic."""
    permissions = answer.permissions_for_user(user)
    if not permissions.can_edit():
        raise ActionError(
            gettext("You may not change the answer “%(title)s”.") % {"title": answer.title}
        )
    if answer.get_lock() and answer.get_lock().for_user(user):
        raise ActionError(gettext("The answer “%(title)s” is locked.") % {"title": answer.title})
    question = as_title(phrasing)[:255]
    with transaction.atomic():
        group = _locked_group(keys)
        latest = answer.get_latest_revision_as_object()
        existing = [latest.title, *(item.question for item in latest.alternative_questions.all())]
        published = False
        if not any(_same_question(question, text) for text in existing):
            publish = (
                permissions.can_publish()
                and answer.live
                and not answer.has_unpublished_changes
                and not answer.workflow_in_progress
            )
            latest.alternative_questions.add(AlternativeQuestion(question=question))
            try:
                revision = latest.save_revision(user=user, log_action=True, clean=publish)
            except ValidationError as error:
                raise ActionError(" ".join(error.messages)) from error
            if publish:
                revision.publish(user=user)
                published = True
        group.status = Status.ANSWERED
        group.answer = answer
        group.save()
    return published


def add_synonym(keys, answer: AnswerPage, phrasing: str, successful: str, user) -> SynonymGroup:
    """A synonym group of the words that differ between the failed and the successful
    phrasing; marks the group answered by `answer`; atomic."""
    if not user.has_perm("search.add_synonymgroup"):
        raise ActionError(gettext("You may not add synonyms."))
    pair = synonym_pair(phrasing, successful)
    if pair is None:
        raise ActionError(
            gettext("“%(failed)s” and “%(successful)s” do not differ in one word.")
            % {"failed": phrasing, "successful": successful}
        )
    with transaction.atomic():
        group = _locked_group(keys)
        synonyms = SynonymGroup(phrases=", ".join(pair))
        try:
            synonyms.full_clean()
        except ValidationError as error:
            raise ActionError(" ".join(error.messages)) from error
        wanted = set(synonyms.phrase_list)
        duplicate = next(
            (item for item in SynonymGroup.objects.all() if wanted <= set(item.phrase_list)), None
        )
        if duplicate is None:
            synonyms.save()
        else:
            synonyms = duplicate
        group.status = Status.ANSWERED
        group.answer = answer
        group.save()
    return synonyms


class HandlingForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("save", "save"),
            ("create_answer", "create_answer"),
            ("add_question", "add_question"),
            ("add_synonym", "add_synonym"),
        ]
    )
    key = forms.CharField(max_length=200)
    members = forms.CharField(required=False)
    status = forms.ChoiceField(choices=Status.choices, required=False)
    department = forms.ModelChoiceField(queryset=Department.objects.all(), required=False)
    answer = forms.ModelChoiceField(queryset=AnswerPage.objects.all(), required=False)
    phrasing = forms.CharField(max_length=200, required=False)
    successful_query = forms.CharField(max_length=200, required=False)


_MEMBER_SEPARATOR = re.compile(r"\s*\|\s*")


class MissingContentActionView(AnalyticsAccessMixin, View):
    """The POSTs of the report's rows: save status/department, create an answer, add an
    alternative question or a synonym. Errors come back as a message on the report."""

    http_method_names = ["post"]

    def post(self, request):
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = ""
        back = back or reverse("search:missing_content")
        form = HandlingForm(request.POST)
        if not form.is_valid():
            messages.error(
                request, gettext("The change could not be saved: the form was incomplete.")
            )
            return redirect(back)
        data = form.cleaned_data
        keys = _known_keys([data["key"], *_MEMBER_SEPARATOR.split(data["members"] or "")])
        if not keys or keys[0] != data["key"]:
            messages.error(request, gettext("This question group is unknown."))
            return redirect(back)
        try:
            return self.handle(request, data, keys, back)
        except ActionError as error:
            messages.error(request, str(error))
            return redirect(back)

    def handle(self, request, data, keys, back):
        action = data["action"]
        if action == "create_answer":
            answer = create_draft_answer(keys, data["department"], request.user)
            messages.success(
                request,
                gettext("Draft answer “%(title)s” created. Write the answer and submit it.")
                % {"title": answer.title},
            )
            return redirect("wagtailadmin_pages:edit", answer.pk)
        if action in ("add_question", "add_synonym"):
            answer = data["answer"]
            if answer is None or not data["phrasing"]:
                raise ActionError(gettext("Choose the answer people found."))
            if action == "add_question":
                published = add_alternative_question(keys, answer, data["phrasing"], request.user)
                message = (
                    gettext("“%(question)s” added to “%(title)s” and published.")
                    if published
                    else gettext("“%(question)s” added to “%(title)s” as a draft.")
                )
                messages.success(
                    request,
                    message % {"question": as_title(data["phrasing"]), "title": answer.title},
                )
            else:
                synonyms = add_synonym(
                    keys, answer, data["phrasing"], data["successful_query"], request.user
                )
                messages.success(
                    request, gettext("Synonyms saved: %(phrases)s.") % {"phrases": synonyms}
                )
            return redirect(back)
        # Save status and department.
        status = data["status"] or Status.NEW
        with transaction.atomic():
            group = _locked_group(keys)
            group.status = status
            group.department = data["department"]
            if status == Status.NEW:
                group.answer = None
            group.save()
        messages.success(request, gettext("Saved."))
        return redirect(back)


def menu_item():
    return analytics_menu_item(
        _("Missing content"),
        reverse("search:missing_content"),
        name="missing-content",
        icon_name="help",
        order=1200,
    )
