"""Approval by the owner department (kennisbank/models/workflows.py, kennisbank/approval.py)."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import GroupPagePermission, TaskState

from kennisbank.access.approval import TASK_NAME
from kennisbank.models import OwnerDepartmentApprovalTask
from kennisbank.review import reassign
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
