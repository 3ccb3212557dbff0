"""The website judges a search as the chatbot does: a good answer, options, or nothing good."""

import pytest

from search.chat.dialogue import respond
from search.models import Channel, Outcome, SearchEvent
from search.retrieval import Result
from tests.kennisbank.factories import AnswerPageFactory, agent


@pytest.fixture
def answers(index, contact_settings):
    for title, short_answer in [
        ("Hoe vraag ik een paspoort aan?", "U vraagt een paspoort aan bij de balie."),
        ("Wat kost een paspoort?", "Een paspoort kost € 86,50."),
        ("Ik woon in het buitenland. Waar vraag ik een paspoort aan?", "Bij de ambassade."),
        ("Hoe vraag ik een paspoort aan voor mijn kind?", "Uw kind komt mee naar de balie."),
        ("Hoe meld ik een losliggende stoeptegel?", "Meld het via het formulier."),
        ("Wanneer wordt het grofvuil opgehaald?", "Op afspraak, op dinsdag."),
        ("Hoeveel hondenbelasting betaal ik?", "U betaalt € 120 per hond per jaar."),
    ]:
        AnswerPageFactory(parent=index, title=title, short_answer=short_answer)


@pytest.fixture
def nothing_is_good_enough(settings):
    """Thresholds no result reaches: what the website does with "nothing good", whatever the
    search backend scores (SQLite's and PostgreSQL's full-text engines rank differently)."""
    for name in (
        "CHAT_ANSWER_THRESHOLD",
        "CHAT_CLARIFY_THRESHOLD",
        "CHAT_HYBRID_ANSWER_THRESHOLD",
        "CHAT_HYBRID_CLARIFY_THRESHOLD",
        "CHAT_AGREEMENT_THRESHOLD",
        "CHAT_NEAR_AGREEMENT_THRESHOLD",
        "CHAT_MEANING_ONLY_THRESHOLD",
    ):
        setattr(settings, name, 1.1)


def search(client, query):
    return client.get("/zoeken/", {"q": query})


