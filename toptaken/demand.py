"""Demand per top task, to choose and order the top tasks on the home page ("Toptaken-advies").

An answer's demand in a period, over every channel:

- searches: searches that showed it as the first result (website, chatbot, workbench, API,
  WhatsApp; a chatbot turn that gave the answer is one of them),
- clicks: times it was opened from a search result,
- contacts: contact moments in which an agent used it (only counted when all channels or the
  workbench are chosen: that is where agents register them).

Its total is searches + clicks + contacts, so a search followed by a click on the same answer
counts twice: a click is the stronger sign of need. A top task's demand is the sum over the
answers it shows (its "most asked" answers and its sub-sections); an answer shown by two top
tasks counts for both. Answers under no top task are grouped by their owner department.

This lives in toptaken rather than search because it reads the top tasks: data flows from
kennisbank to search to toptaken, never back.
"""

import statistics
from dataclasses import dataclass, field

from django.db.models import Count, Sum
from django.utils.translation import gettext

from kennisbank.models import ContactRegistration
from kennisbank.reports.base import format_number
from search.analytics.figures import answer_titles, answers_of, share
from search.analytics.rollup import day_bounds
from search.models import Channel, DailyAnswerStat
from toptaken.models import TopTaskAnswer, TopTaskPage

# A top task with less than this share of a typical (median) top task's demand has "little".
LOW_DEMAND = 0.25
# In the list of answers under no top task: those with at least this share of the demand of
# the average answer that was asked for at all.
MUCH_DEMAND = 1.0
# Below this many questions for a typical (median) top task, differences in demand are
# chance: "1 time against 0" says nothing about the order of the home page.
MIN_TYPICAL_DEMAND = 5

TOP_TASK = "top_task"
DEPARTMENT = "department"
NONE = "none"


@dataclass
class Demand:
    searches: int = 0
    clicks: int = 0
    answered: int = 0
    contacts: int = 0

    @property
    def total(self) -> int:
        return self.searches + self.clicks + self.contacts

    def add(self, other: "Demand") -> None:
        self.searches += other.searches
        self.clicks += other.clicks
        self.answered += other.answered
        self.contacts += other.contacts


def answer_demand(period, *, channel="", department=None) -> dict[int, Demand]:
    """{page id: Demand} for every page with any demand in `period` (two grouped queries)."""
    stats = DailyAnswerStat.objects.filter(day__gte=period.start, day__lte=period.end)
    if channel:
        stats = stats.filter(channel=channel)
    if department is not None:
        stats = stats.filter(page_id__in=answers_of(department))
    demand: dict[int, Demand] = {}
    for row in (
        stats.values("page_id")
        .annotate(searches=Sum("top_result"), clicks=Sum("clicks"), answered=Sum("answered"))
        .order_by()
    ):
        demand[row["page_id"]] = Demand(
            searches=row["searches"] or 0,
            clicks=row["clicks"] or 0,
            answered=row["answered"] or 0,
        )
    if channel and channel != Channel.WORKBENCH:
        return demand
    start, _ = day_bounds(period.start)
    _, end = day_bounds(period.end)
    links = ContactRegistration.answers.through.objects.filter(
        contactregistration__registered_at__gte=start,
        contactregistration__registered_at__lt=end,
    )
    if department is not None:
        links = links.filter(answerpage__owner_department=department)
    for page_id, count in links.values_list("answerpage_id").annotate(n=Count("pk")).order_by():
        demand.setdefault(page_id, Demand()).contacts = count
    return demand


@dataclass
class TopTask:
    page_id: int
    title: str
    position: int  # 1 is the first top task on the home page
    answer_ids: set[int]


def _chosen_answer_ids(stream) -> set[int]:
    """The answer ids in a StreamField of AnswerListBlocks, read from the raw data (no query).
    List items are {"type": "item", "value": id} since Wagtail 5, a bare id before."""
    ids = set()
    for block in stream.raw_data:
        for item in (block.get("value") or {}).get("answers") or []:
            value = item.get("value") if isinstance(item, dict) else item
            if isinstance(value, int):
                ids.add(value)
    return ids


