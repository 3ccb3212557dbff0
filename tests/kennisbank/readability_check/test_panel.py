"""The readability panel and its endpoint, and the readability check on publishing
(kennisbank/readability_check/panel.py, editor.py, views.py, publishing.py)."""

from html import unescape

import lxml.html
import pytest

from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from kennisbank.readability_check.analysis import ReadabilityLevel
from kennisbank.readability_check.views import MAX_REQUEST_BYTES
from tests.kennisbank.factories import AnswerPageFactory
from tests.kennisbank.readability_texts import (
    HARD_PARAGRAPH,
    HARD_SHORT_ANSWER,
    PLAIN_PARAGRAPH,
    PLAIN_SHORT_ANSWER,
    hard_body,
)

ENDPOINT = "/admin/kennisbank/readability/analyse/"


def editor_fields(short_answer, *paragraphs):
    """The fields of the answer editor that the panel sends, as the browser posts them."""
    return nested_form_data(
        {
            "short_answer": short_answer,
            "body": streamfield([("paragraph", rich_text(html)) for html in paragraphs]),
        }
    )


def answer_form(answer, short_answer, *paragraphs, **extra):
    """The whole edit form of `answer` with a new short and full answer."""
    return {
        **nested_form_data(
            {
                "title": answer.title,
                "slug": answer.slug,
                "internal_notes": rich_text(""),
                "owner_department": answer.owner_department.pk,
                "review_date": answer.review_date.isoformat(),
                "audience": answer.audience,
                "keywords": "",
                "alternative_questions": inline_formset([]),
                "related_answer_links": inline_formset([]),
                "upl_uri": "",
                "upl_label": "",
                "external_id": "",
            }
        ),
        **editor_fields(short_answer, *paragraphs),
        **extra,
    }


