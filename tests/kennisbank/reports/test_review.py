"""Report "To review" (kennisbank/reports/review.py)."""

import datetime
import io
import re

import openpyxl
import pytest

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kennisbank.models import Audience
from tests.csv_export import exported_rows
from tests.kennisbank.factories import DepartmentFactory, editor, published_answer

REPORT = "/admin/kennisbank/reports/review/"


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


@pytest.fixture
def answers(index, burgerzaken, belastingen):
    closed = DepartmentFactory(name="Sport", is_active=False)
    return {
        "long_overdue": published_answer(
            index, burgerzaken, title="Paspoort aanvragen", review_date=days(-90)
        ),
        "overdue": published_answer(
            index,
            belastingen,
            title="Hondenbelasting betalen",
            review_date=days(-3),
            audience=Audience.BOTH,
        ),
        "due": published_answer(index, burgerzaken, title="ID-kaart", review_date=days(20)),
        "later": published_answer(index, burgerzaken, title="Verhuizen", review_date=days(200)),
        "ownerless": published_answer(index, closed, title="Sporthal huren", review_date=days(300)),
    }


def titles(response):
    return [answer.title for answer in response.context["object_list"]]


@pytest.mark.django_db
class TestListing:
    def test_lists_overdue_due_and_ownerless_answers_most_overdue_first(
        self, admin_client, answers
    ):
        response = admin_client.get(REPORT)
        assert response.status_code == 200
        assert titles(response) == [
            "Paspoort aanvragen",
            "Hondenbelasting betalen",
            "ID-kaart",
            "Sporthal huren",
        ]

    def test_answers_that_are_not_published_are_left_out(self, admin_client, answers):
        answers["overdue"].unpublish()
        assert "Hondenbelasting betalen" not in titles(admin_client.get(REPORT))

    def test_filter_by_department(self, admin_client, answers, belastingen):
        response = admin_client.get(REPORT, {"owner_department": belastingen.pk})
        assert titles(response) == ["Hondenbelasting betalen"]

    def test_filter_by_audience(self, admin_client, answers):
        response = admin_client.get(REPORT, {"audience": Audience.BOTH})
        assert titles(response) == ["Hondenbelasting betalen"]

    def test_filter_by_status(self, admin_client, answers):
        assert titles(admin_client.get(REPORT, {"status": ["overdue"]})) == [
            "Paspoort aanvragen",
            "Hondenbelasting betalen",
        ]
        assert titles(admin_client.get(REPORT, {"status": ["due"]})) == ["ID-kaart"]
        assert titles(admin_client.get(REPORT, {"status": ["no_owner"]})) == ["Sporthal huren"]

    def test_status_column_says_since_when_and_who_owns_nothing(self, admin_client, answers):
        html = admin_client.get(REPORT).content.decode()
        assert answers["long_overdue"].review_status in html
        assert answers["ownerless"].review_status in html

    def test_members_see_their_own_departments_answers_with_a_sign_off_button(
        self, client, member, answers
    ):
        client.force_login(member)
        response = client.get(REPORT)
        assert titles(response) == ["Paspoort aanvragen", "ID-kaart"]
        html = response.content.decode()
        assert reverse("kennisbank:sign_off", args=[answers["due"].pk]) in html

    def test_still_correct_in_the_report_signs_off_and_returns_to_the_filtered_report(
        self, member, answers
    ):
        # As a browser does it: the form as rendered, CSRF checked (the test client skips that).
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(member)
        html = browser.get(REPORT, {"status": "overdue"}).content.decode()
        action = reverse("kennisbank:sign_off", args=[answers["long_overdue"].pk])
        form = re.search(rf'<form action="{action}" method="post">(.*?)</form>', html, re.S)[1]
        fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form))
        response = browser.post(action, fields)
        assert response.status_code == 302
        assert response["Location"] == f"{REPORT}?status=overdue"
        answers["long_overdue"].refresh_from_db()
        assert answers["long_overdue"].review_date > days(0)

    def test_a_member_filtering_on_another_department_is_told_so(
        self, client, member, answers, belastingen
    ):
        client.force_login(member)
        response = client.get(REPORT, {"owner_department": belastingen.pk})
        assert titles(response) == []
        html = response.content.decode()
        assert "De filters konden niet worden toegepast" in html
        assert 'role="alert"' in html

    def test_editors_see_everything_but_sign_off_nothing(self, client, answers):
        client.force_login(editor())
        response = client.get(REPORT)
        assert len(titles(response)) == 4
        html = response.content.decode()
        assert "sign-off" not in html
        # Nor in bulk: "Nog steeds juist" always ended in "U kunt deze antwoorden niet aftekenen".
        assert "/admin/bulk/kennisbank/answerpage/sign_off/" not in html
        assert "/admin/bulk/kennisbank/answerpage/reassign/" in html

    def test_bulk_actions_for_answers_are_offered(self, admin_client, answers):
        html = admin_client.get(REPORT).content.decode()
        assert "/admin/bulk/kennisbank/answerpage/sign_off/" in html
        assert "/admin/bulk/kennisbank/answerpage/reassign/" in html

    def test_agents_cannot_open_the_report(self, client, answers):
        from tests.kennisbank.factories import agent

        client.force_login(agent())
        assert client.get(REPORT).status_code == 302


@pytest.mark.django_db
class TestExport:
    def test_csv_has_the_filtered_answers_with_days_overdue(self, admin_client, answers):
        response = admin_client.get(REPORT, {"export": "csv", "status": ["overdue"]})
        rows = exported_rows(response)
        assert rows[0] == [
            _(heading)
            for heading in (
                "Question",
                "Department",
                "Audience",
                "Review date",
                "Days overdue",
                "Status",
                "Signed off at",
                "Signed off by",
            )
        ]
        assert [(row[0], row[1], row[4]) for row in rows[1:]] == [
            ("Paspoort aanvragen", "Burgerzaken", "90"),
            ("Hondenbelasting betalen", "Belastingen", "3"),
        ]

    def test_csv_reads_as_the_report_shows_it(self, admin_client, answers):
        """Local time to the minute, the signer's name, and no negative days overdue (it was
        "2024-12-08 09:00:00+00:00", a login name and "-20")."""
        from kennisbank.models import AnswerPage
        from tests.kennisbank.factories import UserFactory

        signer = UserFactory(first_name="Sanne", last_name="de Wit")
        # Signed off a year ago, due again within 20 days.
        AnswerPage.objects.filter(pk=answers["due"].pk).update(
            reviewed_at=timezone.now() - datetime.timedelta(days=345), reviewed_by=signer
        )
        answers["due"].refresh_from_db()
        rows = exported_rows(admin_client.get(REPORT, {"export": "csv"}))
        header, *rows = rows
        row = dict(zip(header, next(row for row in rows if row[0] == "ID-kaart"), strict=True))
        signed = timezone.localtime(answers["due"].reviewed_at).strftime("%Y-%m-%d %H:%M")
        assert row["Afgetekend op"] == signed
        assert row["Afgetekend door"] == "Sanne de Wit"
        assert all(
            int(dict(zip(header, other, strict=True))["Dagen te laat"]) >= 0 for other in rows
        )

    def test_xlsx_export(self, admin_client, answers):
        response = admin_client.get(REPORT, {"export": "xlsx"})
        assert response.status_code == 200
        sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
            "Paspoort aanvragen",
            "Hondenbelasting betalen",
            "ID-kaart",
            "Sporthal huren",
        ]
