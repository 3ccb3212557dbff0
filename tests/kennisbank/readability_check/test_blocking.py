"""The department block on answers above B1, on every path that publishes
(kennisbank/readability_check/blocking.py): the editor's publish button, scheduling, approving
in the workflow, Wagtail's bulk publish. Members of a blocking department are refused; the
Redactie publishes after confirming."""

import datetime

import lxml.html
import pytest

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupPagePermission
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import rich_text, streamfield

from kennisbank.models import AnswerPage
from kennisbank.readability_check.analysis import ReadabilityLevel
from tests.kennisbank.editor import add_url, answer_form, edit_form, edit_url
from tests.kennisbank.factories import department_member, editor, published_answer
from tests.kennisbank.readability_check.test_panel import messages_of
from tests.kennisbank.readability_texts import (
    HARD_PARAGRAPH,
    HARD_SHORT_ANSWER,
    PLAIN_PARAGRAPH,
    PLAIN_SHORT_ANSWER,
)


def texts(short_answer, paragraph):
    return {
        "short_answer": short_answer,
        "body": streamfield([("paragraph", rich_text(paragraph))]),
    }


HARD = texts(HARD_SHORT_ANSWER, HARD_PARAGRAPH)
PLAIN = texts(PLAIN_SHORT_ANSWER, PLAIN_PARAGRAPH)
PUBLISH = {"action-publish": "action-publish"}
CONFIRMED = {"confirm-harder-than-b1": "1"}


@pytest.fixture(autouse=True)
def burgerzaken_blocks(settings, burgerzaken):
    settings.READABILITY_BLOCK_DEPARTMENTS = [burgerzaken.slug]


def may_publish(member, index):
    """Give `member`'s department group the publish permission on the answers (a municipality
    may), so that the block is what stops them."""
    GroupPagePermission.objects.create(
        group=member.groups.get(),
        page=index,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="publish_page"
        ),
    )
    return member


@pytest.fixture
def publisher(member, index):
    """A member of Burgerzaken who may publish."""
    return may_publish(member, index)


def post_edit(client, user, answer, **fields):
    client.force_login(user)
    return client.post(edit_url(answer), edit_form(answer, **fields))


@pytest.mark.django_db
class TestEditor:
    def test_a_member_cannot_publish_above_b1_and_keeps_the_text(self, client, publisher, answer):
        response = post_edit(client, publisher, answer, **HARD, **PUBLISH, **CONFIRMED)
        assert response.status_code == 200
        form = response.context["form"]
        assert form["short_answer"].value() == HARD_SHORT_ANSWER
        [error] = form.non_field_errors()
        assert "Niet gepubliceerd" in error and "Burgerzaken" in error and "B1" in error
        answer.refresh_from_db()
        assert answer.short_answer != HARD_SHORT_ANSWER
        assert answer.revisions.count() == 1  # only the published one from before

    def test_a_member_can_still_save_a_draft(self, client, publisher, answer):
        assert post_edit(client, publisher, answer, **HARD).status_code == 302
        answer.refresh_from_db()
        assert answer.get_latest_revision_as_object().short_answer == HARD_SHORT_ANSWER
        assert answer.short_answer != HARD_SHORT_ANSWER

    def test_a_member_publishes_b1_answers(self, client, publisher, answer):
        assert post_edit(client, publisher, answer, **PLAIN, **PUBLISH).status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == PLAIN_SHORT_ANSWER

    def test_the_redactie_publishes_after_confirming(self, client, answer):
        redacteur = editor()
        asked = post_edit(client, redacteur, answer, **HARD, **PUBLISH)
        assert asked.status_code == 200
        error = asked.context["form"].non_field_errors()[0]
        assert "Nog niet gepubliceerd" in error
        answer.refresh_from_db()
        assert answer.short_answer != HARD_SHORT_ANSWER

        published = post_edit(client, redacteur, answer, **HARD, **PUBLISH, **CONFIRMED)
        assert published.status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == HARD_SHORT_ANSWER

    def test_members_of_other_departments_publish_after_confirming(
        self, client, belastingen, other_answer, index
    ):
        member = may_publish(department_member(belastingen, index, username="b2"), index)
        response = post_edit(client, member, other_answer, **HARD, **PUBLISH, **CONFIRMED)
        assert response.status_code == 302
        other_answer.refresh_from_db()
        assert other_answer.short_answer == HARD_SHORT_ANSWER

    def test_a_new_answer_above_b1_can_only_be_saved_as_draft(
        self, client, publisher, burgerzaken, index
    ):
        client.force_login(publisher)
        data = answer_form(burgerzaken, slug="nieuw", **HARD)
        refused = client.post(add_url(index), {**data, **PUBLISH, **CONFIRMED})
        assert refused.status_code == 200
        assert not AnswerPage.objects.filter(slug="nieuw").exists()

        assert client.post(add_url(index), data).status_code == 302
        answer = AnswerPage.objects.get(slug="nieuw")
        assert not answer.live
        assert answer.readability_level == ReadabilityLevel.C1


