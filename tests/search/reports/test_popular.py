"""Report "Popular" (search.reports.popular) and its figures
(search.analytics.figures.popular): most asked questions and most used answers, per channel,
this week against the week before."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from kennisbank.reports.base import Period
from search.analytics import rollup
from search.analytics.figures import popular
from search.models import Outcome
from tests.csv_export import exported_rows
from tests.kennisbank.factories import (
    DepartmentFactory,
    agent,
    department_member,
    editor,
    published_answer,
)
from tests.search.factories import click_event, days_ago, search_event

URL = "search:popular"


def last_days(days):
    return Period.last_days(days)


@pytest.fixture
def burgerzaken(db):
    return DepartmentFactory(name="Burgerzaken")


@pytest.fixture
def afval(db):
    return DepartmentFactory(name="Afval")


@pytest.fixture
def passport(index, burgerzaken):
    return published_answer(index, burgerzaken, title="Hoe vraag ik een paspoort aan?")


@pytest.fixture
def bulky_waste(index, afval):
    return published_answer(index, afval, title="Wanneer halen jullie grofvuil op?")


@pytest.fixture
def events(passport, bulky_waste):
    """This week: 4 passport searches (3 website, 1 chatbot answer) and a click; the week
    before: 1; earlier in the 28 days: 2 about bulky waste with a click; before the period: 5."""
    website = [
        search_event("paspoort aanvragen", results=[passport.pk], at=days_ago(1)) for _ in range(2)
    ]
    website.append(search_event("Paspoort aanvragen", results=[passport.pk], at=days_ago(2)))
    click_event(website[0], passport.pk)
    search_event(
        "Paspoorten aanvragen?",
        channel="chatbot",
        outcome=Outcome.ANSWERED,
        results=[passport.pk],
        at=days_ago(3),
    )
    search_event("aanvraag paspoort", results=[passport.pk], at=days_ago(9))
    waste = [
        search_event("grofvuil ophalen", results=[bulky_waste.pk], at=days_ago(20))
        for _ in range(2)
    ]
    click_event(waste[0], bulky_waste.pk)
    for _ in range(5):
        search_event("grofvuil ophalen", results=[bulky_waste.pk], at=days_ago(40))
    rollup.refresh(force_today=True)


def test_this_week_is_the_last_seven_days_of_the_period():
    period = Period(datetime.date(2026, 10, 1), datetime.date(2026, 10, 28))
    week, previous = popular.weeks(period)
    assert (week.start, week.end) == (datetime.date(2026, 10, 22), datetime.date(2026, 10, 28))
    assert (previous.start, previous.end) == (
        datetime.date(2026, 10, 15),
        datetime.date(2026, 10, 21),
    )


class TestTopQueries:
    def test_grouped_by_need_in_the_most_asked_wording(self, events):
        rows = popular.top_queries(last_days(28))
        assert [(row["query"], row["total"]) for row in rows] == [
            ("paspoort aanvragen", 5),
            ("grofvuil ophalen", 2),
        ]

    def test_a_row_names_every_wording_it_counts(self, events):
        passport = popular.top_queries(last_days(28))[0]
        # "Paspoort aanvragen" is the same wording with a capital.
        assert passport["phrasings"][0] == ("paspoort aanvragen", 3)
        assert sum(count for _wording, count in passport["phrasings"]) == passport["total"]

    def test_week_over_week(self, events):
        passport, waste = popular.top_queries(last_days(28))
        assert (passport["this_week"], passport["previous_week"]) == (4, 1)
        assert passport["trend"].change == 3
        assert passport["trend"].percent == 300
        assert (waste["this_week"], waste["previous_week"]) == (0, 0)

    def test_previous_week_counts_even_before_a_short_period(self, events):
        (passport,) = popular.top_queries(last_days(7))
        assert (passport["total"], passport["this_week"], passport["previous_week"]) == (4, 4, 1)

    def test_per_channel(self, events):
        passport = popular.top_queries(last_days(28))[0]
        assert passport["channels"]["website"] == 4
        assert passport["channels"]["chatbot"] == 1
        assert passport["channels"]["werkplek"] == 0

    def test_channel_filter(self, events):
        rows = popular.top_queries(last_days(28), channel="chatbot")
        assert [(row["query"], row["total"]) for row in rows] == [("Paspoorten aanvragen?", 1)]

    def test_department_filter_by_the_first_result(self, events, afval):
        rows = popular.top_queries(last_days(28), department=afval)
        assert [row["query"] for row in rows] == ["grofvuil ophalen"]

    def test_period_filter(self, events):
        today = timezone.localdate()
        period = Period(today - datetime.timedelta(days=45), today - datetime.timedelta(days=30))
        rows = popular.top_queries(period)
        assert [(row["query"], row["total"]) for row in rows] == [("grofvuil ophalen", 5)]

    def test_unanswered_searches_are_counted(self, db):
        search_event("hondenpenning", at=days_ago(1))
        search_event("hondenpenning", at=days_ago(1))
        rollup.refresh(force_today=True)
        (row,) = popular.top_queries(last_days(28))
        assert (row["total"], row["unanswered"]) == (2, 2)

    def test_limit(self, events):
        assert len(popular.top_queries(last_days(28), limit=1)) == 1


class TestTopAnswers:
    def test_clicks_plus_chatbot_answers(self, events, passport, bulky_waste):
        rows = popular.top_answers(last_days(28))
        assert [(row["title"], row["clicks"], row["answered"], row["total"]) for row in rows] == [
            (passport.title, 1, 1, 2),
            (bulky_waste.title, 1, 0, 1),
        ]
        assert rows[0]["department"] == "Burgerzaken"

    def test_week_over_week_and_channels(self, events):
        passport = popular.top_answers(last_days(28))[0]
        assert (passport["this_week"], passport["previous_week"]) == (2, 0)
        assert passport["trend"].percent is None
        assert passport["channels"] == {
            "website": 1,
            "chatbot": 1,
            "werkplek": 0,
            "api": 0,
            "whatsapp": 0,
        }

    def test_filters(self, events, passport, afval):
        assert [
            row["page_id"] for row in popular.top_answers(last_days(28), channel="chatbot")
        ] == [passport.pk]
        assert [row["title"] for row in popular.top_answers(last_days(28), department=afval)] == [
            "Wanneer halen jullie grofvuil op?"
        ]
        assert popular.top_answers(last_days(7), department=afval) == []

    def test_a_removed_answer_keeps_its_figures(self, events, bulky_waste):
        page_id = bulky_waste.pk
        bulky_waste.delete()
        row = popular.top_answers(last_days(28))[1]
        assert row["page_id"] == page_id
        assert not row["exists"]
        assert str(page_id) in row["title"]


@pytest.fixture
def redactie(index):
    return editor(username="redactie")


def rows_of(response):
    return list(response.context["object_list"])


class TestReport:
    def test_questions_table_and_charts(self, client, redactie, events):
        client.force_login(redactie)
        response = client.get(reverse(URL))
        assert response.status_code == 200
        assert [row["query"] for row in rows_of(response)] == [
            "paspoort aanvragen",
            "grofvuil ophalen",
        ]
        html = response.content.decode()
        assert html.count('role="img"') == 2
        assert "Meest gestelde vragen" in html
        # The other wordings a row adds up, as in the missing-content report.
        assert 'aria-label="Ook gevraagd als"' in html
        assert "aanvraag paspoort (1)" in html
        assert "+3 (+300%)" in html
        # What "Zonder antwoord" counts: it overlaps "Met resultaten" in Slecht beantwoord.
        assert "Zonder antwoord: zoekacties zonder resultaten, of waarbij niets goed paste" in html

    def test_answers_table(self, client, redactie, events, passport):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"show": "antwoorden"})
        assert [row["title"] for row in rows_of(response)][0] == passport.title
        assert reverse("wagtailadmin_pages:edit", args=[passport.pk]) in response.content.decode()

    def test_filters(self, client, redactie, events, afval):
        client.force_login(redactie)
        today = timezone.localdate()
        response = client.get(
            reverse(URL),
            {
                "period_from": (today - datetime.timedelta(days=45)).isoformat(),
                "period_to": (today - datetime.timedelta(days=30)).isoformat(),
            },
        )
        assert [(row["query"], row["total"]) for row in rows_of(response)] == [
            ("grofvuil ophalen", 5)
        ]
        response = client.get(reverse(URL), {"channel": "chatbot"})
        assert [row["total"] for row in rows_of(response)] == [1]
        response = client.get(reverse(URL), {"department": afval.pk})
        assert [row["query"] for row in rows_of(response)] == ["grofvuil ophalen"]

    def test_one_column_per_channel_unless_one_is_chosen(self, client, redactie, events):
        client.force_login(redactie)
        headings = [
            column.label for column in client.get(reverse(URL)).context["table"].columns.values()
        ]
        assert "Chatbot" in headings
        response = client.get(reverse(URL), {"channel": "chatbot"})
        assert "Chatbot" not in [
            column.label for column in response.context["table"].columns.values()
        ]

    def test_ordering(self, client, redactie, events):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"ordering": "query"})
        assert [row["query"] for row in rows_of(response)] == [
            "grofvuil ophalen",
            "paspoort aanvragen",
        ]
        response = client.get(reverse(URL), {"ordering": "-channels.chatbot"})
        assert [row["channels"]["chatbot"] for row in rows_of(response)] == [1, 0]
        response = client.get(reverse(URL), {"ordering": "trend"})
        assert [row["trend"].change for row in rows_of(response)] == [0, 3]

    def test_csv_export(self, client, redactie, events):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"export": "csv"})
        assert response.status_code == 200
        rows = exported_rows(response)
        assert rows[0][0] == "Vraag"
        assert rows[1][0] == "paspoort aanvragen"
        heading = rows[0]
        assert rows[1][heading.index("Website")] == "4"
        assert rows[1][heading.index("Deze week")] == "4"
        assert rows[1][heading.index("Verschil")] == "3"

    def test_xlsx_export_of_answers(self, client, redactie, events):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"export": "xlsx", "show": "antwoorden"})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/vnd.openxmlformats")

    def test_empty_period_says_so_in_dutch(self, client, redactie):
        client.force_login(redactie)
        response = client.get(reverse(URL))
        assert response.status_code == 200
        assert "In deze periode is niets gezocht" in response.content.decode()

    @pytest.mark.parametrize(
        "query",
        [
            {"period_from": "gisteren"},
            {"period_from": "2026-02-31"},
            {"period_from": "2026-05-01", "period_to": "2026-04-01"},
            {"channel": "postduif"},
            {"department": "abc"},
            {"show": "alles"},
            {"ordering": "-bestaat_niet"},
            {"p": "999"},
            {"export": "pdf"},
        ],
    )
    def test_bad_filter_input_is_no_error(self, client, redactie, events, query):
        client.force_login(redactie)
        assert client.get(reverse(URL), query).status_code == 200

    def test_a_period_ending_before_it_starts_gets_one_clear_message(self, client, redactie):
        client.force_login(redactie)
        page = client.get(
            reverse(URL), {"period_from": "2026-05-01", "period_to": "2026-04-01"}
        ).content.decode()
        assert "De begindatum ligt na de einddatum." in page
        assert "In deze periode is niets gezocht" not in page

    def test_results_fragment(self, client, redactie, events):
        client.force_login(redactie)
        assert client.get(reverse(f"{URL}_results")).status_code == 200


class TestAccess:
    def test_editors_and_administrators_only(self, client, index, burgerzaken):
        client.force_login(agent(username="kcc"))
        refused = client.get(reverse(URL))
        assert refused.status_code == 403
        assert "Geen toegang" in refused.content.decode()  # in Dutch, with a way back
        assert "Terug naar het dashboard" in refused.content.decode()
        client.force_login(department_member(burgerzaken, index, username="lid"))
        assert client.get(reverse(URL)).status_code == 403
        client.force_login(department_member(burgerzaken, index, username="lid2"))
        assert client.get(reverse(URL), {"export": "csv"}).status_code == 403

    def test_anonymous_goes_to_the_login(self, client, db):
        response = client.get(reverse(URL))
        assert response.status_code == 302

    def test_in_the_reports_menu_for_editors(self, client, redactie):
        client.force_login(redactie)
        response = client.get(reverse("wagtailadmin_home"))
        assert reverse(URL) in response.content.decode()
