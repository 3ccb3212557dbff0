"""“Was dit antwoord nuttig?” under an answer on the website, without JavaScript or cookies."""

import re

import pytest

from search.models import FeedbackEvent
from tests.kennisbank.factories import AnswerPageFactory


@pytest.fixture
def answer(index):
    return AnswerPageFactory(parent=index, title="Hoe vraag ik een parkeervergunning aan?")


def follow(client, response):
    assert response.status_code == 302
    return client.get(response["Location"])


@pytest.mark.django_db
class TestAnswerFeedback:
    def test_yes_is_counted_and_thanked(self, client, answer):
        page = client.get(answer.url)
        assert "Was dit antwoord nuttig?" in page.content.decode()

        thanks = follow(client, client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "ja"}))

        assert "Bedankt voor uw reactie" in thanks.content.decode()
        feedback = FeedbackEvent.objects.get()
        assert (feedback.page_id, feedback.helpful, feedback.channel) == (
            answer.pk,
            True,
            "website",
        )
        assert not thanks.cookies

    def test_no_asks_what_was_wrong_and_keeps_the_reason(self, client, answer):
        question = follow(client, client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "nee"}))
        html = question.content.decode()
        assert "Wat kunnen we beter doen?" in html
        assert "Het is moeilijk te begrijpen" in html
        reference = re.search(r'name="f" value="([^"]+)"', html).group(1)

        thanks = follow(
            client,
            client.post(f"/zoeken/nuttig/{answer.pk}/", {"f": reference, "reden": "onduidelijk"}),
        )

        assert "Bedankt voor uw reactie" in thanks.content.decode()
        feedback = FeedbackEvent.objects.get()
        assert (feedback.helpful, feedback.reason) == (False, "onduidelijk")

    def test_a_forged_reference_or_reason_changes_nothing(self, client, answer):
        follow(client, client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "nee"}))
        client.post(f"/zoeken/nuttig/{answer.pk}/", {"f": "1:forged", "reden": "onjuist"})
        client.post(f"/zoeken/nuttig/{answer.pk}/", {"f": "", "reden": "<script>"})
        assert FeedbackEvent.objects.get().reason == ""

    def test_bad_votes_and_unknown_answers(self, client, answer):
        response = client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "misschien"})
        assert response.status_code == 302
        assert not FeedbackEvent.objects.exists()
        assert client.post("/zoeken/nuttig/999999/", {"nuttig": "ja"}).status_code == 404
        assert client.put(f"/zoeken/nuttig/{answer.pk}/").status_code == 405

    def test_opening_the_vote_address_shows_the_question_and_counts_nothing(self, client, answer):
        page = follow(client, client.get(f"/zoeken/nuttig/{answer.pk}/"))
        assert "Was dit antwoord nuttig?" in page.content.decode()
        assert not FeedbackEvent.objects.exists()

    def test_too_many_votes_from_one_address_are_not_counted(self, client, answer, settings):
        settings.API_RATE_LIMIT = 2
        others = [AnswerPageFactory(parent=answer.get_parent()) for _ in range(3)]
        for voted in others:
            client.post(f"/zoeken/nuttig/{voted.pk}/", {"nuttig": "ja"})
        assert FeedbackEvent.objects.count() == 2

    def test_the_same_vote_again_right_away_counts_once(self, client, answer):
        # A double click, or back and submit again: 30 posts were 30 votes.
        for _ in range(3):
            response = client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "ja"})
        assert FeedbackEvent.objects.count() == 1
        assert "bedankt" in follow(client, response).request["QUERY_STRING"]

    def test_no_clicked_twice_still_asks_what_was_wrong_with_the_first(self, client, answer):
        client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "nee"})
        again = follow(client, client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "nee"}))
        html = again.content.decode()
        assert "Wat kunnen we beter doen?" in html
        reference = re.search(r'name="f" value="([^"]+)"', html).group(1)
        client.post(f"/zoeken/nuttig/{answer.pk}/", {"f": reference, "reden": "onjuist"})
        feedback = FeedbackEvent.objects.get()
        assert (feedback.helpful, feedback.reason) == (False, "onjuist")

    def test_yes_then_no_within_the_minute_changes_the_vote_and_asks_why(self, client, answer):
        client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "ja"})
        question = follow(client, client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "nee"}))
        html = question.content.decode()
        assert "Wat kunnen we beter doen?" in html
        reference = re.search(r'name="f" value="([^"]+)"', html).group(1)
        client.post(f"/zoeken/nuttig/{answer.pk}/", {"f": reference, "reden": "onvolledig"})
        feedback = FeedbackEvent.objects.get()
        assert (feedback.helpful, feedback.reason) == (False, "onvolledig")
        # And back again: still one vote, now helpful, without the reason.
        client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "ja"})
        feedback = FeedbackEvent.objects.get()
        assert (feedback.helpful, feedback.reason) == (True, "")

    def test_a_vote_counts_for_the_search_the_citizen_came_from(self, client, answer):
        from search.models import SearchEvent

        results = client.get("/zoeken/", {"q": "parkeervergunning aanvragen"})
        token = results.context["event"]
        opened = client.get(f"/zoeken/naar/{answer.pk}/", {"positie": 1, "zoekactie": token})
        assert opened["Location"] == f"{answer.url}?zoekactie={token}"
        page = client.get(opened["Location"]).content.decode()
        assert f'name="zoekactie" value="{token}"' in page
        client.post(f"/zoeken/nuttig/{answer.pk}/", {"nuttig": "nee", "zoekactie": token})
        assert FeedbackEvent.objects.get().search == SearchEvent.objects.get()