@pytest.mark.django_db
class TestScheduling:
    """publish_scheduled runs without a user, so the block holds when the date is set."""

    def go_live(self):
        return (timezone.now() + datetime.timedelta(days=3)).strftime("%Y-%m-%d %H:%M")

    def test_a_member_cannot_schedule_an_answer_above_b1(self, client, publisher, answer):
        fields = {**HARD, **PUBLISH, **CONFIRMED, "go_live_at": self.go_live()}
        response = post_edit(client, publisher, answer, **fields)
        assert response.status_code == 200
        [error] = response.context["form"].non_field_errors()
        assert "Niet ingepland" in error and "Burgerzaken" in error
        assert not answer.revisions.filter(approved_go_live_at__isnull=False).exists()

    def test_the_redactie_schedules_after_confirming(self, client, answer):
        fields = {**HARD, **PUBLISH, **CONFIRMED, "go_live_at": self.go_live()}
        assert post_edit(client, editor(), answer, **fields).status_code == 302
        scheduled = answer.revisions.get(approved_go_live_at__isnull=False)
        assert scheduled.as_object().short_answer == HARD_SHORT_ANSWER


def submit(client, user, answer, fields):
    response = post_edit(client, user, answer, **fields, **{"action-submit": "action-submit"})
    assert response.status_code == 302
    answer.refresh_from_db()
    return answer.current_workflow_task_state


def approve_url(answer, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[answer.pk, "approve", task_state.pk])


@pytest.fixture
def colleague(burgerzaken, index):
    return department_member(burgerzaken, index, username="burgerzaken2")


@pytest.mark.django_db
class TestApproval:
    def test_a_member_cannot_approve_an_answer_above_b1(self, client, member, colleague, answer):
        task_state = submit(client, member, answer, HARD)
        client.force_login(colleague)
        response = client.post(approve_url(answer, task_state), {"comment": ""})

        assert response.status_code == 302 and response.url == edit_url(answer)
        [message] = [m for m in messages_of(response) if "Niet goedgekeurd" in m]
        assert "Burgerzaken" in message
        answer.refresh_from_db()
        assert answer.short_answer != HARD_SHORT_ANSWER
        assert answer.workflow_in_progress
        task_state.refresh_from_db()
        assert task_state.status == task_state.STATUS_IN_PROGRESS

    def test_the_workflow_dialog_is_sent_to_the_editor_with_the_message(
        self, client, member, colleague, answer
    ):
        task_state = submit(client, member, answer, HARD)
        client.force_login(colleague)
        response = client.post(
            approve_url(answer, task_state),
            {"comment": "Prima"},
            HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        )
        assert response.json() == {"step": "success", "redirect": edit_url(answer)}
        assert any("Niet goedgekeurd" in m for m in messages_of(response))
        answer.refresh_from_db()
        assert answer.workflow_in_progress

    def test_approving_in_the_editor_keeps_the_text_in_the_form(
        self, client, member, colleague, answer
    ):
        submit(client, member, answer, PLAIN)
        fields = {
            **HARD,
            **CONFIRMED,
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
        }
        response = post_edit(client, colleague, answer, **fields)
        assert response.status_code == 200
        # (Beside it: an approver who changed the text may not approve it, see test_approval.)
        errors = response.context["form"].non_field_errors()
        assert any("Niet goedgekeurd" in error for error in errors)
        answer.refresh_from_db()
        assert answer.workflow_in_progress
        assert answer.get_latest_revision_as_object().short_answer == PLAIN_SHORT_ANSWER

    def test_a_member_approves_a_b1_answer(self, client, member, colleague, answer):
        task_state = submit(client, member, answer, PLAIN)
        client.force_login(colleague)
        assert client.post(approve_url(answer, task_state), {"comment": ""}).status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == PLAIN_SHORT_ANSWER
        assert not answer.workflow_in_progress

    def test_the_redactie_may_approve_for_a_department_of_one(self, client, member, answer):
        redacteur = editor()
        task_state = submit(client, member, answer, HARD)
        client.force_login(redacteur)
        assert client.post(approve_url(answer, task_state), {"comment": ""}).status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == HARD_SHORT_ANSWER


