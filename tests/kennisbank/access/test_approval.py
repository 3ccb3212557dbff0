"""Approval by the owner department (kennisbank/models/workflows.py, kennisbank/access/approval.py)."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from wagtail.models import GroupPagePermission, PageLogEntry, TaskState

from kennisbank.access.approval import PUBLISHED_WITHOUT_APPROVAL, TASK_NAME
from kennisbank.models import OwnerDepartmentApprovalTask
from kennisbank.review import SIGN_OFF_ACTION, add_months, reassign
from tests.kennisbank.editor import edit_form, edit_url
from tests.kennisbank.factories import UserFactory, department_member, editor


def submit_change(client, user, answer, short_answer):
    client.force_login(user)
    data = edit_form(answer, short_answer=short_answer)
    data["action-submit"] = "action-submit"
    assert client.post(edit_url(answer), data).status_code == 302
    answer.refresh_from_db()
    return answer.current_workflow_task_state


def approve(client, user, answer, task_state):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[answer.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


@pytest.fixture
def colleague(burgerzaken, index):
    """A second member of Burgerzaken."""
    return department_member(burgerzaken, index, username="burgerzaken2")


@pytest.mark.django_db
class TestApprovers:
    def test_answers_go_through_the_owner_departments_approval(self, answer):
        workflow = answer.get_workflow()
        assert [task.specific.name for task in workflow.tasks] == [TASK_NAME]
        assert isinstance(workflow.tasks.first().specific, OwnerDepartmentApprovalTask)

    def test_approvers_are_exactly_the_owner_departments_members(
        self, member, colleague, other_member, answer, admin_user
    ):
        editor()
        task = answer.get_workflow().tasks.first().specific
        assert set(task.approvers(answer)) == {member, colleague}
        assert task.user_can_approve(answer, colleague)
        assert not task.user_can_approve(answer, other_member)
        assert not task.user_can_approve(answer, admin_user)

    def test_inactive_members_do_not_approve(self, member, colleague, answer):
        colleague.is_active = False
        colleague.save()
        task = answer.get_workflow().tasks.first().specific
        assert list(task.approvers(answer)) == [member]

    def test_a_reassigned_answer_is_approved_by_its_new_department(
        self, member, other_member, answer, belastingen
    ):
        reassign([answer], belastingen, user=None)
        task = answer.get_workflow().tasks.first().specific
        assert set(task.approvers(answer)) == {other_member}
        assert task.user_can_approve(answer, other_member)
        assert not task.user_can_approve(answer, member)

    def test_the_answers_index_itself_is_approved_by_who_may_publish_it(self, member, index):
        task = index.get_workflow().tasks.first().specific
        assert task.user_can_approve(index, editor())
        assert not task.user_can_approve(index, member)


@pytest.mark.django_db
class TestApproval:
    def test_submitted_change_waits_and_is_published_when_the_department_approves(
        self, client, member, colleague, answer
    ):
        task_state = submit_change(client, member, answer, "Gewijzigd door Burgerzaken.")
        assert isinstance(task_state.task.specific, OwnerDepartmentApprovalTask)
        answer.refresh_from_db()
        assert answer.short_answer != "Gewijzigd door Burgerzaken."  # not published yet

        assert approve(client, colleague, answer, task_state).status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == "Gewijzigd door Burgerzaken."
        assert not answer.workflow_in_progress

    def test_members_cannot_publish_without_approval(self, client, member, answer):
        client.force_login(member)
        data = edit_form(answer, short_answer="Direct gepubliceerd.")
        data["action-publish"] = "action-publish"
        client.post(edit_url(answer), data)
        answer.refresh_from_db()
        assert answer.short_answer != "Direct gepubliceerd."
        assert not answer.permissions_for_user(member).can_publish()

    def test_a_member_of_another_department_cannot_approve(
        self, client, member, other_member, answer
    ):
        task_state = submit_change(client, member, answer, "Gewijzigd.")
        response = approve(client, other_member, answer, task_state)
        assert response.status_code in (302, 403)
        answer.refresh_from_db()
        assert answer.workflow_in_progress
        assert answer.short_answer != "Gewijzigd."

    def test_an_editor_submitting_waits_for_the_department(self, client, member, answer):
        task_state = submit_change(client, editor(), answer, "Voorstel van de redactie.")
        assert task_state is not None
        assert list(TaskState.objects.reviewable_by(member)) == [task_state]
        assert approve(client, member, answer, task_state).status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == "Voorstel van de redactie."

    def test_only_the_owner_department_sees_the_change_on_its_dashboard(
        self, client, member, colleague, other_member, answer
    ):
        submit_change(client, member, answer, "Gewijzigd.")
        client.force_login(colleague)
        assert answer.title in client.get(reverse("wagtailadmin_home")).content.decode()
        assert not TaskState.objects.reviewable_by(other_member).exists()

    def test_approvers_get_an_email_but_not_the_submitter(
        self, client, member, colleague, other_member, answer
    ):
        mail.outbox.clear()
        submit_change(client, member, answer, "Gewijzigd.")
        recipients = {address for message in mail.outbox for address in message.to}
        assert colleague.email in recipients
        assert member.email not in recipients
        assert other_member.email not in recipients


def said(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.django_db
class TestTheApproverHearsWhatHappened:
    """Wagtail said "Pagina ... is gewijzigd." in the editor and nothing on the dashboard."""

    def test_approving_on_the_dashboard_says_it_is_on_the_website(
        self, client, member, colleague, answer
    ):
        task_state = submit_change(client, member, answer, "Paspoort kost nu € 90.")
        response = approve(client, colleague, answer, task_state)
        answer.refresh_from_db()
        assert said(response)[-1] == (
            f"U heeft “{answer.title}” goedgekeurd: zo staat het nu op de website. Dit telt "
            f"als aftekening door uw afdeling; volgende herziening: "
            f"{date_format(answer.review_date, 'j F Y')}."
        )

    def test_asking_for_changes_names_who_is_asked_and_keeps_the_website(
        self, client, member, colleague, answer
    ):
        task_state = submit_change(client, member, answer, "Paspoort kost nu € 90.")
        client.force_login(colleague)
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[answer.pk, "reject", task_state.pk]
        )
        response = client.post(url, {"comment": "Het bedrag klopt niet."})
        assert said(response)[-1] == (
            f"U heeft om wijzigingen gevraagd voor “{answer.title}”. "
            f"{member.get_full_name()} ziet dit op het dashboard; de website houdt het "
            f"antwoord zoals het was."
        )
        answer.refresh_from_db()
        assert answer.short_answer != "Paspoort kost nu € 90."

    def test_an_approval_that_did_not_go_through_says_nothing_of_the_kind(
        self, client, member, other_member, answer
    ):
        task_state = submit_change(client, member, answer, "Gewijzigd.")
        response = approve(client, other_member, answer, task_state)
        assert not [text for text in said(response) if "goedgekeurd" in text]


@pytest.mark.django_db
class TestTheMailsSayWhatHappened:
    """Wagtail's mails spoke of "workflow", "beoordelingsfase" and "je", named nobody, and
    went to every superuser."""

    def test_the_approver_is_asked_by_name(self, client, member, colleague, answer):
        member.first_name, member.last_name = "Bas", "Balie"
        member.save()
        mail.outbox.clear()
        submit_change(client, member, answer, "Gewijzigd.")
        [message] = [m for m in mail.outbox if colleague.email in m.to]
        assert message.subject == f"Graag goedkeuren: {answer.title}"
        assert (
            f"Bas Balie heeft “{answer.title}” gewijzigd en vraagt u de wijziging goed te "
            "keuren (vier ogen)." in message.body
        )
        assert f"/admin/pages/{answer.pk}/edit/" in message.body
        assert " je " not in message.body and "workflow" not in message.body.lower()

    def test_the_submitter_hears_the_approval(self, client, member, colleague, answer):
        task_state = submit_change(client, member, answer, "Gewijzigd.")
        mail.outbox.clear()
        approve(client, colleague, answer, task_state)
        [message] = [m for m in mail.outbox if member.email in m.to]
        assert message.subject == f"Goedgekeurd: {answer.title}"
        assert "Zo staat het antwoord nu op de website:" in message.body

    def test_the_submitter_reads_the_comment_of_a_request_for_changes(
        self, client, member, colleague, answer
    ):
        task_state = submit_change(client, member, answer, "Gewijzigd.")
        mail.outbox.clear()
        client.force_login(colleague)
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[answer.pk, "reject", task_state.pk]
        )
        client.post(url, {"comment": "Het bedrag klopt niet."})
        [message] = [m for m in mail.outbox if member.email in m.to]
        assert message.subject == f"Wijzigingen gevraagd: {answer.title}"
        assert "De opmerking: “Het bedrag klopt niet.”" in message.body
        assert "De website houdt het antwoord zoals het was." in message.body

    def test_the_editor_shows_who_asked_for_which_changes(self, client, member, colleague, answer):
        """Wagtail showed only "LIVE"; the comment was in a closed side panel."""
        colleague.first_name, colleague.last_name = "Cor", "Collega"
        colleague.save()
        task_state = submit_change(client, member, answer, "Gewijzigd.")
        client.force_login(colleague)
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[answer.pk, "reject", task_state.pk]
        )
        client.post(url, {"comment": "Het bedrag klopt niet."})
        client.force_login(member)
        html = client.get(edit_url(answer)).content.decode()
        assert (
            "Cor Collega vraagt om wijzigingen. Pas het antwoord aan en bied het opnieuw ter "
            "goedkeuring aan. De opmerking: “Het bedrag klopt niet.”" in html
        )

    def test_superusers_get_no_mail_for_every_submission(self, client, member, answer):
        from tests.kennisbank.factories import UserFactory

        boss = UserFactory(is_superuser=True, email="beheer@voorbeeldstad.example")
        mail.outbox.clear()
        submit_change(client, member, answer, "Gewijzigd.")
        assert not [m for m in mail.outbox if boss.email in m.to]


@pytest.mark.django_db
class TestRoles:
    """Migration 0004 makes the roles on every installation."""

    def test_editors_may_publish_every_page(self):
        group = Group.objects.get(name="Redactie")
        codenames = set(
            GroupPagePermission.objects.filter(group=group, page__depth=1).values_list(
                "permission__codename", flat=True
            )
        )
        assert {"add_page", "change_page", "publish_page"} <= codenames

    def test_agents_read_answers_but_have_no_page_rights(self):
        user = UserFactory(groups=[Group.objects.get(name="KCC-medewerkers")])
        assert user.has_perm("kennisbank.view_answerpage")
        assert user.has_perm("wagtailadmin.access_admin")
        assert not GroupPagePermission.objects.filter(group__name="KCC-medewerkers").exists()

    def test_administrators_manage_users_departments_and_workflows(self):
        user = UserFactory(groups=[Group.objects.get(name="Beheerders")])
        for permission in (
            "auth.change_user",
            "kennisbank.add_department",
            "wagtailcore.change_workflow",
        ):
            assert user.has_perm(permission)


@pytest.mark.django_db
class TestFourEyes:
    def test_a_member_cannot_approve_their_own_change(self, client, member, colleague, answer):
        task_state = submit_change(client, member, answer, "Paspoort kost nu € 90.")
        task = task_state.task.specific
        assert task.get_actions(answer, member) == []
        assert not task.user_can_approve(answer, member)
        approve(client, member, answer, task_state)
        answer.refresh_from_db()
        assert answer.workflow_in_progress
        assert answer.short_answer != "Paspoort kost nu € 90."
        assert list(TaskState.objects.reviewable_by(member)) == []
        assert list(TaskState.objects.reviewable_by(colleague)) == [task_state]

    @pytest.mark.parametrize(
        ("action", "told"),
        [
            ("approve", "U heeft het antwoord gewijzigd. Dan kunt u het niet zelf"),
            ("reject", "U heeft het antwoord gewijzigd. Vraag om wijzigingen zonder"),
        ],
    )
    def test_an_approver_who_changes_the_text_is_told_why_and_nothing_is_saved(
        self, client, member, colleague, answer, action, told
    ):
        """Wagtail saved the change under the approver's name, then refused the approval or
        the request for changes with "Sorry, u heeft geen toegang": the approver was locked
        out."""
        submit_change(client, member, answer, "Paspoort kost nu € 90.")
        revisions = answer.revisions.count()
        client.force_login(colleague)
        data = edit_form(answer, short_answer="Paspoort kost nu € 95.")
        data |= {"action-workflow-action": "true", "workflow-action-name": action}
        response = client.post(edit_url(answer), data)
        assert response.status_code == 200
        [error] = response.context["form"].non_field_errors()
        assert error.startswith(told)
        assert response.context["form"]["short_answer"].value() == "Paspoort kost nu € 95."
        answer.refresh_from_db()
        assert answer.revisions.count() == revisions
        assert answer.workflow_in_progress
        assert answer.current_workflow_task.specific.user_can_approve(answer, colleague)

    def test_an_approvers_typing_is_not_saved_on_its_own(self, client, member, colleague, answer):
        """The editor saves every change half a second after it is typed; an approver's typing
        made them part of the change, so they could no longer approve nor undo it."""
        submit_change(client, member, answer, "Paspoort kost nu € 90.")
        revisions = answer.revisions.count()
        client.force_login(colleague)
        data = edit_form(answer, short_answer="Paspoort kost nu € 95.")
        autosave = client.post(edit_url(answer), data, HTTP_ACCEPT="application/json")
        assert autosave.status_code == 400
        assert autosave.json()["error_message"].startswith("Niet automatisch bewaard")
        answer.refresh_from_db()
        assert answer.revisions.count() == revisions
        assert answer.current_workflow_task.specific.user_can_approve(answer, colleague)
        # Saving the draft on purpose still works, and a colleague then approves it.
        data["action-save"] = "action-save"
        saved = client.post(edit_url(answer), data)
        assert saved.status_code == 302
        # Both members of Burgerzaken took part now: who is left is named.
        assert [str(message) for message in get_messages(saved.wsgi_request)][-1].endswith(
            "keurt de vervangende afdeling of de redactie het nu goed (vier ogen)."
        )
        answer.refresh_from_db()
        assert answer.revisions.count() == revisions + 1
        assert not answer.current_workflow_task.specific.user_can_approve(answer, colleague)

    def test_the_submitter_is_not_told_they_changed_someone_elses_submission(
        self, client, member, colleague, answer
    ):
        client.force_login(member)
        data = edit_form(answer, short_answer="Paspoort kost nu € 90.") | {
            "action-submit": "action-submit"
        }
        response = client.post(edit_url(answer), data)
        assert not [m for m in get_messages(response.wsgi_request) if "vier ogen" in str(m)]

    def test_outside_an_approval_the_editor_keeps_saving_on_its_own(self, client, member, answer):
        client.force_login(member)
        revisions = answer.revisions.count()
        data = edit_form(answer, short_answer="Paspoort kost nu € 92.")
        autosave = client.post(edit_url(answer), data, HTTP_ACCEPT="application/json")
        assert autosave.status_code == 200
        assert answer.revisions.count() == revisions + 1

    def test_a_department_of_one_is_approved_by_the_redactie(self, client, member, answer):
        redacteur = editor()
        task_state = submit_change(client, member, answer, "Paspoort kost nu € 90.")
        assert set(task_state.task.specific.approvers(answer)) == {redacteur}
        assert list(TaskState.objects.reviewable_by(redacteur)) == [task_state]
        assert approve(client, redacteur, answer, task_state).status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == "Paspoort kost nu € 90."

    def test_the_deputy_department_comes_before_the_redactie(
        self, client, member, other_member, answer, burgerzaken, belastingen
    ):
        editor()
        burgerzaken.deputy_department = belastingen
        burgerzaken.save()
        task_state = submit_change(client, member, answer, "Paspoort kost nu € 90.")
        assert set(task_state.task.specific.approvers(answer)) == {other_member}
        assert approve(client, other_member, answer, task_state).status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == "Paspoort kost nu € 90."

    def test_a_department_cannot_be_its_own_deputy(self, burgerzaken):
        burgerzaken.deputy_department = burgerzaken
        with pytest.raises(ValidationError, match="eigen"):
            burgerzaken.full_clean()

    def test_approval_is_the_departments_sign_off(self, client, member, colleague, answer):
        answer.review_date = timezone.localdate() - datetime.timedelta(days=10)
        answer.save_revision().publish()
        task_state = submit_change(client, member, answer, "Paspoort kost nu € 90.")
        approve(client, colleague, answer, task_state)
        answer.refresh_from_db()
        assert answer.review_date == add_months(timezone.localdate(), 12)
        assert answer.reviewed_by == colleague
        assert PageLogEntry.objects.filter(page=answer, action=SIGN_OFF_ACTION).count() == 1


@pytest.mark.django_db
class TestPublishWithoutApproval:
    def test_the_redactie_may_publish_but_the_department_is_told(self, client, answer):
        redacteur = editor(first_name="Rita", last_name="Redacteur")
        mail.outbox.clear()
        client.force_login(redacteur)
        data = edit_form(answer, short_answer="Spoedwijziging.")
        data["action-publish"] = "action-publish"
        assert client.post(edit_url(answer), data).status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == "Spoedwijziging."
        entry = PageLogEntry.objects.get(page=answer, action=PUBLISHED_WITHOUT_APPROVAL)
        assert entry.user == redacteur
        assert entry.data["department"] == "Burgerzaken"
        [message] = mail.outbox
        assert message.to == answer.owner_department.reminder_addresses
        assert "Rita Redacteur" in message.body and answer.title in message.subject

    def test_an_approved_change_is_not_reported(self, client, member, colleague, answer):
        mail.outbox.clear()
        task_state = submit_change(client, member, answer, "Gewijzigd.")
        mail.outbox.clear()
        approve(client, colleague, answer, task_state)
        assert not PageLogEntry.objects.filter(action=PUBLISHED_WITHOUT_APPROVAL).exists()
        assert not [m for m in mail.outbox if "zonder" in m.subject.lower()]


@pytest.mark.django_db
class TestEditorsManage:
    def test_the_redactie_manages_promoted_results_and_contact_channels(self, client, home):
        client.force_login(editor())
        assert client.get(reverse("wagtailsearchpromotions:index")).status_code == 200
        assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 200
        url = reverse("wagtailsettings:edit", args=["kennisbank", "contactsettings"])
        assert client.get(url, follow=True).status_code == 200

    def test_department_members_do_not(self, client, member, home):
        client.force_login(member)
        assert client.get(reverse("wagtailsearchpromotions:index")).status_code == 302
        url = reverse("wagtailsettings:edit", args=["kennisbank", "contactsettings"])
        assert client.get(url, follow=True).redirect_chain[-1][0] == reverse("wagtailadmin_home")


def ask_for_changes(client, user, answer, task_state):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[answer.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Het bedrag klopt niet."})


@pytest.mark.django_db
class TestWithdrawingASubmission:
    """Wagtail lets every approver "Goedkeuring intrekken": the four-eyes check ended without a
    word to the submitter."""

    def test_only_the_submitter_is_offered_to_withdraw(self, client, member, colleague, answer):
        submit_change(client, member, answer, "Gewijzigd.")
        client.force_login(colleague)
        assert 'name="action-cancel-workflow"' not in client.get(edit_url(answer)).text
        client.force_login(member)
        assert 'name="action-cancel-workflow"' in client.get(edit_url(answer)).text

    def test_a_colleague_posting_a_withdrawal_is_refused_and_told_what_to_do(
        self, client, member, colleague, answer
    ):
        member.first_name, member.last_name = "Bas", "Balie"
        member.save()
        submit_change(client, member, answer, "Gewijzigd.")
        client.force_login(colleague)
        data = edit_form(answer) | {"action-cancel-workflow": "true"}
        response = client.post(edit_url(answer), data, follow=True)
        assert said(response)[-1].startswith(
            "Alleen Bas Balie, die dit antwoord ter goedkeuring aanbood, kan het intrekken."
        )
        answer.refresh_from_db()
        assert answer.workflow_in_progress

    def test_the_submitter_withdraws(self, client, member, colleague, answer):
        submit_change(client, member, answer, "Gewijzigd.")
        client.force_login(member)
        client.post(edit_url(answer), edit_form(answer) | {"action-cancel-workflow": "true"})
        answer.refresh_from_db()
        assert not answer.workflow_in_progress


@pytest.mark.django_db
class TestTheSubmitButton:
    """Wagtail named the button after the workflow: "Stuur door naar Antwoorden: goedkeuring
    door eigenaar-afdeling"."""

    def test_it_says_what_it_does(self, client, member, answer):
        client.force_login(member)
        page = client.get(edit_url(answer)).text
        assert "Ter goedkeuring aanbieden" in page
        assert "Stuur door naar" not in page

    def test_after_a_request_for_changes_there_is_one_button_to_submit_again(
        self, client, member, colleague, answer
    ):
        task_state = submit_change(client, member, answer, "Gewijzigd.")
        ask_for_changes(client, colleague, answer, task_state)
        client.force_login(member)
        page = client.get(edit_url(answer)).text
        assert page.count('name="action-submit"') == 1
        assert "Opnieuw ter goedkeuring aanbieden</button>" in page
        assert 'name="action-restart-workflow"' not in page
        data = edit_form(answer, short_answer="Opnieuw gewijzigd.") | {"action-submit": "1"}
        client.post(edit_url(answer), data)
        answer.refresh_from_db()
        assert answer.current_workflow_state.status == "in_progress"
