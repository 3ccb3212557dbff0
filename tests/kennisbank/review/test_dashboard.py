"""Review panels on the admin dashboard (kennisbank/dashboard.py)."""

import datetime

import lxml.html
import pytest

from django.urls import reverse
from django.utils import timezone

from kennisbank.review.dashboard import DepartmentTotalsPanel
from tests.kennisbank.factories import (
    DepartmentFactory,
    agent,
    department_member,
    editor,
    published_answer,
)

HOME = reverse("wagtailadmin_home")
PANEL = DepartmentTotalsPanel.name


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


@pytest.fixture
def answers(index, burgerzaken, belastingen):
    return {
        "overdue": published_answer(
            index, burgerzaken, title="Paspoort aanvragen", review_date=days(-10)
        ),
        "due": published_answer(index, burgerzaken, title="ID-kaart", review_date=days(5)),
        "later": published_answer(index, burgerzaken, title="Verhuizen", review_date=days(100)),
        "other": published_answer(
            index, belastingen, title="Hondenbelasting", review_date=days(-1)
        ),
    }


@pytest.mark.django_db
class TestMemberPanel:
    def test_member_sees_own_overdue_and_due_answers_with_sign_off(self, client, member, answers):
        client.force_login(member)
        html = client.get(HOME).content.decode()
        assert "Paspoort aanvragen" in html and "ID-kaart" in html
        assert "Verhuizen" not in html  # not due yet
        assert "Hondenbelasting" not in html  # another department's
        assert reverse("kennisbank:sign_off", args=[answers["overdue"].pk]) in html
        assert answers["overdue"].review_status in html

    def test_the_overdue_count_is_said_only_when_there_are_any(self, client, member, answers):
        client.force_login(member)
        assert "2 antwoorden van uw afdeling moeten gecontroleerd worden (1 verlopen)." in (
            client.get(HOME).content.decode()
        )
        answers["overdue"].review_date = days(300)
        answers["overdue"].save()
        html = client.get(HOME).content.decode()
        # It said "(0 verlopen)".
        assert "1 antwoord van uw afdeling moet binnenkort gecontroleerd worden." in html
        assert "verlopen)" not in html

    def test_member_of_a_department_without_due_answers_is_told_so(
        self, client, other_member, answers
    ):
        answers["other"].review_date = days(300)
        answers["other"].save()
        client.force_login(other_member)
        response = client.get(HOME)
        assert "Hondenbelasting" not in response.content.decode()
        assert "kennisbank-own-answers" in response.content.decode()

    def test_agents_get_no_review_panels(self, client, answers):
        client.force_login(agent())
        html = client.get(HOME).content.decode()
        assert "kennisbank-own-answers" not in html
        assert "kennisbank-department-totals" not in html


@pytest.mark.django_db
class TestEditorPanel:
    def test_editors_see_the_totals_per_department(self, client, answers):
        client.force_login(editor())
        response = client.get(HOME)
        html = response.content.decode()
        assert "kennisbank-department-totals" in html
        assert "kennisbank-own-answers" not in html
        [panel] = [panel for panel in response.context["panels"] if panel.name == PANEL]
        rows = {
            department.name: (department.overdue_count, department.due_count)
            for department in panel.get_context_data({})["departments"]
        }
        assert rows == {"Burgerzaken": (1, 1), "Belastingen": (1, 0)}

    def test_departments_that_cannot_act_are_flagged(self, client, index):
        closed = DepartmentFactory(name="Sport", is_active=False)
        published_answer(index, closed, title="Sporthal huren")
        client.force_login(editor())
        html = client.get(HOME).content.decode()
        assert "Sport" in html
        assert reverse("kennisbank:review_report") + f"?owner_department={closed.pk}" in html

    def test_a_department_that_can_act_reads_in_order(self, client, index):
        ready = DepartmentFactory(name="Wonen", reminder_emails="wonen@zuidwaarde.nl")
        department_member(ready, index)
        published_answer(index, ready, title="Huurtoeslag")
        silent = DepartmentFactory(name="Sport", reminder_emails="")
        published_answer(index, silent, title="Sporthal huren")
        client.force_login(editor())
        html = client.get(HOME).content.decode()
        rows = {
            cells[0]: cells[-1]
            for cells in (
                [" ".join(cell.text_content().split()) for cell in row.xpath("th|td")]
                for row in lxml.html.fromstring(html).xpath(
                    '//*[@id="kennisbank-department-totals-content"]//tbody/tr'
                    " | //section[@id='kennisbank-department-totals']//tbody/tr"
                )
            )
        }
        assert rows["Wonen"] == "In orde"
        assert rows["Sport"] == "Geen leden Geen e-mailadres voor herinneringen"
        # What the column judges: not the overdue answers beside it.
        assert '<th scope="col">Leden en herinneringen</th>' in html
