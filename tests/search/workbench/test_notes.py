"""Internal notes (search/workbench/notes.py, lookup.py): agents find answers by their work
instruction in the workbench, and no public channel ever shows or searches it."""

import json

import pytest

from django.urls import reverse

from search.workbench.lookup import search_answers
from tests.kennisbank.factories import published_answer
from tests.search.factories import SynonymGroupFactory
from tests.search.workbench.conftest import NOTE


def titles(found):
    return [hit.title for hit in found.hits]


@pytest.mark.django_db
class TestFindingByNotes:
    def test_an_answer_is_found_by_a_word_only_its_notes_hold(self, passport, dog_tax):
        found = search_answers("fotomatrix")
        assert titles(found) == ["Hoe vraag ik een paspoort aan?"]
        [hit] = found.hits
        assert hit.notes_match
        assert "fotomatrix" in hit.notes_excerpt

    def test_the_same_query_understanding_as_the_website(self, passport, dog_tax):
        # Typo corrected against the answers' vocabulary, stems and filler words as always.
        assert titles(search_answers("hoe zit het met de kwijtscheldingen")) == [
            "Hoeveel hondenbelasting betaal ik?"
        ]
        SynonymGroupFactory(phrases="klantportaal, belastingportaal")
        assert titles(search_answers("klantportaal")) == ["Hoeveel hondenbelasting betaal ik?"]

    def test_question_matches_keep_their_order_and_note_matches_are_marked(self, passport, dog_tax):
        found = search_answers("paspoort spoedbalie")
        assert titles(found)[0] == "Hoe vraag ik een paspoort aan?"
        assert found.hits[0].notes_match
        # "Stadhuis" is in the short answer, not in the notes.
        [hit] = search_answers("paspoort stadhuis").hits
        assert hit.title == "Hoe vraag ik een paspoort aan?"
        assert not hit.notes_match

    def test_a_note_that_holds_too_little_of_the_query_is_left_out(self, passport, dog_tax):
        # "zaaksysteem" is in the dog tax notes, "fotomatrix" in the passport's: neither note
        # covers enough of the query on its own to stand for an answer.
        assert "Hoeveel hondenbelasting betaal ik?" not in titles(
            search_answers("zaaksysteem fotomatrix spoedbalie")
        )

    def test_notes_edited_and_published_are_found_at_once(self, passport):
        assert search_answers("reisdocumentenregister").hits == []
        passport.internal_notes = "<p>Kijk in het reisdocumentenregister.</p>"
        passport.save_revision().publish()
        assert titles(search_answers("reisdocumentenregister")) == [passport.title]

    def test_unpublished_answers_are_not_found_by_their_notes(self, passport):
        assert search_answers("fotomatrix").hits
        passport.unpublish()
        assert search_answers("fotomatrix").hits == []

    def test_review_state_and_department_come_with_every_hit(self, index, burgerzaken):
        import datetime

        published_answer(
            index,
            burgerzaken,
            title="Rijbewijs verlengen",
            review_date=datetime.date.today() - datetime.timedelta(days=3),
        )
        [hit] = search_answers("rijbewijs").hits
        assert hit.department == "Burgerzaken"
        assert hit.overdue
        assert "verlopen" in hit.review_status


@pytest.mark.django_db
class TestNotesStayInternal:
    """Internal notes are for agents only: never on a public page or channel, and never a way
    to find an answer there either."""

    def test_not_on_the_public_answer_page(self, client, passport):
        response = client.get(passport.url)
        assert response.status_code == 200
        assert NOTE not in response.content.decode()
        assert "fotomatrix" not in response.content.decode()

    def test_not_on_the_website_search(self, client, passport):
        html = client.get("/zoeken/", {"q": "paspoort"}).content.decode()
        assert passport.title in html
        assert NOTE not in html
        assert passport.title not in client.get("/zoeken/", {"q": "fotomatrix"}).content.decode()

    def test_not_in_the_search_api(self, client, passport):
        response = client.get("/api/search/", {"q": "paspoort fotomatrix"})
        assert NOTE not in response.content.decode()
        assert "fotomatrix" not in json.dumps(response.json()["results"])
        only_in_notes = client.get("/api/search/", {"q": "fotomatrix"}).json()
        assert only_in_notes["results"] == []

    def test_not_in_the_chatbot(self, client, passport, contact_settings):
        for message in ["paspoort aanvragen", "fotomatrix", "spoedbalie paspoort"]:
            response = client.post(
                "/api/chat/", json.dumps({"message": message}), content_type="application/json"
            )
            assert response.status_code == 200
            body = response.content.decode()
            assert NOTE not in body
            assert "fotomatrix" not in body.replace(message, "")

    def test_in_the_workbench_for_agents(self, logged_in, passport):
        html = logged_in.get(reverse("workbench:answer", args=[passport.pk])).content.decode()
        assert NOTE in html
        live = logged_in.get(reverse("workbench:search"), {"q": "fotomatrix"}).json()
        assert passport.title in live["html"]
        assert "fotomatrix" in live["html"]
