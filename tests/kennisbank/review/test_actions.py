""" "Still correct" and "Reassign" in the admin (kennisbank/review_views.py, review_panel.py)."""

import datetime

import pytest

from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import PageLogEntry

from kennisbank import review
from kennisbank.models import AnswerPage
from kennisbank.review import REASSIGN_ACTION, SIGN_OFF_ACTION, add_months
from kennisbank.review.actions import warn_about_past_review_date
from tests.kennisbank.editor import add_url, answer_form, edit_form, edit_url
from tests.kennisbank.factories import DepartmentFactory, editor

PUBLISH = {"action-publish": "action-publish"}


def sign_off_url(answer):
    return reverse("kennisbank:sign_off", args=[answer.pk])


def bulk_url(action, *answers, next_url="/admin/"):
    return reverse("wagtail_bulk_action", args=["kennisbank", "answerpage", action]) + (
        "?" + "&".join(f"id={answer.pk}" for answer in answers) + f"&next={next_url}"
    )


def next_review(answer):
    return add_months(timezone.localdate(), answer.owner_department.review_interval_months)


@pytest.mark.django_db
class TestSignOffButton:
    def test_one_click_signs_off_and_returns_to_where_the_user_was(self, client, member, answer):
        client.force_login(member)
        response = client.post(sign_off_url(answer), {"next": "/admin/"})
        assert response.status_code == 302
        assert response.url == "/admin/"
        answer.refresh_from_db()
        assert answer.review_date == next_review(answer)
        assert answer.reviewed_by == member

    def test_signing_off_with_a_change_waiting_says_so(self, client, member, answer):
        """It signed off without a word while a colleague had asked for changes."""
        client.force_login(member)
        submitted = edit_form(answer, short_answer="Nieuw bedrag.") | {
            "action-submit": "action-submit"
        }
        assert client.post(edit_url(answer), submitted).status_code == 302
        response = client.post(sign_off_url(answer), {"next": "/admin/"})
        said = [str(message) for message in get_messages(response.wsgi_request)]
        assert said[-1].startswith("Er wacht nog een wijziging van dit antwoord op goedkeuring.")
        answer.refresh_from_db()
        assert answer.review_date == next_review(answer)

    def test_a_member_of_another_department_cannot_sign_off(self, client, other_member, answer):
        client.force_login(other_member)
        old_date = answer.review_date
        assert client.post(sign_off_url(answer)).status_code in (302, 403)
        answer.refresh_from_db()
        assert answer.review_date == old_date
        assert answer.reviewed_at is None

    def test_editors_do_not_sign_off_for_a_department(self, client, answer):
        client.force_login(editor())
        client.post(sign_off_url(answer))
        answer.refresh_from_db()
        assert answer.reviewed_at is None

    def test_an_unpublished_answer_cannot_be_signed_off(self, client, member, answer):
        answer.unpublish()
        client.force_login(member)
        client.post(sign_off_url(answer))
        answer.refresh_from_db()
        assert answer.reviewed_at is None

    def test_an_answer_of_an_inactive_department_cannot_be_signed_off(
        self, client, member, answer, burgerzaken
    ):
        burgerzaken.is_active = False
        burgerzaken.save()
        client.force_login(member)
        client.post(sign_off_url(answer))
        answer.refresh_from_db()
        assert answer.reviewed_at is None

    def test_signing_off_needs_a_post(self, client, member, answer):
        client.force_login(member)
        assert client.get(sign_off_url(answer)).status_code == 405

    def test_editor_shows_status_and_button_to_the_owner(self, client, member, answer):
        answer.review_date = datetime.date(2026, 3, 3)
        answer.save_revision().publish()
        client.force_login(member)
        html = client.get(edit_url(answer)).content.decode()
        assert sign_off_url(answer) in html  # the "Still correct" button
        assert "2026" in html and "maart" in html  # overdue since 3 March 2026

    def test_editor_hides_the_button_from_others(self, client, answer):
        client.force_login(editor())
        html = client.get(edit_url(answer)).content.decode()
        assert sign_off_url(answer) not in html

    def test_sign_off_appears_in_the_history(self, client, member, answer):
        client.force_login(member)
        client.post(sign_off_url(answer))
        history = client.get(reverse("wagtailadmin_pages:history", args=[answer.pk]))
        entry = PageLogEntry.objects.get(page=answer, action=SIGN_OFF_ACTION)
        assert entry.message in history.content.decode()


