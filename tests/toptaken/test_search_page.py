import pytest

from tests.kennisbank.factories import AnswerPageFactory
from tests.toptaken.factories import TopTaskPageFactory


@pytest.fixture
def site(home, index, contact_settings):
    TopTaskPageFactory(parent=home, title="Afval en grofvuil")
    for number in range(12):
        AnswerPageFactory(
            parent=index, title=f"Vraag {number} over parkeren?", short_answer=f"Antwoord {number}."
        )
    AnswerPageFactory(
        parent=index, title="Hoe vraag ik een paspoort aan?", short_answer="Bij de balie."
    )


@pytest.mark.django_db
class TestSearchPage:
    def test_results_show_question_and_short_answer(self, client, site):
        html = client.get("/zoeken/", {"q": "paspoort"}).content.decode()
        assert "Hoe vraag ik een paspoort aan?" in html
        assert "Bij de balie." in html

    def test_did_you_mean(self, client, site):
        html = client.get("/zoeken/", {"q": "paspoord"}).content.decode()
        assert "Bedoelde u" in html
        assert "?q=paspoort" in html

    def test_zero_results_offer_top_tasks_and_contact(self, client, site):
        html = client.get("/zoeken/", {"q": "ijsbaan"}).content.decode()
        assert "We hebben geen goed antwoord op uw vraag." in html
        assert "Afval en grofvuil" in html
        assert "14 0123" in html

    @pytest.mark.parametrize("typed", ["", "   "])
    def test_an_empty_search_says_what_to_do(self, client, site, typed):
        """It showed the search box again and nothing else."""
        html = client.get("/zoeken/", {"q": typed}).content.decode()
        assert "Typ uw vraag in het zoekveld" in html
        assert "Typ uw vraag in het zoekveld" not in client.get("/zoeken/").content.decode()

    def test_pagination(self, client, site):
        first = client.get("/zoeken/", {"q": "parkeren"}).content.decode()
        assert "Pagina 1 van 2" in first
        second = client.get("/zoeken/", {"q": "parkeren", "pagina": "2"})
        assert second.status_code == 200
        assert client.get("/zoeken/", {"q": "parkeren", "pagina": "99"}).status_code == 200

    def test_answers_that_share_only_a_common_word_are_not_counted_as_found(
        self, client, site, index
    ):
        AnswerPageFactory(
            parent=index,
            title="Hoe vraag ik een parkeervergunning aan?",
            short_answer="Online, met DigiD.",
        )
        response = client.get("/zoeken/", {"q": "paspoort aanvragen"})
        found = [result.title for result in response.context["results"]]
        assert found[0] == "Hoe vraag ik een paspoort aan?"
        # "aanvragen" alone is no reason to list the parking permit.
        assert "Hoe vraag ik een parkeervergunning aan?" not in found
        assert "1 antwoord gevonden" in response.content.decode()

    def test_query_is_escaped(self, client, site):
        html = client.get("/zoeken/", {"q": "<script>alert(1)</script>"}).content.decode()
        assert "<script>alert(1)</script>" not in html

    def test_works_without_javascript(self, client, site):
        html = client.get("/zoeken/").content.decode()
        assert '<form class="site-search" role="search" action="/zoeken/" method="get">' in html
