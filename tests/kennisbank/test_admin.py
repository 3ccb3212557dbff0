import datetime

import lxml.html
import pytest

from django.urls import reverse
from django.utils import timezone

from kennisbank.models import AnswerPage, Department
from kennisbank.review import default_review_date
from tests.kennisbank.editor import answer_form
from tests.kennisbank.factories import AnswerPageFactory, DepartmentFactory


@pytest.mark.django_db
class TestAnswerEditor:
    def add_url(self, index):
        return reverse("wagtailadmin_pages:add", args=("kennisbank", "answerpage", index.pk))

    def test_empty_review_date_becomes_today_plus_department_interval(self, admin_client, index):
        department = DepartmentFactory(review_interval_months=6)
        response = admin_client.post(self.add_url(index), answer_form(department))
        assert response.status_code == 302
        answer = AnswerPage.objects.get(slug="wat-kost-een-paspoort")
        assert answer.review_date == default_review_date(department)
        assert [q.question for q in answer.alternative_questions.all()] == ["prijs paspoort"]

    def test_chosen_review_date_is_kept(self, admin_client, index):
        response = admin_client.post(
            self.add_url(index), answer_form(DepartmentFactory(), review_date="2027-02-01")
        )
        assert response.status_code == 302
        assert str(AnswerPage.objects.get(slug="wat-kost-een-paspoort").review_date) == "2027-02-01"

    def test_owner_department_is_required_in_the_editor(self, admin_client, index):
        data = answer_form(DepartmentFactory())
        data["owner_department"] = ""
        response = admin_client.post(self.add_url(index), data)
        assert response.status_code == 200
        assert "owner_department" in response.context["form"].errors
        assert not AnswerPage.objects.exists()

    def test_too_long_short_answer_is_refused_with_nothing_saved(self, admin_client, index):
        response = admin_client.post(
            self.add_url(index), answer_form(DepartmentFactory(), short_answer="x" * 301)
        )
        assert response.status_code == 200
        assert "short_answer" in response.context["form"].errors
        assert not AnswerPage.objects.exists()

    @pytest.mark.parametrize("field", ["title", "short_answer"])
    def test_invisible_text_is_refused_with_nothing_saved(self, admin_client, index, field):
        # Zero-width spaces and a soft hyphen: a blank link on the A-Z list once published.
        response = admin_client.post(
            self.add_url(index),
            answer_form(
                DepartmentFactory(), **{field: "\u200b\u200b\u00ad", "action-publish": "1"}
            ),
        )
        assert response.status_code == 200
        assert response.context["form"].errors[field] == [
            "Hier staan alleen onzichtbare tekens. Typ de tekst."
        ]
        assert not AnswerPage.objects.exists()

    def test_a_title_that_is_no_question_is_saved_with_a_hint(self, admin_client, index):
        response = admin_client.post(
            self.add_url(index),
            answer_form(DepartmentFactory(), title="Lantaarnpaal", slug="lantaarnpaal"),
            follow=True,
        )
        assert AnswerPage.objects.filter(title="Lantaarnpaal").exists()
        hints = [str(message) for message in response.context["messages"]]
        assert any("“Lantaarnpaal” eindigt niet op een vraagteken" in hint for hint in hints)
        asked = admin_client.post(
            self.add_url(index), answer_form(DepartmentFactory()), follow=True
        )
        assert not any("vraagteken" in str(message) for message in asked.context["messages"])

    @pytest.mark.parametrize("field", ["title", "short_answer"])
    def test_emoji_only_text_is_refused_in_words_with_nothing_saved(
        self, admin_client, index, field
    ):
        response = admin_client.post(
            self.add_url(index),
            answer_form(DepartmentFactory(), **{field: "🎉🎉 👍", "action-publish": "1"}),
        )
        assert response.status_code == 200
        assert response.context["form"].errors[field] == [
            "Schrijf dit in woorden: alleen tekens of emoji zeggen niets tegen een inwoner, een "
            "schermlezer of de zoekfunctie."
        ]
        assert not AnswerPage.objects.exists()

    @pytest.mark.parametrize(
        "posted, saved",
        [
            ("", ""),
            # What the editor itself posts for a field emptied of all text.
            ("null", ""),
            (
                "Bel eerst <de> balie.\n\nDaarna pas mailen.",
                "<p>Bel eerst &lt;de&gt; balie.</p><p>Daarna pas mailen.</p>",
            ),
            ('{"not": "the editor"}', "<p>{&quot;not&quot;: &quot;the editor&quot;}</p>"),
        ],
    )
    def test_rich_text_posted_as_plain_text_is_saved_as_meant(
        self, admin_client, index, posted, saved
    ):
        # A script or integration posting plain text instead of the editor's JSON got a 500.
        response = admin_client.post(
            self.add_url(index), answer_form(DepartmentFactory(), internal_notes=posted)
        )
        assert response.status_code == 302
        answer = AnswerPage.objects.get(slug="wat-kost-een-paspoort")
        assert answer.internal_notes == saved

    def test_editor_shows_the_internal_notes_field(self, admin_client, index):
        answer = AnswerPageFactory(parent=index)
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(answer.pk,)))
        assert response.status_code == 200
        assert "Werkinstructie" in response.content.decode()

    def test_the_title_asks_for_the_question_as_a_citizen_asks_it(self, admin_client, index):
        content = admin_client.get(self.add_url(index)).content.decode()
        assert 'placeholder="Vraag zoals een inwoner die stelt"' in content
        assert "Paginatitel" not in content

    def test_the_help_menu_has_no_english_wagtail_guide(self, admin_client):
        content = admin_client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Editor Guide" not in content