@pytest.mark.django_db
class TestBulkSignOff:
    def test_signs_off_the_selected_answers_the_user_may(
        self, client, member, answer, other_answer, index, burgerzaken
    ):
        from tests.kennisbank.factories import published_answer

        second = published_answer(index, burgerzaken, title="Wat kost een ID-kaart?")
        client.force_login(member)
        url = bulk_url("sign_off", answer, second, other_answer)
        confirm = client.get(url)
        assert confirm.status_code == 200
        assert [item["item"].pk for item in confirm.context["items"]] == [answer.pk, second.pk]
        assert [item["item"].pk for item in confirm.context["items_with_no_access"]] == [
            other_answer.pk
        ]
        assert client.post(url).status_code == 302
        for page in (answer, second):
            page.refresh_from_db()
            assert page.reviewed_by == member
        other_answer.refresh_from_db()
        assert other_answer.reviewed_at is None


@pytest.mark.django_db
def test_a_bulk_action_shows_in_the_history_of_every_answer(
    client, member, answer, index, burgerzaken
):
    from tests.kennisbank.factories import published_answer

    second = published_answer(index, burgerzaken, title="Wat kost een ID-kaart?")
    client.force_login(member)
    client.post(bulk_url("sign_off", answer, second))
    for page in (answer, second):
        history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
        entries = [entry.action for entry in history.context["object_list"]]
        assert SIGN_OFF_ACTION in entries


@pytest.mark.django_db
class TestReassign:
    def test_editors_move_answers_to_another_department(
        self, client, answer, other_answer, belastingen
    ):
        user = editor()
        client.force_login(user)
        url = bulk_url("reassign", answer)
        assert client.get(url).status_code == 200
        response = client.post(url, {"department": belastingen.pk})
        assert response.status_code == 302
        answer.refresh_from_db()
        assert answer.owner_department == belastingen
        entry = PageLogEntry.objects.get(page=answer, action=REASSIGN_ACTION)
        assert entry.user == user

    def test_members_cannot_move_their_answers_away(self, client, member, answer, belastingen):
        client.force_login(member)
        confirm = client.get(bulk_url("reassign", answer))
        assert confirm.context["items"] == []
        client.post(bulk_url("reassign", answer), {"department": belastingen.pk})
        answer.refresh_from_db()
        assert answer.owner_department.name == "Burgerzaken"

    def test_inactive_departments_are_no_choice(self, client, answer):
        closed = DepartmentFactory(name="Opgeheven afdeling", is_active=False)
        client.force_login(editor())
        client.post(bulk_url("reassign", answer), {"department": closed.pk})
        answer.refresh_from_db()
        assert answer.owner_department.name == "Burgerzaken"

    def test_editor_header_offers_reassign_to_editors_only(self, client, member, answer):
        client.force_login(editor())
        assert bulk_url("reassign", answer).split("&next")[0] in client.get(
            edit_url(answer)
        ).content.decode().replace("&amp;", "&")
        client.force_login(member)
        assert "answerpage/reassign" not in client.get(edit_url(answer)).content.decode()


