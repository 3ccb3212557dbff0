"""Report "Top task advice" (toptaken.reports) and its figures (toptaken.demand): demand over
every channel per top task, against the order on the home page, with advice in plain Dutch."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from kennisbank.reports.base import Period
from search.analytics import rollup
from search.models import Outcome
from tests.csv_export import exported_rows
from tests.kennisbank.factories import (
    ContactRegistrationFactory,
    DepartmentFactory,
    agent,
    department_member,
    editor,
    published_answer,
)
from tests.search.factories import click_event, days_ago, search_event
from tests.toptaken.factories import TopTaskPageFactory
from toptaken import demand
from toptaken.models import TopTaskAnswer

URL = "toptaken:advice_report"


def last_days(days=28):
    return Period.last_days(days)


@pytest.fixture
def departments(db):
    return {name: DepartmentFactory(name=name) for name in ("Burgerzaken", "Afval", "Belastingen")}


@pytest.fixture
def answers(index, departments):
    def answer(title, department):
        return published_answer(index, departments[department], title=title)

    return {
        "passport": answer("Hoe vraag ik een paspoort aan?", "Burgerzaken"),
        "id_card": answer("Hoe vraag ik een identiteitskaart aan?", "Burgerzaken"),
        "moving": answer("Hoe geef ik een verhuizing door?", "Burgerzaken"),
        "waste": answer("Wanneer wordt het afval opgehaald?", "Afval"),
        "parking": answer("Hoe vraag ik een parkeervergunning aan?", "Belastingen"),
        "dog_tax": answer("Hoeveel is de hondenbelasting?", "Belastingen"),
    }


def top_task(home, title, key_answers, section_answers=()):
    sections = (
        [
            {
                "type": "section",
                "value": {"heading": "Meer", "answers": [a.pk for a in section_answers]},
            }
        ]
        if section_answers
        else []
    )
    page = TopTaskPageFactory(parent=home, title=title, sections=sections)
    for order, answer in enumerate(key_answers):
        TopTaskAnswer.objects.create(page=page, answer=answer, sort_order=order)
    return page


@pytest.fixture
def tasks(home, answers):
    """On the home page in this order: Afval, Reisdocumenten, Verhuizen."""
    return [
        top_task(home, "Afval", [answers["waste"]]),
        top_task(home, "Reisdocumenten", [answers["passport"]], [answers["id_card"]]),
        top_task(home, "Verhuizen", [answers["moving"]]),
    ]


def searches(answer, count, **kwargs):
    return [
        search_event(answer.title, results=[answer.pk], at=days_ago(1), **kwargs)
        for _ in range(count)
    ]


@pytest.fixture
def events(answers, tasks):
    """Reisdocumenten 19 (passport 10 searches + 4 clicks + 2 contacts, id card 3), Verhuizen 5
    (chatbot answers), Afval 1; under no top task: parking 9 (8 + 1 contact), dog tax 1."""
    passport = searches(answers["passport"], 10)
    for search in passport[:4]:
        click_event(search, answers["passport"].pk)
    searches(answers["id_card"], 3)
    searches(answers["moving"], 5, channel="chatbot", outcome=Outcome.ANSWERED)
    searches(answers["waste"], 1)
    searches(answers["parking"], 8)
    searches(answers["dog_tax"], 1)
    for _ in range(2):
        ContactRegistrationFactory(registered_at=days_ago(2), answers=[answers["passport"]])
    ContactRegistrationFactory(registered_at=days_ago(2), answers=[answers["parking"]])
    ContactRegistrationFactory(registered_at=days_ago(50), answers=[answers["waste"]])
    rollup.refresh(force_today=True)


class TestDemand:
    def test_per_answer_over_every_channel(self, events, answers):
        figures = demand.answer_demand(last_days())
        passport = figures[answers["passport"].pk]
        assert (passport.searches, passport.clicks, passport.contacts, passport.total) == (
            10,
            4,
            2,
            16,
        )
        moving = figures[answers["moving"].pk]
        assert (moving.searches, moving.answered, moving.total) == (5, 5, 5)

    def test_top_tasks_in_home_page_order_with_key_and_section_answers(self, tasks, answers):
        found = demand.top_tasks()
        assert [(task.title, task.position) for task in found] == [
            ("Afval", 1),
            ("Reisdocumenten", 2),
            ("Verhuizen", 3),
        ]
        assert found[1].answer_ids == {answers["passport"].pk, answers["id_card"].pk}

    def test_unpublished_top_tasks_are_not_on_the_home_page(self, tasks):
        tasks[0].unpublish()
        assert [task.title for task in demand.top_tasks()] == ["Reisdocumenten", "Verhuizen"]

    def test_ranking_with_groups_of_answers_under_no_top_task(self, events):
        advice = demand.top_task_advice(last_days())
        assert [
            (row["name"], row["total"], row["position"], row["rank"]) for row in advice.rows
        ] == [
            ("Reisdocumenten", 19, 2, 1),
            ("Geen toptaak: Belastingen", 10, None, None),
            ("Verhuizen", 5, 3, 2),
            ("Afval", 1, 1, 3),
        ]
        assert advice.total == 35
        assert advice.rows[0]["share"] == pytest.approx(100 * 19 / 35)
        assert advice.rows[0]["answers"] == 2

    def test_advice_in_plain_dutch(self, events):
        texts = [item.text for item in demand.top_task_advice(last_days()).advice]
        assert texts == [
            "Zet ‘Reisdocumenten’ hoger: deze toptaak is nummer 1 in vraag, maar staat op "
            "plek 2 op de homepage.",
            "‘Afval’ heeft weinig vraag: 1 keer in deze periode, terwijl een gewone toptaak "
            "5 keer gevraagd wordt. Zet hem lager of vervang hem.",
            "Antwoorden van Belastingen staan onder geen toptaak, maar er wordt vaker naar "
            "gevraagd dan naar ‘Afval’. Zet ze onder een toptaak, of maak een nieuwe toptaak.",
        ]

    def test_much_asked_answers_under_no_top_task(self, events, answers):
        uncovered = demand.top_task_advice(last_days()).uncovered
        # The average answer asked for has 35 / 6 ≈ 5.8; the dog tax (1) is not "much".
        assert [(row["title"], row["total"], row["contacts"]) for row in uncovered] == [
            (answers["parking"].title, 9, 1)
        ]

    def test_channel_filter_leaves_out_contact_moments(self, events):
        advice = demand.top_task_advice(last_days(), channel="chatbot")
        assert [(row["name"], row["total"]) for row in advice.rows] == [
            ("Verhuizen", 5),
            ("Afval", 0),
            ("Reisdocumenten", 0),
        ]
        workbench = demand.answer_demand(last_days(), channel="werkplek")
        assert {figures.contacts for figures in workbench.values()} == {1, 2}

    def test_department_filter(self, events, departments):
        advice = demand.top_task_advice(last_days(), department=departments["Belastingen"])
        assert [(row["name"], row["total"]) for row in advice.rows][0] == (
            "Geen toptaak: Belastingen",
            10,
        )
        assert advice.total == 10

    def test_period_filter(self, events, answers):
        today = timezone.localdate()
        earlier = Period(today - datetime.timedelta(days=60), today - datetime.timedelta(days=40))
        figures = demand.answer_demand(earlier)
        assert {page_id: f.total for page_id, f in figures.items()} == {answers["waste"].pk: 1}


def group(name, total, position=None, kind=demand.TOP_TASK, department=""):
    item = demand.Group(name=name, kind=kind, position=position, department=department)
    item.demand.searches = total
    return item


def ranked(groups):
    tasks = sorted(
        (g for g in groups if g.kind == demand.TOP_TASK), key=lambda g: (-g.total, g.position)
    )
    for rank, task in enumerate(tasks, start=1):
        task.rank = rank
    return groups


class TestAdvice:
    def test_order_that_matches_demand(self):
        groups = ranked([group("A", 30, 1), group("B", 20, 2), group("C", 10, 3)])
        assert [item.kind for item in demand.advise(groups)] == ["ok"]

    def test_a_step_of_one_is_no_advice_but_number_one_is(self):
        groups = ranked(
            [group("A", 20, 1), group("B", 30, 2), group("C", 25, 3), group("D", 24, 4)]
        )
        advice = demand.advise(groups)
        assert [item.kind for item in advice] == ["up"]
        assert "B" in advice[0].text

    def test_no_demand_no_advice(self):
        assert demand.advise(ranked([group("A", 0, 1)])) == []

    def test_too_little_demand_to_judge_the_order(self):
        # One question against none is chance, not a reason to reorder the home page.
        groups = ranked([group("A", 0, 1), group("B", 1, 2), group("C", 2, 3)])
        advice = demand.advise(groups)
        assert [item.kind for item in advice] == ["few"]
        assert "1 keer" in advice[0].text
        assert "0 keer" not in advice[0].text

    def test_half_a_question_is_shown_as_such(self):
        advice = demand.advise(ranked([group("A", 2, 1), group("B", 3, 2)]))
        assert "2,5 keer" in advice[0].text

    def test_no_top_tasks_yet(self):
        advice = demand.advise([group("Geen toptaak: Afval", 5, kind=demand.DEPARTMENT)])
        assert [item.kind for item in advice] == ["none"]

    def test_nobody_asked_for_the_top_tasks(self):
        groups = ranked(
            [group("A", 0, 1), group("Geen toptaak: X", 5, kind=demand.DEPARTMENT, department="X")]
        )
        assert [item.kind for item in demand.advise(groups)] == ["low"]

    def test_stream_answers_in_old_and_new_list_format(self):
        class Stream:
            raw_data = [
                {"type": "section", "value": {"heading": "a", "answers": [3, 4]}},
                {
                    "type": "section",
                    "value": {"heading": "b", "answers": [{"type": "item", "value": 5}]},
                },
                {"type": "section", "value": {"heading": "c", "answers": [None]}},
            ]

        assert demand._chosen_answer_ids(Stream()) == {3, 4, 5}


@pytest.fixture
def redactie(index):
    return editor(username="redactie")


def rows_of(response):
    return list(response.context["object_list"])


class TestReport:
    def test_ranking_advice_and_chart(self, client, redactie, events, tasks):
        client.force_login(redactie)
        response = client.get(reverse(URL))
        assert response.status_code == 200
        assert [row["name"] for row in rows_of(response)][0] == "Reisdocumenten"
        html = response.content.decode()
        assert "Zet ‘Reisdocumenten’ hoger" in html
        assert "heeft weinig vraag" in html
        assert 'role="img"' in html
        assert reverse("wagtailadmin_pages:edit", args=[tasks[1].pk]) in html

    def test_uncovered_answers(self, client, redactie, events, answers):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"show": "zonder-toptaak"})
        assert [row["title"] for row in rows_of(response)] == [answers["parking"].title]

    def test_filters(self, client, redactie, events, departments):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"channel": "chatbot"})
        assert [(row["name"], row["total"]) for row in rows_of(response)][0] == ("Verhuizen", 5)
        assert "Contactmomenten tellen alleen mee" in response.content.decode()
        response = client.get(reverse(URL), {"department": departments["Afval"].pk})
        assert [(row["name"], row["total"]) for row in rows_of(response)][0] == ("Afval", 1)
        today = timezone.localdate()
        response = client.get(
            reverse(URL),
            {
                "period_from": (today - datetime.timedelta(days=60)).isoformat(),
                "period_to": (today - datetime.timedelta(days=40)).isoformat(),
            },
        )
        assert [(row["name"], row["total"]) for row in rows_of(response)][0] == ("Afval", 1)

    def test_csv_export(self, client, redactie, events):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"export": "csv"})
        rows = exported_rows(response)
        assert rows[0][:3] == ["Toptaak", "Plek op de homepage", "Plek naar vraag"]
        assert rows[1] == ["Reisdocumenten", "2", "1", "2", "13", "4", "0", "2", "19", "54,3"]
        assert rows[2][:3] == ["Geen toptaak: Belastingen", "", ""]

    def test_empty_period_says_so_in_dutch(self, client, redactie, tasks):
        client.force_login(redactie)
        response = client.get(reverse(URL))
        assert response.status_code == 200
        assert "In deze periode vroeg niemand naar een antwoord" in response.content.decode()

    @pytest.mark.parametrize(
        "query",
        [
            {"period_from": "2026-01-01", "period_to": "2027-12-31"},
            {"channel": "phone"},
            {"department": "999999"},
            {"show": "<script>"},
            {"ordering": "share"},
            {"ordering": "-position"},
        ],
    )
    def test_bad_filter_input_is_no_error(self, client, redactie, events, query):
        client.force_login(redactie)
        assert client.get(reverse(URL), query).status_code == 200


class TestAccess:
    def test_editors_and_administrators_only(self, client, index, departments):
        for user in (
            agent(username="kcc"),
            department_member(departments["Afval"], index, username="lid"),
        ):
            client.force_login(user)
            assert client.get(reverse(URL)).status_code == 403

    def test_in_the_reports_menu_for_editors(self, client, redactie):
        client.force_login(redactie)
        assert reverse(URL) in client.get(reverse("wagtailadmin_home")).content.decode()