def edit_url(answer):
    return reverse("wagtailadmin_pages:edit", args=(answer.pk,))


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.django_db
class TestEndpointAccess:
    def test_the_endpoint_lives_in_the_admin(self):
        assert reverse("kennisbank:analyse_readability") == ENDPOINT

    def test_anonymous_visitors_are_sent_to_the_login(self, client):
        response = client.post(ENDPOINT, editor_fields(HARD_SHORT_ANSWER))
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))

    def test_anonymous_requests_from_the_panel_are_refused(self, client):
        response = client.post(
            ENDPOINT,
            editor_fields(HARD_SHORT_ANSWER),
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        assert response.status_code == 403

    def test_users_without_admin_access_are_refused(self, client, django_user_model):
        client.force_login(django_user_model.objects.create_user("inwoner", password="x"))
        response = client.post(
            ENDPOINT,
            editor_fields(HARD_SHORT_ANSWER),
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        assert response.status_code == 403

    def test_an_editor_without_other_permissions_may_check_text(self, client, django_user_model):
        user = django_user_model.objects.create_user("kcc", password="x")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(user)
        assert client.post(ENDPOINT, editor_fields(PLAIN_SHORT_ANSWER)).status_code == 200

    def test_posts_without_csrf_token_are_refused(self, admin_user):
        client = Client(enforce_csrf_checks=True)
        client.force_login(admin_user)
        assert client.post(ENDPOINT, editor_fields(HARD_SHORT_ANSWER)).status_code == 403

    def test_only_post_is_allowed(self, admin_client):
        assert admin_client.get(ENDPOINT).status_code == 405


@pytest.mark.django_db
class TestEndpointAnalysis:
    def test_returns_level_difficulty_and_findings_with_offsets(self, admin_client):
        response = admin_client.post(ENDPOINT, editor_fields(HARD_SHORT_ANSWER, PLAIN_PARAGRAPH))
        assert response.status_code == 200
        data = response.json()
        assert data["level"] == ReadabilityLevel.C1
        assert data["difficulty"] >= 35
        assert data["harder_than_b1"] is True
        short = data["parts"]["short_answer"]
        assert short["text"] == HARD_SHORT_ANSWER
        officialese = [f for f in short["findings"] if f["code"] == "officialese"]
        assert officialese[0]["excerpt"] == "Teneinde"
        assert officialese[0]["suggestion"] == "Om"
        for finding in short["findings"]:
            assert short["text"][finding["start"] : finding["end"]] == finding["excerpt"]

    def test_reads_the_full_answer_from_the_streamfield_form_data(self, admin_client):
        data = admin_client.post(ENDPOINT, editor_fields(PLAIN_SHORT_ANSWER, HARD_PARAGRAPH)).json()
        body = data["parts"]["body"]
        assert body["text"].startswith("Derhalve wordt u verzocht")
        assert "Derhalve" in {finding["excerpt"] for finding in body["findings"]}
        assert data["parts"]["short_answer"]["findings"] == []

    def test_panel_html_marks_the_problem_in_its_sentence(self, admin_client):
        html = admin_client.post(ENDPOINT, editor_fields(HARD_SHORT_ANSWER)).json()["html"]
        assert "<mark>Teneinde</mark> uw aanvraag in behandeling" in html
        assert "'Teneinde' is ambtelijke taal. Schrijf liever 'Om'." in unescape(html)

    def test_a_request_over_the_size_limit_is_refused_in_dutch(self, admin_client):
        response = admin_client.post(
            ENDPOINT, editor_fields("Tekst. " * (MAX_REQUEST_BYTES // 7 + 1))
        )
        assert response.status_code == 400
        assert "te lang" in response.json()["error"]

    def test_unreadable_streamfield_data_is_a_bad_request(self, admin_client):
        response = admin_client.post(ENDPOINT, {"short_answer": "Tekst.", "body-count": "twee"})
        assert response.status_code == 400
        assert response.json()["error"]


@pytest.mark.django_db
class TestPanelInTheEditor:
    def test_without_javascript_the_panel_shows_the_saved_analysis(self, admin_client, index):
        answer = AnswerPageFactory(parent=index, short_answer=HARD_SHORT_ANSWER, body=hard_body())
        html = admin_client.get(edit_url(answer)).content.decode()
        assert "data-kb-readability" in html
        assert "<mark>Teneinde</mark>" in html
        assert "<mark>Derhalve</mark>" in html
        assert "kennisbank/js/readability-panel.js" in html
        assert f'data-url="{ENDPOINT}"' in html

    def test_the_panel_opens_beside_the_text_as_a_side_panel(self, admin_client, index):
        answer = AnswerPageFactory(parent=index, short_answer=HARD_SHORT_ANSWER, body=hard_body())
        page = lxml.html.fromstring(admin_client.get(edit_url(answer)).content)

        [toggle] = page.xpath('//button[@data-side-panel-toggle="readability"]')
        assert toggle.get("aria-label") == "Leesbaarheid tonen of verbergen"
        count = int(toggle.xpath(".//*[@data-side-panel-toggle-counter]")[0].text_content())
        assert count == len(answer.readability().short_answer.findings) + len(
            answer.readability().body.findings
        )
        assert count > 0
        [side_panel] = page.xpath('//*[@data-side-panel="readability"]')
        assert side_panel.xpath(".//*[@data-kb-readability]//mark")
        # Outside the page form, the confirmation box still belongs to it.
        [form] = page.xpath("//form[@data-edit-form]")
        [box] = side_panel.xpath('.//input[@name="confirm-harder-than-b1"]')
        assert box.get("form") == form.get("id")
        assert page.xpath(f'//label[@for="{box.get("id")}"]')
        assert not form.xpath(".//*[@data-kb-readability]")

    def test_the_confirmation_is_only_offered_above_b1(self, admin_client, index):
        plain = AnswerPageFactory(parent=index, short_answer=PLAIN_SHORT_ANSWER)
        hard = AnswerPageFactory(parent=index, short_answer=HARD_SHORT_ANSWER, body=hard_body())
        for answer, hidden in ((plain, True), (hard, False)):
            page = lxml.html.fromstring(admin_client.get(edit_url(answer)).content)
            [box] = page.xpath("//*[@data-kb-readability-confirm]")
            assert (box.get("hidden") is not None) is hidden
        # While typing, the analysis tells the script whether to show it.
        data = admin_client.post(ENDPOINT, editor_fields(PLAIN_SHORT_ANSWER)).json()
        assert data["harder_than_b1"] is False

    def test_a_refused_publish_opens_the_panel(self, admin_client, index):
        answer = AnswerPageFactory(parent=index)
        data = answer_form(
            answer, HARD_SHORT_ANSWER, HARD_PARAGRAPH, **{"action-publish": "action-publish"}
        )
        response = admin_client.post(edit_url(answer), data)
        assert response.status_code == 200
        page = lxml.html.fromstring(response.content)
        [panel] = page.xpath("//*[@data-kb-readability]")
        assert panel.get("data-kb-readability-open") is not None
        assert "<mark>Teneinde</mark>" in lxml.html.tostring(panel, encoding="unicode")
        # Not "nog niet opgeslagen": the editor may have autosaved the text meanwhile.
        [status] = panel.xpath(".//*[@data-kb-readability-status]")
        assert status.text_content().strip() == "Analyse van de tekst zoals u die verstuurde."

    def test_a_saved_answer_opens_without_the_panel_forced_open(self, admin_client, index):
        answer = AnswerPageFactory(parent=index, short_answer=HARD_SHORT_ANSWER)
        page = lxml.html.fromstring(admin_client.get(edit_url(answer)).content)
        [panel] = page.xpath("//*[@data-kb-readability]")
        assert panel.get("data-kb-readability-open") is None

    def test_the_create_view_shows_an_empty_panel(self, admin_client, index):
        url = reverse("wagtailadmin_pages:add", args=("kennisbank", "answerpage", index.pk))
        response = admin_client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "data-kb-readability" in html and 'data-side-panel="readability"' in html

    def test_saving_a_draft_in_the_editor_stores_the_new_analysis(self, admin_client, index):
        answer = AnswerPageFactory(parent=index, live=False)
        assert answer.readability_level == ReadabilityLevel.B1
        response = admin_client.post(
            edit_url(answer), answer_form(answer, HARD_SHORT_ANSWER, HARD_PARAGRAPH)
        )
        assert response.status_code == 302
        answer.refresh_from_db()
        assert answer.readability_level == ReadabilityLevel.C1
        assert answer.get_latest_revision_as_object().readability_level == ReadabilityLevel.C1


@pytest.mark.django_db
class TestPublishing:
    def publish(self, client, answer, short_answer, paragraph, confirmed=True):
        data = answer_form(answer, short_answer, paragraph, **{"action-publish": "action-publish"})
        if confirmed:
            data["confirm-harder-than-b1"] = "1"
        return client.post(edit_url(answer), data)

    def test_publishing_above_b1_asks_for_confirmation_first_with_the_findings(
        self, admin_client, index
    ):
        answer = AnswerPageFactory(parent=index)
        response = self.publish(
            admin_client, answer, HARD_SHORT_ANSWER, HARD_PARAGRAPH, confirmed=False
        )
        assert response.status_code == 200
        form = response.context["form"]
        assert form["short_answer"].value() == HARD_SHORT_ANSWER
        message, *findings = form.non_field_errors()
        assert message.startswith("Nog niet gepubliceerd")
        # Each finding on its own line, as a quote and what to do about it.
        assert findings and all(finding.startswith("“") for finding in findings)
        assert not [finding for finding in findings if ".." in finding or ".;" in finding]
        assert "Toch publiceren, boven B1" in response.content.decode()
        answer.refresh_from_db()
        assert not answer.revisions.exists()
        assert answer.short_answer != HARD_SHORT_ANSWER

    def test_a_b1_answer_publishes_without_confirmation(self, admin_client, index):
        answer = AnswerPageFactory(parent=index)
        response = self.publish(
            admin_client, answer, PLAIN_SHORT_ANSWER, PLAIN_PARAGRAPH, confirmed=False
        )
        assert response.status_code == 302
        answer.refresh_from_db()
        assert answer.short_answer == PLAIN_SHORT_ANSWER

    def test_confirmed_publishing_above_b1_publishes_and_warns(self, admin_client, index):
        answer = AnswerPageFactory(parent=index)
        response = self.publish(admin_client, answer, HARD_SHORT_ANSWER, HARD_PARAGRAPH)
        answer.refresh_from_db()
        assert answer.live and answer.short_answer == HARD_SHORT_ANSWER
        warnings = [m for m in messages_of(response) if "niveau C1 of moeilijker" in m]
        assert len(warnings) == 1
        assert "is gepubliceerd" in warnings[0]

    def test_publishing_a_b1_answer_gives_no_warning(self, admin_client, index):
        answer = AnswerPageFactory(parent=index)
        response = self.publish(admin_client, answer, PLAIN_SHORT_ANSWER, PLAIN_PARAGRAPH)
        assert response.status_code == 302
        assert not [m for m in messages_of(response) if "niveau" in m]