@pytest.mark.django_db
class TestDepartmentAdmin:
    def test_departments_are_listed_in_the_admin(self, admin_client):
        DepartmentFactory(name="Burgerzaken")
        response = admin_client.get(reverse("wagtailsnippets_kennisbank_department:list"))
        assert response.status_code == 200
        assert "Burgerzaken" in response.content.decode()

    def test_searching_the_department_list_finds_the_department(self, admin_client):
        DepartmentFactory(name="Burgerzaken")
        DepartmentFactory(name="Belastingen")
        url = reverse("wagtailsnippets_kennisbank_department:list")
        content = admin_client.get(url, {"q": "burger"}).content.decode()
        assert "Burgerzaken" in content and "Belastingen" not in content

    def test_active_shows_as_yes_or_no_in_dutch(self, admin_client):
        DepartmentFactory(name="Burgerzaken")
        DepartmentFactory(name="Oude afdeling", is_active=False)
        content = admin_client.get(reverse("wagtailsnippets_kennisbank_department:list")).content
        content = content.decode()
        assert ">Ja<" in content and ">Nee<" in content
        assert "True" not in content and "False" not in content
        # Said once per cell, not "Ja Ja".
        [cell] = lxml.html.fromstring(content).xpath("//td[.//svg[contains(@class, 'icon-check')]]")
        assert cell.text_content().split() == ["Ja"]  # said once, not "Ja Ja"

    def test_department_owning_answers_cannot_be_deleted_in_the_admin(self, admin_client, index):
        department = AnswerPageFactory(parent=index).owner_department
        url = reverse("wagtailsnippets_kennisbank_department:delete", args=(department.pk,))
        page = admin_client.get(url)
        assert page.status_code == 200
        assert page.context["is_protected"] is True
        admin_client.post(url)
        assert Department.objects.filter(pk=department.pk).exists()

    def test_unused_department_can_be_deleted_in_the_admin(self, admin_client):
        department = DepartmentFactory()
        url = reverse("wagtailsnippets_kennisbank_department:delete", args=(department.pk,))
        admin_client.post(url)
        assert not Department.objects.filter(pk=department.pk).exists()


@pytest.mark.django_db
class TestAnswersInTheExplorer:
    def explore(self, client, index, **filters):
        return client.get(reverse("wagtailadmin_explore", args=[index.pk]), filters)

    def test_owner_review_and_level_columns(self, admin_client, index):
        AnswerPageFactory(parent=index, title="Paspoort aanvragen")
        content = self.explore(admin_client, index).content.decode()
        assert "Paspoort aanvragen" in content
        for heading in ("Afdeling", "Herziening", "Taalniveau"):
            assert heading in content

    def test_filter_on_department_and_overdue(self, admin_client, index):
        burgerzaken = DepartmentFactory(name="Burgerzaken")
        AnswerPageFactory(parent=index, title="Paspoort", owner_department=burgerzaken)
        AnswerPageFactory(parent=index, title="Hondenbelasting")
        AnswerPageFactory(
            parent=index,
            title="ID-kaart",
            owner_department=burgerzaken,
            review_date=timezone.localdate() - datetime.timedelta(days=1),
        )
        titles = lambda response: [page.title for page in response.context["pages"]]  # noqa: E731
        response = self.explore(admin_client, index, owner_department=burgerzaken.pk)
        assert sorted(titles(response)) == ["ID-kaart", "Paspoort"]
        response = self.explore(admin_client, index, review_state="overdue")
        assert titles(response) == ["ID-kaart"]
