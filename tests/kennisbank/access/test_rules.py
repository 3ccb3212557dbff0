"""Ownership: a department member edits only their own department's answers
(kennisbank/permissions.py), in the editor itself and in every listing."""

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.models import Page

from kennisbank.access.rules import policy
from kennisbank.models import AnswerPage
from tests.kennisbank.editor import add_url, answer_form, edit_form, edit_url
from tests.kennisbank.factories import agent, editor


@pytest.mark.django_db
class TestEditor:
    def test_member_edits_an_answer_of_their_own_department(self, client, member, answer):
        client.force_login(member)
        assert client.get(edit_url(answer)).status_code == 200
        response = client.post(edit_url(answer), edit_form(answer, short_answer="Nieuw."))
        assert response.status_code == 302
        answer.refresh_from_db()
        assert answer.get_latest_revision_as_object().short_answer == "Nieuw."

    def test_member_cannot_open_another_departments_answer(self, client, member, other_answer):
        client.force_login(member)
        response = client.get(edit_url(other_answer))
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")
        # Told whose it is (Wagtail said only "Sorry, u heeft geen toegang tot dit gedeelte").
        [message] = [str(m) for m in get_messages(response.wsgi_request)]
        assert message == (
            "“Hoe betaal ik de afvalstoffenheffing?” is van Belastingen: alleen die afdeling en "
            "de redactie wijzigen het. Staat er iets verkeerd in? Laat het Belastingen of de "
            "redactie weten."
        )

    def test_member_cannot_change_another_departments_answer(self, client, member, other_answer):
        client.force_login(member)
        revisions = other_answer.revisions.count()
        client.post(edit_url(other_answer), edit_form(other_answer, short_answer="Gehackt."))
        other_answer.refresh_from_db()
        assert other_answer.revisions.count() == revisions
        assert other_answer.short_answer != "Gehackt."

    def test_member_has_no_rights_on_the_answers_index_but_adding(self, member, index):
        permissions = index.permissions_for_user(member)
        assert permissions.can_add_subpage()
        assert not permissions.can_edit()
        assert not permissions.can_delete()

    def test_member_creates_answers_only_for_their_own_department(
        self, client, member, index, burgerzaken, belastingen
    ):
        client.force_login(member)
        refused = client.post(add_url(index), answer_form(belastingen))
        assert refused.status_code == 200
        assert "owner_department" in refused.context["form"].errors
        created = client.post(add_url(index), answer_form(burgerzaken))
        assert created.status_code == 302
        assert AnswerPage.objects.get(slug="wat-kost-een-paspoort").owner_department == burgerzaken

    def test_the_add_form_offers_a_member_only_their_department(
        self, client, member, index, burgerzaken, belastingen
    ):
        client.force_login(member)
        form = client.get(add_url(index)).context["form"]
        assert list(form.fields["owner_department"].queryset) == [burgerzaken]
        assert form["owner_department"].value() == burgerzaken.pk

    def test_the_owner_of_an_existing_answer_is_not_changed_in_the_editor(
        self, admin_client, answer, belastingen
    ):
        data = edit_form(answer, **{"action-publish": "action-publish"})
        data["owner_department"] = belastingen.pk
        assert admin_client.post(edit_url(answer), data).status_code == 302
        answer.refresh_from_db()
        assert answer.owner_department.name == "Burgerzaken"

    def test_agents_edit_nothing(self, client, answer):
        client.force_login(agent())
        assert client.get(edit_url(answer)).status_code == 302
        assert not answer.permissions_for_user(agent()).can_edit()


@pytest.mark.django_db
class TestListings:
    def test_explorer_lists_only_the_members_own_answers(
        self, client, member, index, answer, other_answer
    ):
        client.force_login(member)
        response = client.get(reverse("wagtailadmin_explore", args=[index.pk]))
        assert response.status_code == 200
        html = response.content.decode()
        assert answer.title in html
        assert other_answer.title not in html

    def test_admin_search_finds_only_the_members_own_answers(
        self, client, member, answer, other_answer
    ):
        client.force_login(member)
        response = client.get(reverse("wagtailadmin_pages:search"), {"q": "hoe"})
        titles = [page.title for page in response.context["pages"]]
        assert answer.title in titles
        assert other_answer.title not in titles

    def test_my_answers_lists_the_members_own_answers(self, client, member, answer, other_answer):
        client.force_login(member)
        response = client.get(reverse("my_answers:index"))
        assert response.status_code == 200
        html = response.content.decode()
        assert answer.title in html
        assert other_answer.title not in html

    def test_my_answers_lists_what_an_editor_last_changed(self, client, answer, other_answer):
        redacteur = editor()
        answer.save_revision(user=redacteur).publish()
        client.force_login(redacteur)
        html = client.get(reverse("my_answers:index")).content.decode()
        assert answer.title in html
        assert other_answer.title not in html

    def test_readability_report_lists_only_the_members_own_answers(
        self, client, member, answer, other_answer
    ):
        client.force_login(member)
        response = client.get(reverse("kennisbank:readability_report"))
        assert [page.title for page in response.context["object_list"]] == [answer.title]


@pytest.mark.django_db
class TestEditors:
    def test_editors_publish_any_answer_directly(self, client, answer, other_answer):
        client.force_login(editor())
        for page in (answer, other_answer):
            data = edit_form(page, short_answer="Door de redactie.")
            data["action-publish"] = "action-publish"
            assert client.post(edit_url(page), data).status_code == 302
            page.refresh_from_db()
            assert page.short_answer == "Door de redactie."

    def test_editors_may_not_skip_approval_when_switched_off(self, client, settings, answer):
        settings.REVIEW_EDITORS_MAY_SKIP_APPROVAL = False
        user = editor()
        assert answer.permissions_for_user(user).can_edit()
        assert not answer.permissions_for_user(user).can_publish()
        client.force_login(user)
        data = edit_form(answer, short_answer="Zonder goedkeuring.")
        data["action-publish"] = "action-publish"
        client.post(edit_url(answer), data)
        answer.refresh_from_db()
        assert answer.short_answer != "Zonder goedkeuring."

    def test_new_answers_are_not_published_directly_when_approval_is_required(
        self, client, settings, index, burgerzaken
    ):
        settings.REVIEW_EDITORS_MAY_SKIP_APPROVAL = False
        client.force_login(editor())
        data = answer_form(burgerzaken)
        data["action-publish"] = "action-publish"
        assert client.post(add_url(index), data).status_code == 302
        assert not AnswerPage.objects.get(slug="wat-kost-een-paspoort").live

    def test_other_pages_stay_publishable_when_approval_is_required(self, settings, index):
        settings.REVIEW_EDITORS_MAY_SKIP_APPROVAL = False
        assert index.permissions_for_user(editor()).can_publish()


@pytest.mark.django_db
def test_policy_lists_the_users_who_may_change_an_answer(member, other_member, answer):
    user = editor()
    users = set(policy.users_with_permission_for_instance("change", answer))
    assert member in users and user in users
    assert other_member not in users


@pytest.mark.django_db
def test_policy_and_tester_agree_for_a_base_page(member, answer, other_answer):
    for page, expected in ((answer, True), (other_answer, False)):
        base_page = Page.objects.get(pk=page.pk)
        assert base_page.permissions_for_user(member).can_edit() is expected
        assert policy.user_has_permission_for_instance(member, "change", base_page) is expected
