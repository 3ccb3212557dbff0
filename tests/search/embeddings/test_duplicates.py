import pytest

from django.urls import reverse

from search.embeddings.store import embed_answers
from tests.kennisbank.factories import AnswerPageFactory


@pytest.fixture
def answers(index, settings):
    # The fake backend's similarities spread wider than the real model's.
    settings.SEARCH_SEMANTIC_FLOOR, settings.SEARCH_SEMANTIC_CEILING = 0.1, 0.3
    settings.SEARCH_SEMANTIC_WEIGHT = 0.6
    # Each with a short answer of its own: the meaning of an answer without alternative
    # questions includes it.
    pages = {
        "passport": AnswerPageFactory(
            parent=index,
            title="Mijn paspoort is kwijt. Wat nu?",
            short_answer="Is uw paspoort kwijt? Meld het verlies bij de balie.",
        ),
        "waste": AnswerPageFactory(
            parent=index,
            title="Wanneer wordt het afval opgehaald?",
            short_answer="Kijk in de afvalkalender.",
        ),
    }
    embed_answers()
    return pages


@pytest.mark.django_db
class TestDuplicateCheck:
    url = staticmethod(lambda: reverse("search_similar_answers"))

    def test_an_editor_sees_an_answer_that_means_the_same(self, admin_client, answers):
        response = admin_client.get(self.url(), {"q": "Ik heb mijn reisdocument verloren"})
        data = response.json()
        assert data["heading"] == "Bestaat dit antwoord al?"
        assert [answer["title"] for answer in data["answers"]][:1] == [answers["passport"].title]
        assert data["answers"][0]["url"].endswith(f"/pages/{answers['passport'].pk}/edit/")

    def test_another_departments_answer_links_to_the_website_not_the_editor(
        self, client, answers, index
    ):
        # Its editor said only "Sorry, u heeft geen toegang" to a member of another department.
        from tests.kennisbank.factories import DepartmentFactory, department_member

        client.force_login(department_member(DepartmentFactory(name="Wonen"), index))
        response = client.get(self.url(), {"q": "Ik heb mijn reisdocument verloren"})
        [first, *_rest] = response.json()["answers"]
        assert first["title"] == answers["passport"].title
        assert first["url"] == answers["passport"].url

    def test_the_answer_being_edited_is_not_its_own_duplicate(self, admin_client, answers):
        response = admin_client.get(
            self.url(), {"q": answers["passport"].title, "exclude": answers["passport"].pk}
        )
        data = response.json()
        assert answers["passport"].title not in [a["title"] for a in data["answers"]]
        # An existing answer is asked whether another one says the same, not whether it exists.
        assert data["heading"] == "Is er al een ander antwoord zoals dit?"

    def test_a_new_subject_shows_nothing(self, admin_client, answers):
        response = admin_client.get(self.url(), {"q": "Hoe vraag ik een hondenpenning aan?"})
        assert response.json()["answers"] == []

    @pytest.mark.parametrize("question", ["", "kort", "a\x00" * 300, "😀" * 50])
    def test_odd_input_is_no_error(self, admin_client, answers, question):
        response = admin_client.get(self.url(), {"q": question, "exclude": "x"})
        assert response.status_code == 200

    def test_citizens_cannot_use_it(self, client, answers):
        response = client.get(self.url(), {"q": "paspoort kwijt"})
        assert response.status_code in (302, 403)

    def test_the_answer_editor_loads_the_check(self, admin_client, answers):
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[answers["waste"].pk]))
        assert b"search/js/duplicate-check.js" in response.content
