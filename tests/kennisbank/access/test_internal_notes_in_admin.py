"""A department member never sees the internal notes of another department's answers in the
Wagtail admin: editing, preview, draft, revisions, compare, revert, workflow preview, copy and
history all refuse them (kennisbank.access.rules narrows Wagtail's page permissions to the
member's own department). Members of the owner department do see them, which shows the checks
below would notice a leak."""

import pytest

from django.urls import reverse

from tests.kennisbank.editor import answer_form

# Words with nothing in common, so that a revision diff cannot split them.
PUBLISHED_NOTE = "Teamleiderbelinstructie"
DRAFT_NOTE = "Voorlopigewerkwijze"


@pytest.fixture
def answer_in_review(answer, member):
    """Burgerzaken's answer with a published and a submitted revision, each with its own notes."""
    answer.internal_notes = f"<p>{PUBLISHED_NOTE}: bel eerst de teamleider.</p>"
    first = answer.save_revision(user=member)
    first.publish()
    answer.refresh_from_db()
    answer.internal_notes = f"<p>{DRAFT_NOTE}: nieuwe werkwijze.</p>"
    second = answer.save_revision(user=member)
    workflow_state = answer.get_workflow().start(answer, member)
    answer.refresh_from_db()
    return answer, first, second, workflow_state.current_task_state.task


def admin_urls(answer, first, second, task):
    pages = "wagtailadmin_pages:"
    return {
        "edit": reverse(pages + "edit", args=[answer.pk]),
        "preview": reverse(pages + "preview_on_edit", args=[answer.pk]),
        "draft": reverse(pages + "view_draft", args=[answer.pk]),
        "revisions": reverse(pages + "revisions_index", args=[answer.pk]),
        "revision": reverse(pages + "revisions_view", args=[answer.pk, first.pk]),
        "revert": reverse(pages + "revisions_revert", args=[answer.pk, first.pk]),
        "compare": reverse(pages + "revisions_compare", args=[answer.pk, first.pk, second.pk]),
        "compare live": reverse(pages + "revisions_compare", args=[answer.pk, "live", "latest"]),
        "workflow preview": reverse(pages + "workflow_preview", args=[answer.pk, task.pk]),
        "workflow history": reverse(pages + "workflow_history", args=[answer.pk]),
        "history": reverse(pages + "history", args=[answer.pk]),
        "copy": reverse(pages + "copy", args=[answer.pk]),
        "usage": reverse(pages + "usage", args=[answer.pk]),
    }


def shows_notes(response) -> bool:
    html = response.content.decode()
    return PUBLISHED_NOTE in html or DRAFT_NOTE in html


@pytest.mark.django_db
class TestOtherDepartments:
    def test_no_admin_view_shows_another_departments_notes(
        self, client, other_member, answer_in_review
    ):
        client.force_login(other_member)
        for name, url in admin_urls(*answer_in_review).items():
            response = client.get(url)
            assert not shows_notes(response), name
            assert response.status_code in (302, 403, 404), name

    def test_posting_a_preview_does_not_show_them_either(
        self, client, other_member, answer_in_review
    ):
        answer = answer_in_review[0]
        client.force_login(other_member)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[answer.pk])
        data = answer_form(answer.owner_department, title=answer.title, slug=answer.slug)
        assert not shows_notes(client.post(url, data))
        assert not shows_notes(client.get(url))

    def test_the_department_cannot_copy_the_answer_with_its_notes(
        self, client, other_member, answer_in_review, index
    ):
        answer = answer_in_review[0]
        client.force_login(other_member)
        client.post(
            reverse("wagtailadmin_pages:copy", args=[answer.pk]),
            {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": index.pk},
        )
        assert not type(answer).objects.filter(slug="kopie").exists()

    def test_explorer_and_search_list_no_other_departments_answers(
        self, client, other_member, answer_in_review, index
    ):
        client.force_login(other_member)
        for url in [
            reverse("wagtailadmin_explore", args=[index.pk]),
            reverse("wagtailadmin_pages:search") + "?q=paspoort",
        ]:
            assert answer_in_review[0].title not in client.get(url).content.decode()


@pytest.mark.django_db
class TestOwnDepartment:
    def test_members_of_the_owner_department_do_see_them(self, client, member, answer_in_review):
        client.force_login(member)
        urls = admin_urls(*answer_in_review)
        assert client.get(urls["edit"]).status_code == 200
        assert shows_notes(client.get(urls["edit"]))
        assert shows_notes(client.get(urls["compare"]))
        assert shows_notes(client.get(urls["revert"]))
