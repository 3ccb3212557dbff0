"""Report "Contact reasons" (search.reports.contact_reasons) and its figures
(search.analytics.figures.contact_reasons): contact moments by answer, department, channel and
result, the share handled without transfer, and the questions no answer was found for."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from kennisbank.reports.base import Period
from search.analytics.figures import contact_reasons
from tests.csv_export import exported_rows
from tests.kennisbank.factories import (
    ContactRegistrationFactory,
    DepartmentFactory,
    agent,
    department_member,
    editor,
    published_answer,
)
from tests.search.factories import days_ago

URL = "search:contact_reasons"
DOG = "Kan ik kwijtschelding krijgen voor de hondenbelasting?"
BOAT = "Waar meld ik mijn boot aan?"


def last_days(days=28):
    return Period.last_days(days)


@pytest.fixture
def burgerzaken(db):
    return DepartmentFactory(name="Burgerzaken")


@pytest.fixture
def belastingen(db):
    return DepartmentFactory(name="Belastingen")


@pytest.fixture
def passport(index, burgerzaken):
    return published_answer(index, burgerzaken, title="Hoe vraag ik een paspoort aan?")


@pytest.fixture
def dog_tax(index, belastingen):
    return published_answer(index, belastingen, title="Hoeveel is de hondenbelasting?")


@pytest.fixture
def registrations(passport, dog_tax, burgerzaken, belastingen):
    """Seven contact moments in the last 28 days, three handled by the agent; two before."""
    for _ in range(3):
        ContactRegistrationFactory(
            registered_at=days_ago(1), department=burgerzaken, answers=[passport]
        )
    ContactRegistrationFactory(
        registered_at=days_ago(2),
        channel="counter",
        result="doorverbonden",
        department=burgerzaken,
        answers=[passport],
    )
    ContactRegistrationFactory(
        registered_at=days_ago(3),
        result="terugbelverzoek",
        department=belastingen,
        answers=[passport, dog_tax],
    )
    ContactRegistrationFactory(
        registered_at=days_ago(5),
        channel="email",
        result="doorverwezen",
        department=belastingen,
        question=DOG,
    )
    ContactRegistrationFactory(registered_at=days_ago(6), result="doorverbonden", question=BOAT)
    for _ in range(2):
        ContactRegistrationFactory(
            registered_at=days_ago(40), department=burgerzaken, answers=[passport]
        )


class TestFigures:
    def test_totals_and_share_handled_without_transfer(self, registrations):
        totals = contact_reasons.totals(last_days())
        assert (totals["total"], totals["handled"], totals["no_answer"]) == (7, 3, 2)
        assert totals["handled_share"] == pytest.approx(100 * 3 / 7)

    def test_by_answer(self, registrations, passport, dog_tax):
        rows = contact_reasons.by_answer(last_days())
        assert [(row["title"], row["total"], row["handled"]) for row in rows] == [
            (passport.title, 5, 3),
            (dog_tax.title, 1, 0),
        ]
        assert rows[0]["handled_share"] == 60
        assert rows[1]["department"] == "Belastingen"

    def test_by_department(self, registrations):
        rows = contact_reasons.by_department(last_days())
        assert [
            (
                row["department"],
                row["total"],
                row["handled"],
                row["handled_share"],
                row["no_answer"],
            )
            for row in rows
        ] == [
            ("Burgerzaken", 4, 3, 75, 0),
            ("Belastingen", 2, 0, 0, 1),
            ("Geen afdeling", 1, 0, 0, 1),
        ]

    def test_by_channel_and_result_list_every_choice(self, registrations):
        channels = {row["value"]: row["count"] for row in contact_reasons.by_channel(last_days())}
        assert channels == {
            "phone": 5,
            "counter": 1,
            "email": 1,
            "chat": 0,
            "whatsapp": 0,
            "social": 0,
            "letter": 0,
        }
        results = {row["value"]: row["count"] for row in contact_reasons.by_result(last_days())}
        assert results == {
            "afgehandeld": 3,
            "doorverbonden": 2,
            "terugbelverzoek": 1,
            "doorverwezen": 1,
        }

    def test_without_answer_newest_first(self, registrations):
        rows = contact_reasons.without_answer(last_days())
        assert [(row["question"], row["channel"], row["department"]) for row in rows] == [
            (DOG, "E-mail", "Belastingen"),
            (BOAT, "Telefoon", ""),
        ]

    def test_filters(self, registrations, burgerzaken, passport):
        assert contact_reasons.totals(last_days(), channel="phone")["total"] == 5
        assert contact_reasons.totals(last_days(), department=burgerzaken)["total"] == 4
        assert [
            row["total"] for row in contact_reasons.by_answer(last_days(), channel="counter")
        ] == [1]
        today = timezone.localdate()
        earlier = Period(today - datetime.timedelta(days=45), today - datetime.timedelta(days=30))
        assert contact_reasons.totals(earlier)["total"] == 2
        assert [(row["page_id"], row["total"]) for row in contact_reasons.by_answer(earlier)] == [
            (passport.pk, 2)
        ]

    def test_period_days_are_local_days(self, passport):
        today = timezone.localdate()
        midnight = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
        ContactRegistrationFactory(registered_at=midnight - datetime.timedelta(seconds=1))
        ContactRegistrationFactory(registered_at=midnight)
        assert contact_reasons.totals(Period(today, today))["total"] == 1

    def test_empty_period(self, db):
        totals = contact_reasons.totals(last_days())
        assert (totals["total"], totals["handled_share"]) == (0, None)
        assert contact_reasons.by_answer(last_days()) == []


@pytest.fixture
def redactie(index):
    return editor(username="redactie")


def rows_of(response):
    return list(response.context["object_list"])


class TestReport:
    def test_per_answer_with_summary(self, client, redactie, registrations, passport):
        client.force_login(redactie)
        response = client.get(reverse(URL))
        assert response.status_code == 200
        assert [row["total"] for row in rows_of(response)] == [5, 1]
        html = response.content.decode()
        assert "7 contactmomenten in deze periode; 43% afgehandeld zonder doorverbinden." in html
        assert "2 keer is geen antwoord gevonden." in html
        assert 'role="img"' in html
        assert "Doorverwezen naar andere organisatie" in html  # by result
        assert "75%" in html  # Burgerzaken, handled without transfer

    def test_per_department(self, client, redactie, registrations):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"show": "afdelingen"})
        assert [row["department"] for row in rows_of(response)] == [
            "Burgerzaken",
            "Belastingen",
            "Geen afdeling",
        ]

    def test_without_answer(self, client, redactie, registrations):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"show": "zonder-antwoord"})
        assert [row["question"] for row in rows_of(response)] == [DOG, BOAT]
        assert DOG in response.content.decode()

    def test_filters_use_the_channels_of_contact_moments(
        self, client, redactie, registrations, belastingen
    ):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"channel": "email", "show": "zonder-antwoord"})
        assert [row["question"] for row in rows_of(response)] == [DOG]
        assert "Kanaal: E-mail." in response.content.decode()
        response = client.get(reverse(URL), {"department": belastingen.pk, "show": "afdelingen"})
        assert [row["department"] for row in rows_of(response)] == ["Belastingen"]
        today = timezone.localdate()
        response = client.get(
            reverse(URL),
            {
                "period_from": (today - datetime.timedelta(days=45)).isoformat(),
                "period_to": (today - datetime.timedelta(days=30)).isoformat(),
            },
        )
        assert [row["total"] for row in rows_of(response)] == [2]

    def test_csv_export(self, client, redactie, registrations):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"export": "csv", "show": "zonder-antwoord"})
        assert response.status_code == 200
        rows = exported_rows(response)
        assert rows[0] == ["Geregistreerd op", "Vraag", "Kanaal", "Afdeling", "Resultaat"]
        assert rows[1][1:] == [DOG, "E-mail", "Belastingen", "Doorverwezen naar andere organisatie"]
        assert rows[1][0] == timezone.localtime(days_ago(5)).strftime("%Y-%m-%d %H:%M")

    def test_csv_export_per_department(self, client, redactie, registrations):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"export": "csv", "show": "afdelingen"})
        rows = exported_rows(response)
        # A decimal comma: Dutch Excel reads "75.0" as text, "75,0" as a number.
        assert rows[1] == ["Burgerzaken", "4", "3", "75,0", "0"]

    def test_xlsx_export(self, client, redactie, registrations):
        client.force_login(redactie)
        response = client.get(reverse(URL), {"export": "xlsx", "show": "zonder-antwoord"})
        assert response.status_code == 200

    def test_empty_period_says_so_in_dutch(self, client, redactie):
        client.force_login(redactie)
        response = client.get(reverse(URL))
        assert response.status_code == 200
        assert (
            "In deze periode zijn geen contactmomenten geregistreerd" in response.content.decode()
        )

    @pytest.mark.parametrize(
        "query",
        [
            {"period_from": "morgen"},
            {"period_to": "2026-13-01"},
            {"channel": "website"},
            {"department": "-1"},
            {"show": "alles"},
            {"ordering": "registered_at; drop table"},
            {"p": "x"},
        ],
    )
    def test_bad_filter_input_is_no_error(self, client, redactie, registrations, query):
        client.force_login(redactie)
        assert client.get(reverse(URL), query).status_code == 200


class TestAccess:
    def test_editors_and_administrators_only(self, client, index, burgerzaken):
        for user in (agent(username="kcc"), department_member(burgerzaken, index, username="lid")):
            client.force_login(user)
            assert client.get(reverse(URL)).status_code == 403
            assert client.get(reverse(URL), {"export": "csv"}).status_code == 403

    def test_in_the_reports_menu_for_editors(self, client, redactie):
        client.force_login(redactie)
        assert reverse(URL) in client.get(reverse("wagtailadmin_home")).content.decode()
