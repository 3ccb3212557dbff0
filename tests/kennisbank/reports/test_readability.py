"""Report "Leesbaarheid" (kennisbank/reports.py)."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.urls import reverse

from wagtail.models import GroupPagePermission

from kennisbank.models import AnswerPage
from kennisbank.readability_check.analysis import ReadabilityLevel, difficulty_text
from kennisbank.reports.readability import menu_item
from tests.csv_export import exported_rows
from tests.kennisbank.factories import AnswerPageFactory, DepartmentFactory
from tests.kennisbank.readability_texts import (
    B2_PARAGRAPH,
    B2_SHORT_ANSWER,
    HARD_SHORT_ANSWER,
    PLAIN_SHORT_ANSWER,
    hard_body,
    plain_body,
)

REPORT = "/admin/kennisbank/reports/readability/"


@pytest.fixture
def answers(index):
    """A C1 and a B1 answer of Burgerzaken, a B2 answer of Belastingen."""
    burgerzaken = DepartmentFactory(name="Burgerzaken")
    belastingen = DepartmentFactory(name="Belastingen")
    return {
        "hard": AnswerPageFactory(
            parent=index,
            title="Hoe vraag ik een paspoort aan?",
            short_answer=HARD_SHORT_ANSWER,
            body=hard_body(),
            owner_department=burgerzaken,
        ),
        "plain": AnswerPageFactory(
            parent=index,
            title="Wanneer is het stadhuis open?",
            short_answer=PLAIN_SHORT_ANSWER,
            body=plain_body(),
            owner_department=burgerzaken,
        ),
        "b2": AnswerPageFactory(
            parent=index,
            title="Hoe betaal ik de afvalstoffenheffing?",
            short_answer=B2_SHORT_ANSWER,
            body=[{"type": "paragraph", "value": B2_PARAGRAPH}],
            owner_department=belastingen,
        ),
    }


def listed_titles(response):
    return [page.title for page in response.context["object_list"]]


def editor(django_user_model, page, username="redacteur"):
    """A user who may use the admin and edit `page` and the pages below it."""
    group = Group.objects.create(name=f"Groep {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=page, permission=Permission.objects.get(codename="change_page")
    )
    user = django_user_model.objects.create_user(username, password="x")
    user.groups.add(group)
    return user


def agent(django_user_model):
    """A contact-centre agent: admin access, no page permissions."""
    user = django_user_model.objects.create_user("kcc", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.mark.django_db
class TestListing:
    def test_report_lives_in_the_admin(self):
        assert reverse("kennisbank:readability_report") == REPORT

    def test_hardest_answers_come_first(self, admin_client, answers):
        response = admin_client.get(REPORT)
        assert response.status_code == 200
        assert listed_titles(response) == [
            answers["hard"].title,
            answers["b2"].title,
            answers["plain"].title,
        ]

    def test_answers_never_checked_come_last(self, admin_client, answers):
        type(answers["hard"]).objects.filter(pk=answers["plain"].pk).update(
            readability_difficulty=None, readability_level=""
        )
        for ordering in ("-readability_difficulty", "readability_difficulty"):
            titles = listed_titles(admin_client.get(REPORT, {"ordering": ordering}))
            assert titles[-1] == answers["plain"].title

    def test_columns_show_department_level_and_difficulty(self, admin_client, answers):
        html = admin_client.get(REPORT).content.decode()
        assert answers["hard"].title in html
        assert "Burgerzaken" in html
        assert str(ReadabilityLevel.C1.label) in html
        assert str(ReadabilityLevel.B2.label) in html
        assert difficulty_text(answers["hard"].readability_difficulty) in html
        # What the number means, as the editor's panel says it.
        assert "Onder 25 is B1, het doel voor elk antwoord; 25 tot 35 is B2; vanaf 35 C1." in html

    def test_filter_by_department(self, admin_client, answers):
        department = answers["b2"].owner_department
        response = admin_client.get(REPORT, {"owner_department": department.pk})
        assert listed_titles(response) == [answers["b2"].title]

    def test_filter_by_levels(self, admin_client, answers):
        response = admin_client.get(REPORT, {"readability_level": ["b1"]})
        assert answers["hard"].title not in listed_titles(response)
        assert answers["plain"].title in listed_titles(response)
        both = admin_client.get(REPORT, {"readability_level": ["b1", "c1"]})
        assert {answers["hard"].title, answers["plain"].title} <= set(listed_titles(both))

    def test_summary_counts_levels_per_department(self, admin_client, answers):
        # Without text to check: it has no level, and still counts in its department's total.
        AnswerPage.objects.filter(pk=answers["b2"].pk).update(
            readability_level=ReadabilityLevel.UNKNOWN
        )
        summary = admin_client.get(REPORT).context["department_summary"]
        assert [
            (
                row["owner_department__name"],
                row["b1"],
                row["b2"],
                row["c1"],
                row["unknown"],
                row["total"],
            )
            for row in summary
        ] == [("Belastingen", 0, 0, 0, 1, 1), ("Burgerzaken", 1, 0, 1, 0, 2)]

    def test_summary_follows_the_filters(self, admin_client, answers):
        response = admin_client.get(REPORT, {"readability_level": ["c1"]})
        summary = response.context["department_summary"]
        assert [(row["owner_department__name"], row["total"]) for row in summary] == [
            ("Burgerzaken", 1)
        ]


@pytest.mark.django_db
class TestExport:
    def test_csv_export_lists_filtered_answers_hardest_first(self, admin_client, answers):
        response = admin_client.get(
            REPORT, {"export": "csv", "owner_department": answers["hard"].owner_department.pk}
        )
        assert response.status_code == 200
        rows = exported_rows(response)
        assert rows[0] == ["Vraag", "Afdeling", "Taalniveau", "Moeilijkheid", "Gecontroleerd op"]
        assert [row[0] for row in rows[1:]] == [answers["hard"].title, answers["plain"].title]
        hard = rows[1]
        assert hard[1] == "Burgerzaken"
        assert hard[2] == str(ReadabilityLevel.C1.label)
        assert hard[3] == str(round(answers["hard"].readability_difficulty, 1)).replace(".", ",")

    def test_xlsx_export_is_offered(self, admin_client, answers):
        response = admin_client.get(REPORT, {"export": "xlsx"})
        assert response.status_code == 200
        assert response["Content-Type"].startswith(
            "application/vnd.openxmlformats-officedocument.spreadsheetml"
        )


@pytest.mark.django_db
class TestAccess:
    def test_anonymous_visitors_are_sent_to_the_login(self, client):
        response = client.get(REPORT)
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))

    def test_agents_without_page_permissions_are_refused(self, client, django_user_model):
        client.force_login(agent(django_user_model))
        response = client.get(REPORT)
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")

    def test_editors_see_only_the_answers_they_may_edit(self, client, django_user_model, answers):
        client.force_login(editor(django_user_model, answers["plain"]))
        response = client.get(REPORT)
        assert response.status_code == 200
        assert listed_titles(response) == [answers["plain"].title]

    def test_editors_of_the_answers_index_see_every_answer(
        self, client, django_user_model, answers, index
    ):
        client.force_login(editor(django_user_model, index))
        assert len(listed_titles(client.get(REPORT))) == 3

    def test_menu_item_is_shown_to_editors_only(self, django_user_model, index):
        item = menu_item()
        request = RequestFactory().get("/admin/")
        request.user = editor(django_user_model, index)
        assert item.is_shown(request)
        request.user = agent(django_user_model)
        assert not item.is_shown(request)