def bulk_publish_url(*answers):
    ids = "&".join(f"id={answer.pk}" for answer in answers)
    return (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?{ids}&next=/admin/"
    )


def with_draft(answer, short_answer, paragraph):
    """`answer` with a draft of this text saved (as the editor saves one)."""
    page = answer.get_latest_revision_as_object()
    page.short_answer = short_answer
    page.body = [("paragraph", RichText(paragraph))]
    page.save_revision()
    return answer


@pytest.mark.django_db
class TestBulkPublish:
    @pytest.fixture
    def drafts(self, index, burgerzaken):
        plain = published_answer(index, burgerzaken, title="Eenvoudig")
        hard = published_answer(index, burgerzaken, title="Moeilijk")
        return (
            with_draft(plain, PLAIN_SHORT_ANSWER, PLAIN_PARAGRAPH),
            with_draft(hard, HARD_SHORT_ANSWER, HARD_PARAGRAPH),
        )

    def test_a_member_publishes_nothing_when_one_answer_reads_above_b1(
        self, client, publisher, drafts
    ):
        plain, hard = drafts
        client.force_login(publisher)
        response = client.post(bulk_publish_url(plain, hard), {})
        assert response.status_code == 302
        [message] = [m for m in messages_of(response) if "Niets gepubliceerd" in m]
        assert "“Moeilijk”" in message and "Eenvoudig" not in message
        for answer in drafts:
            answer.refresh_from_db()
            assert answer.has_unpublished_changes
        assert hard.short_answer != HARD_SHORT_ANSWER

    def test_a_member_publishes_b1_answers_in_bulk(self, client, publisher, drafts):
        plain, _hard = drafts
        client.force_login(publisher)
        client.post(bulk_publish_url(plain), {})
        plain.refresh_from_db()
        assert plain.short_answer == PLAIN_SHORT_ANSWER

    def test_the_redactie_publishes_in_bulk_and_is_warned(self, client, drafts):
        plain, hard = drafts
        client.force_login(editor())
        response = client.post(bulk_publish_url(plain, hard), {})
        hard.refresh_from_db()
        assert hard.short_answer == HARD_SHORT_ANSWER
        [warning] = [m for m in messages_of(response) if "boven B1" in m]
        assert "“Moeilijk”" in warning and "Eenvoudig" not in warning

    def test_the_confirmation_names_the_answers_above_b1_for_the_redactie(self, client, drafts):
        client.force_login(editor())
        page = lxml.html.fromstring(client.get(bulk_publish_url(*drafts)).content)
        [warning] = page.xpath('//*[contains(@class, "help-warning")]')
        text = warning.text_content()
        assert "Met publiceren bevestigt u" in text
        assert "Moeilijk" in text and "Eenvoudig" not in text

    def test_the_confirmation_shows_a_member_what_blocks_the_action(
        self, client, publisher, drafts
    ):
        client.force_login(publisher)
        page = lxml.html.fromstring(client.get(bulk_publish_url(*drafts)).content)
        [refusal] = page.xpath('//*[contains(@class, "help-critical")]')
        text = refusal.text_content()
        assert "Er wordt niets gepubliceerd zolang ze geselecteerd zijn" in text
        assert "Moeilijk" in text and "Eenvoudig" not in text