@pytest.mark.django_db
class TestPastReviewDate:
    def test_a_review_date_changed_to_the_past_is_refused_and_nothing_is_saved(
        self, client, member, answer
    ):
        client.force_login(member)
        revisions = answer.revisions.count()
        response = client.post(edit_url(answer), edit_form(answer, review_date="31-01-2025"))
        assert response.status_code == 200
        assert "Kies een herzieningsdatum vanaf vandaag." in response.content.decode()
        assert answer.revisions.count() == revisions

    def test_a_new_answer_cannot_start_overdue(self, client, member, index, burgerzaken):
        client.force_login(member)
        response = client.post(
            add_url(index), answer_form(burgerzaken, review_date="01-02-2025", **PUBLISH)
        )
        assert response.status_code == 200
        assert "Kies een herzieningsdatum vanaf vandaag." in response.content.decode()
        assert not AnswerPage.objects.filter(title="Wat kost een paspoort?").exists()

    @pytest.mark.parametrize(
        ("button", "warning_text"),
        [
            # Saved: the live answer is overdue now, whatever the draft says.
            (
                {},
                "De herzieningsdatum van “Paspoort aanvragen” (31 januari 2025) ligt in het "
                "verleden. Het antwoord telt daarom als verlopen en de afdeling krijgt een "
                "herinnering.",
            ),
            # Submitted: the department's approval is its sign-off and moves the date on.
            (
                {"action-submit": "action-submit"},
                "De herzieningsdatum van “Paspoort aanvragen” (31 januari 2025) ligt in het "
                "verleden. Keurt de afdeling uw wijziging goed, dan telt dat als aftekenen en "
                "schuift de datum door.",
            ),
        ],
    )
    def test_an_overdue_answer_keeps_its_date_through_an_edit_with_a_true_warning(
        self, client, member, answer, button, warning_text
    ):
        answer.review_date = datetime.date(2025, 1, 31)
        answer.save_revision().publish()
        client.force_login(member)
        data = edit_form(answer, title="Paspoort aanvragen") | button
        response = client.post(edit_url(answer), data)
        assert response.status_code == 302
        [warning] = [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
        assert str(warning) == warning_text

    def test_after_approving_the_moved_date_counts_not_the_page_the_editor_held(
        self, rf, member, answer
    ):
        # Approving in the editor publishes and signs off (the date moves on in the database);
        # the page the edit view then passes to after_edit_page still has the old date.
        answer.review_date = datetime.date(2025, 1, 31)
        answer.save_revision().publish()
        held_by_the_editor = AnswerPage.objects.get(pk=answer.pk)
        review.sign_off(answer, member)
        request = rf.post("/")
        request.session = {}
        request._messages = FallbackStorage(request)
        warn_about_past_review_date(request, held_by_the_editor)
        assert not list(get_messages(request))

    def test_the_review_date_reads_and_is_typed_the_dutch_way(self, client, member, answer):
        client.force_login(member)
        answer.review_date = datetime.date(2027, 1, 31)
        answer.save()
        html = client.get(edit_url(answer)).content.decode()
        assert 'value="31-01-2027"' in html
        client.post(edit_url(answer), edit_form(answer, review_date="28-02-2027"))
        answer.refresh_from_db()
        assert answer.get_latest_revision_as_object().review_date == datetime.date(2027, 2, 28)

    def test_a_future_review_date_gives_no_warning(self, client, member, answer):
        client.force_login(member)
        response = client.post(edit_url(answer), edit_form(answer))
        assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]

    def test_a_review_date_years_away_is_refused_and_nothing_is_saved(self, client, member, answer):
        client.force_login(member)
        revisions = answer.revisions.count()
        response = client.post(edit_url(answer), edit_form(answer, review_date="31-12-9999"))
        assert response.status_code == 200
        assert "Kies een herzieningsdatum tot en met" in response.content.decode()
        assert answer.revisions.count() == revisions
        # Five years is the longest a department may wait; that is still allowed.
        latest = review.latest_review_date()
        response = client.post(edit_url(answer), edit_form(answer, review_date=latest.isoformat()))
        assert response.status_code == 302


def test_the_english_admin_reads_the_dutch_dates_its_pickers_show():
    with translation.override("en"):
        assert forms.DateField().clean("28-02-2027") == datetime.date(2027, 2, 28)
        assert forms.DateTimeField().clean("28-02-2027 09:30").hour == 9