def top_tasks() -> list[TopTask]:
    """The top tasks on the home page in their current order (as HomePage shows them)."""
    pages = list(TopTaskPage.objects.live().public().order_by("path"))
    key_answers: dict[int, set[int]] = {page.pk: set() for page in pages}
    for page_id, answer_id in TopTaskAnswer.objects.filter(page__in=pages).values_list(
        "page_id", "answer_id"
    ):
        key_answers[page_id].add(answer_id)
    return [
        TopTask(
            page_id=page.pk,
            title=page.title,
            position=position,
            answer_ids=key_answers[page.pk] | _chosen_answer_ids(page.sections),
        )
        for position, page in enumerate(pages, start=1)
    ]


@dataclass
class Group:
    """A top task, or the answers of one department that are under no top task."""

    name: str
    kind: str
    demand: Demand = field(default_factory=Demand)
    answers: int = 0  # answers with demand
    position: int | None = None
    rank: int | None = None  # among the top tasks, by demand
    page_id: int | None = None
    share: float | None = None
    department: str = ""  # of a group of answers under no top task

    @property
    def total(self) -> int:
        return self.demand.total

    def as_row(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "position": self.position,
            "rank": self.rank,
            "page_id": self.page_id,
            "answers": self.answers,
            "searches": self.demand.searches,
            "clicks": self.demand.clicks,
            "answered": self.demand.answered,
            "contacts": self.demand.contacts,
            "total": self.total,
            "share": self.share,
        }


def group_demand(
    tasks: list[TopTask], demand: dict[int, Demand], departments: dict[int, str]
) -> list[Group]:
    """Top tasks and groups of uncovered answers, most demand first (pure: no database).
    `departments` maps answer ids to their owner department's name; a page id that is not
    there (a removed answer) goes to "No top task"."""
    groups = [
        Group(name=task.title, kind=TOP_TASK, position=task.position, page_id=task.page_id)
        for task in tasks
    ]
    covered = set()
    for task, group in zip(tasks, groups, strict=True):
        for answer_id in task.answer_ids:
            if answer_id in demand and demand[answer_id].total:
                group.demand.add(demand[answer_id])
                group.answers += 1
                covered.add(answer_id)
    uncovered: dict[str, Group] = {}
    for answer_id, figures in demand.items():
        if answer_id in covered or not figures.total:
            continue
        department = departments.get(answer_id)
        name = (
            gettext("No top task: %(department)s") % {"department": department}
            if department
            else gettext("No top task")
        )
        group = uncovered.setdefault(
            name,
            Group(name=name, kind=DEPARTMENT if department else NONE, department=department or ""),
        )
        group.demand.add(figures)
        group.answers += 1
    grand_total = sum(figures.total for figures in demand.values())
    by_demand = sorted(groups, key=lambda group: (-group.total, group.position))
    for rank, group in enumerate(by_demand, start=1):
        group.rank = rank
    result = by_demand + sorted(uncovered.values(), key=lambda group: (-group.total, group.name))
    for group in result:
        group.share = share(group.total, grand_total)
    return sorted(result, key=lambda group: -group.total)


@dataclass(frozen=True)
class Advice:
    kind: str  # "up", "low", "uncovered", "ok", "none", "few"
    text: str