@pytest.mark.django_db
class TestWebsiteJudgement:
    def test_a_clear_question_gets_its_answer_first(self, client, answers):
        response = search(client, "hondenbelasting")
        assert response.context["verdict"] == Outcome.ANSWERED
        html = response.content.decode()
        assert "Bedoelt u een van deze?" not in html
        assert "We hebben geen goed antwoord" not in html
        assert response.context["results"][0].title == "Hoeveel hondenbelasting betaal ik?"

    def test_a_question_with_several_fitting_answers_asks_which_one(self, client, answers):
        response = search(client, "paspoort aanvragen")
        assert response.context["verdict"] == Outcome.CLARIFIED
        html = response.content.decode()
        assert "Bedoelt u een van deze?" in html
        assert len(response.context["options"]) == 3
        assert all("paspoort" in result.title for result in response.context["options"])

    def test_nothing_good_is_said_plainly_with_the_contact_channels(
        self, client, answers, nothing_is_good_enough
    ):
        response = search(client, "asbest melden")
        assert response.context["verdict"] == Outcome.HANDED_OVER
        html = response.content.decode()
        assert "We hebben geen goed antwoord op uw vraag." in html
        assert "14 0123" in html  # the phone channel of the contact settings
        assert 'href="/digitale-assistent/"' in html
        # The weak match is not presented as an answer, only as a possibility; before the
        # channels, where a resident reads it before a screen of opening hours.
        assert "Misschien zoekt u" in html
        assert html.index("Misschien zoekt u") < html.index("14 0123")
        assert "antwoorden gevonden" not in html

    def test_answers_near_by_meaning_alone_are_no_suggestions_for_nonsense(
        self, client, answers, monkeypatch
    ):
        """Meaning finds a nearest answer for any text ("xyzzy"); with not one word in common
        and nothing close, the page offers the top tasks and a person, not that answer."""
        from search import judgement
        from toptaken import views

        nearest = Result(1, None, "Mijn container is niet geleegd", "/vragen/container/", "", 0.3)
        from search.retrieval import SearchResponse
        from search.understanding import understand

        meaning_only = judgement.Judgement(
            judgement.Verdict.NOTHING,
            [nearest],
            judgement.Evidence(semantic_best=1),
            SearchResponse(query="xyzzy", understood=understand("xyzzy")),
        )
        monkeypatch.setattr(views, "judge", lambda *args, **kwargs: meaning_only)
        html = search(client, "xyzzy").content.decode()
        assert "Misschien zoekt u" not in html
        assert "Mijn container is niet geleegd" not in html
        assert "We hebben geen goed antwoord op uw vraag." in html
        # Counted as what the resident saw: nothing (it was "with results" in "Slecht
        # beantwoord", the bin answer its top result).
        event = SearchEvent.objects.get(channel=Channel.WEBSITE)
        assert (event.outcome, event.result_count, event.result_ids) == (Outcome.NO_RESULTS, 0, [])

    @pytest.mark.parametrize(
        ("evidence", "verdict", "listed"),
        [
            # Meaning alone, nothing close: noise.
            ({"semantic_best": 1}, "handed_over", False),
            # A question in another language cannot match a word: keep what meaning found.
            ({"semantic_best": 1, "foreign": True}, "handed_over", True),
            # A word matched: the weak results are real possibilities.
            ({"semantic_best": 1, "lexical_best": 2}, "handed_over", True),
            # Close enough by meaning to ask "Bedoelt u ...?".
            ({"semantic_best": 1}, "clarified", True),
        ],
    )
    def test_which_results_are_worth_listing(self, evidence, verdict, listed):
        from search import judgement

        found = [Result(1, None, "Een antwoord", "/vragen/een/", "", 0.3)]
        judged = judgement.Judgement(verdict, found, judgement.Evidence(**evidence))
        assert bool(judged.listed) is listed

    def test_nothing_good_is_counted_as_missing_content(
        self, client, answers, nothing_is_good_enough
    ):
        search(client, "asbest melden")
        event = SearchEvent.objects.get(channel=Channel.WEBSITE)
        assert event.outcome == Outcome.HANDED_OVER
        assert event.outcome in Outcome.unanswered()

    @pytest.mark.parametrize("query", ["wat kost een zwemabonnement", "zwemabonnement kosten"])
    def test_an_aspect_of_something_no_answer_knows_is_missing_content(
        self, client, answers, query
    ):
        """Only "kost" was known, and it found the passport's price: "openingstijden
        zwembad" was answered with the town hall's opening hours and never reported."""
        response = search(client, query)
        assert response.context["verdict"] == Outcome.HANDED_OVER
        assert SearchEvent.objects.get(channel=Channel.WEBSITE).outcome in Outcome.unanswered()
        assert respond(query, {}).answer is None

    def test_an_aspect_of_a_known_subject_is_answered(self, client, answers):
        assert search(client, "wat kost een paspoort").context["verdict"] == Outcome.ANSWERED

    def test_a_promotion_for_the_query_is_kept(self, client, answers):
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        from kennisbank.models import AnswerPage

        price = AnswerPage.objects.get(title="Wat kost een paspoort?")
        query = Query.get("wat kost een zwemabonnement")
        SearchPromotion.objects.create(query=query, page=price, sort_order=0)
        response = search(client, "wat kost een zwemabonnement")
        # One promoted answer is the answer, on every channel (it was "Bedoelt u deze vraag?").
        assert response.context["verdict"] == Outcome.ANSWERED
        assert respond("wat kost een zwemabonnement", {}).answer.page_id == price.pk

    def test_an_answered_search_is_not_missing_content(self, client, answers):
        search(client, "hondenbelasting")
        assert SearchEvent.objects.get(channel=Channel.WEBSITE).outcome == Outcome.ANSWERED

    @pytest.mark.parametrize(
        "query",
        [
            "paspoort aanvragen",
            "hondenbelasting",
            "asbest melden",
            "grofvuil",
            "wat kost een paspoort",
        ],
    )
    def test_the_same_question_gets_the_same_judgement_on_every_channel(
        self, client, answers, query
    ):
        website = search(client, query).context["verdict"]
        chat = respond(query, {}).outcome
        api = client.get("/api/search/", {"q": query}).json()["judgement"]
        client.force_login(agent())
        workbench = client.get("/werkplek/", {"q": query}).context["found"].verdict
        assert website == chat == api == workbench