def advise(groups: list[Group]) -> list[Advice]:
    """Plain-Dutch advice on the order of the top tasks (pure: no database)."""
    tasks = sorted((g for g in groups if g.kind == TOP_TASK), key=lambda g: g.position)
    others = [g for g in groups if g.kind != TOP_TASK and g.total]
    if not tasks:
        if not others:
            return []
        return [
            Advice(
                "none",
                gettext(
                    "There are no top tasks on the home page yet. Start with the groups "
                    "people ask about most, at the top of the list."
                ),
            )
        ]
    if not any(task.total for task in tasks):
        if not others:
            return []
        return [
            Advice(
                "low",
                gettext(
                    "Nobody asked for the answers of the top tasks in this period. Choose "
                    "new top tasks from the groups people ask about most."
                ),
            )
        ]
    typical = statistics.median(task.total for task in tasks)
    if typical < MIN_TYPICAL_DEMAND:
        return [
            Advice(
                "few",
                gettext(
                    "Too few questions in this period to judge the order of the top tasks: "
                    "a typical top task was asked for %(typical)s times. Choose a longer "
                    "period."
                )
                % {"typical": format_number(typical, 0 if typical == int(typical) else 1)},
            )
        ]
    advice = []
    for task in tasks:
        if task.rank < task.position and (task.position - task.rank >= 2 or task.rank == 1):
            advice.append(
                Advice(
                    "up",
                    gettext(
                        "Move “%(task)s” up: it is number %(rank)s in demand, but number "
                        "%(position)s on the home page."
                    )
                    % {"task": task.name, "rank": task.rank, "position": task.position},
                )
            )
    for task in tasks:
        if task.total < LOW_DEMAND * typical:
            advice.append(
                Advice(
                    "low",
                    gettext(
                        "“%(task)s” has little demand: %(count)s times in this period, "
                        "where a typical top task has %(typical)s. Put it lower or replace it."
                    )
                    % {
                        "task": task.name,
                        "count": format_number(task.total),
                        "typical": format_number(round(typical)),
                    },
                )
            )
    weakest = min(tasks, key=lambda task: (task.total, -task.position))
    for group in others:
        if group.kind == DEPARTMENT and group.total > weakest.total:
            advice.append(
                Advice(
                    "uncovered",
                    gettext(
                        "Answers of %(department)s are under no top task, but asked for "
                        "more than “%(task)s”. Add them to a top task, or make a new one."
                    )
                    % {"department": group.department, "task": weakest.name},
                )
            )
    if not any(item.kind in ("up", "low") for item in advice):
        advice.insert(
            0, Advice("ok", gettext("The order on the home page matches what people ask."))
        )
    return advice


def uncovered_answers(
    tasks: list[TopTask], demand: dict[int, Demand], titles: dict[int, dict]
) -> list[dict]:
    """Answers under no top task with at least MUCH_DEMAND times the average demand of the
    answers asked for, most demand first (pure: no database)."""
    covered = set().union(*(task.answer_ids for task in tasks)) if tasks else set()
    asked = [figures.total for figures in demand.values() if figures.total]
    if not asked:
        return []
    threshold = MUCH_DEMAND * sum(asked) / len(asked)
    rows = [
        {
            "page_id": page_id,
            "title": titles[page_id]["title"],
            "department": titles[page_id]["department"],
            "searches": figures.searches,
            "clicks": figures.clicks,
            "answered": figures.answered,
            "contacts": figures.contacts,
            "total": figures.total,
        }
        for page_id, figures in demand.items()
        if page_id not in covered and page_id in titles and figures.total >= threshold
    ]
    return sorted(rows, key=lambda row: (-row["total"], row["title"]))


@dataclass
class TopTaskAdvice:
    groups: list[Group]
    advice: list[Advice]
    uncovered: list[dict]
    total: int

    @property
    def rows(self) -> list[dict]:
        return [group.as_row() for group in self.groups]


def top_task_advice(period, *, channel="", department=None) -> TopTaskAdvice:
    """Everything the report shows, in four queries plus one for the top tasks' key answers."""
    demand = answer_demand(period, channel=channel, department=department)
    tasks = top_tasks()
    titles = answer_titles(demand)
    departments = {page_id: answer["department"] for page_id, answer in titles.items()}
    groups = group_demand(tasks, demand, departments)
    return TopTaskAdvice(
        groups=groups,
        advice=advise(groups),
        uncovered=uncovered_answers(tasks, demand, titles),
        total=sum(figures.total for figures in demand.values()),
    )
