"""Meaning-based search through the one retrieval path, with the fake backend's "meanings"
(search/embeddings/fake.py maps e.g. "passport" and "reisdocument" onto "paspoort")."""

import time

import pytest

from search import embeddings
from search.chat.dialogue import Outcome, respond
from search.embeddings.store import embed_answers
from search.judgement import Evidence
from search.judgement import decide as _decide
from search.retrieval import Result, find_answers
from tests.kennisbank.factories import AnswerPageFactory


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def answers(index, settings):
    # The fake backend's similarities spread wider than the real model's.
    settings.SEARCH_SEMANTIC_FLOOR, settings.SEARCH_SEMANTIC_CEILING = 0.1, 0.3
    settings.SEARCH_SEMANTIC_WEIGHT = 0.6
    pages = {
        "passport": AnswerPageFactory(
            parent=index,
            title="Mijn paspoort is kwijt. Wat moet ik doen?",
            short_answer="Doe aangifte bij de gemeente.",
            body=paragraph("Doe aangifte bij de gemeente. Neem een pasfoto mee."),
        ),
        "waste": AnswerPageFactory(
            parent=index,
            title="Wanneer wordt het afval opgehaald?",
            short_answer="Kijk in de afvalkalender.",
            body=paragraph("Kijk in de afvalkalender welke bak aan de beurt is."),
        ),
    }
    embed_answers()
    return pages


@pytest.mark.django_db
class TestCrossLanguage:
    def test_an_english_question_finds_the_dutch_answer(self, answers):
        results = find_answers("passport lost").results
        assert results and results[0].page_id == answers["passport"].pk

    def test_meaning_finds_what_words_alone_miss(self, answers, settings):
        assert find_answers("garbage").results[0].page_id == answers["waste"].pk
        settings.SEARCH_SEMANTIC_WEIGHT = 0
        assert answers["waste"].pk not in [r.page_id for r in find_answers("garbage").results]

    def test_an_english_question_is_offered_when_meaning_is_not_clear(self, answers, settings):
        # "passport" shares a word with the answer through the spelling correction, and the
        # scores alone would answer it; in another language it is offered as an option.
        settings.CHAT_HYBRID_ANSWER_THRESHOLD = settings.CHAT_AGREEMENT_THRESHOLD = 0.01
        settings.CHAT_MEANING_ONLY_THRESHOLD = 0.01
        settings.CHAT_ACROSS_LANGUAGES_SIMILARITY = 0.99
        turn = respond("passport lost", {})
        assert turn.answer is None
        assert turn.outcome == Outcome.CLARIFIED
        assert turn.suggestions[0].page_id == answers["passport"].pk
        assert "Nederlands" in turn.reply
        assert respond("Ik ben mijn paspoort kwijt", {}).answer.page_id == answers["passport"].pk

    def test_an_english_question_clear_in_meaning_is_answered_in_dutch(self, answers, settings):
        response = find_answers("passport lost")
        assert response.semantic_best == answers["passport"].pk
        assert 0 < response.semantic_lead <= response.semantic_similarity
        # Close enough and far enough ahead of the waste answer: answered, and said so.
        settings.CHAT_ACROSS_LANGUAGES_SIMILARITY = response.semantic_similarity
        settings.CHAT_ACROSS_LANGUAGES_LEAD = response.semantic_lead
        turn = respond("passport lost", {})
        assert turn.outcome == Outcome.ANSWERED
        assert turn.answer.page_id == answers["passport"].pk
        assert turn.reply == "Het antwoord is in het Nederlands. Doe aangifte bij de gemeente."
        # A hair less ahead than asked for: options again.
        settings.CHAT_ACROSS_LANGUAGES_LEAD = response.semantic_lead + 0.001
        assert respond("passport lost", {}).answer is None

    def test_the_website_suggests_no_half_translated_spelling(self, answers, client):
        # The correction "passport" -> "paspoort" helps the search, but "Bedoelde u passport
        # lost" with one Dutch word in it helps no reader.
        assert find_answers("passport lost").corrected_query
        html = client.get("/zoeken/", {"q": "passport lost"}).content.decode()
        assert "Mijn paspoort is kwijt" in html
        assert "Bedoelde u" not in html

    def test_the_chatbot_offers_the_dutch_answer_and_says_it_is_in_dutch(self, answers):
        turn = respond("garbage", {})
        assert turn.outcome == Outcome.CLARIFIED
        assert turn.suggestions[0].page_id == answers["waste"].pk
        assert turn.answer is None
        assert "Nederlands" in turn.reply

    @pytest.mark.parametrize("nonsense", ["blablabla", "asdfghjkl qwerty"])
    def test_text_that_means_nothing_is_never_answered(self, answers, settings, nonsense):
        # The model puts any text near some answer. Meaning as clear as the thresholds ask
        # for makes an answer of a question in another language, not of typed gibberish.
        # (The fake model finds gibberish far from every answer; the real one does not.)
        settings.SEARCH_SEMANTIC_FLOOR = -1.0
        response = find_answers(nonsense)
        assert response.results
        assert response.semantic_best is not None and response.lexical_best is None
        settings.CHAT_ACROSS_LANGUAGES_SIMILARITY = response.semantic_similarity
        settings.CHAT_ACROSS_LANGUAGES_LEAD = response.semantic_lead
        settings.CHAT_MEANING_ONLY_THRESHOLD = 0.0
        turn = respond(nonsense, {})
        assert turn.answer is None
        # Offered at most, and without a note about Dutch answers for a question that was
        # not asked in another language.
        assert turn.outcome == Outcome.CLARIFIED
        assert "Nederlands" not in turn.reply


@pytest.mark.django_db
class TestModelMissing:
    def test_search_runs_on_words_when_the_model_cannot_load(self, answers, settings):
        settings.SEARCH_EMBEDDINGS_BACKEND = "sentence-transformers"
        settings.SEARCH_EMBEDDINGS_MODEL = "/nonexistent/model"
        response = find_answers("paspoort kwijt")
        assert response.results[0].page_id == answers["passport"].pk
        assert response.semantic_best is None

    @pytest.mark.parametrize(
        "failure, logged", [("crash", "Query not embedded"), ("hang", "not embedded in time")]
    )
    def test_a_model_that_fails_on_a_query_means_words_only(
        self, answers, monkeypatch, caplog, failure, logged
    ):
        # The query is embedded in a thread beside the word ranking: a model that crashes or
        # hangs there must reach the search as "no meaning", not as an error or a hang.
        monkeypatch.setattr("search.retrieval.EMBEDDING_TIMEOUT_SECONDS", 0.05)
        backend = embeddings.get_backend()
        real_embed = backend.embed

        def failing(texts, is_query):
            if failure == "crash":
                raise RuntimeError("model crashed")
            time.sleep(0.5)
            return real_embed(texts, is_query)

        monkeypatch.setattr(backend, "embed", failing)
        embeddings._cached_query_vector.cache_clear()
        response = find_answers("paspoort kwijt")
        assert response.results[0].page_id == answers["passport"].pk
        assert response.semantic_best is None
        assert logged in caplog.text

    def test_the_search_page_still_answers(self, answers, settings, client):
        settings.SEARCH_EMBEDDINGS_BACKEND = "sentence-transformers"
        settings.SEARCH_EMBEDDINGS_MODEL = "/nonexistent/model"
        assert client.get("/api/search/", {"q": "paspoort kwijt"}).status_code == 200


def _result(page_id, score):
    return Result(page_id, None, f"Vraag {page_id}", "/", "", score)


class TestDecision:
    def test_agreement_answers_from_the_lower_threshold(self, settings):
        settings.CHAT_AGREEMENT_THRESHOLD = 0.5
        settings.CHAT_HYBRID_ANSWER_THRESHOLD = 0.7
        results = [_result(1, 0.6), _result(2, 0.3)]
        assert _decide(results, Evidence(lexical_best=1, semantic_best=1)) == Outcome.ANSWERED

    def test_disagreement_asks_instead_of_answering(self, settings):
        settings.CHAT_HYBRID_ANSWER_THRESHOLD = 0.7
        settings.CHAT_HYBRID_CLARIFY_THRESHOLD = 0.5
        results = [_result(1, 0.95), _result(2, 0.3)]
        assert _decide(results, Evidence(lexical_best=1, semantic_best=2)) == Outcome.CLARIFIED

    def test_the_same_scores_are_answered_when_both_agree(self, settings):
        settings.CHAT_HYBRID_ANSWER_THRESHOLD = 0.7
        results = [_result(1, 0.95), _result(2, 0.3)]
        assert _decide(results, Evidence(lexical_best=1, semantic_best=1)) == Outcome.ANSWERED

    def test_a_tie_in_meaning_with_the_words_choice_counts_as_agreement(self, settings):
        settings.CHAT_HYBRID_ANSWER_THRESHOLD = 0.7
        results = [_result(1, 0.95), _result(2, 0.3)]
        tied = Evidence(lexical_best=1, semantic_best=2, semantic_near_best=frozenset({1, 2}))
        assert _decide(results, tied) == Outcome.ANSWERED

    def test_a_tie_in_meaning_answers_only_from_the_higher_threshold(self, settings):
        settings.CHAT_AGREEMENT_THRESHOLD = 0.5
        settings.CHAT_NEAR_AGREEMENT_THRESHOLD = 0.6
        settings.CHAT_HYBRID_ANSWER_THRESHOLD = 0.7
        settings.CHAT_HYBRID_CLARIFY_THRESHOLD = 0.5
        tied = Evidence(lexical_best=1, semantic_best=2, semantic_near_best=frozenset({1, 2}))
        # Meaning ties the words' choice with its own first: weaker than full agreement.
        assert _decide([_result(1, 0.55), _result(2, 0.3)], tied) == Outcome.CLARIFIED
        assert _decide([_result(1, 0.65), _result(2, 0.3)], tied) == Outcome.ANSWERED
        agreed = Evidence(lexical_best=1, semantic_best=1)
        assert _decide([_result(1, 0.55), _result(2, 0.3)], agreed) == Outcome.ANSWERED

    def test_another_language_gets_options_even_when_both_agree(self, settings):
        settings.CHAT_MEANING_ONLY_THRESHOLD = 0.4
        results = [_result(1, 0.95), _result(2, 0.3)]
        foreign = Evidence(lexical_best=1, semantic_best=1, foreign=True)
        assert _decide(results, foreign) == Outcome.CLARIFIED
        assert _decide([_result(1, 0.3)], foreign) == Outcome.HANDED_OVER

    def test_another_language_is_answered_when_meaning_alone_is_clear(self, settings):
        settings.CHAT_ACROSS_LANGUAGES_SIMILARITY = 0.8
        settings.CHAT_ACROSS_LANGUAGES_LEAD = 0.02
        results = [_result(1, 0.5), _result(2, 0.3)]

        def foreign(similarity, lead, best=1):
            return Evidence(
                lexical_best=None,
                semantic_best=best,
                foreign=True,
                semantic_similarity=similarity,
                semantic_lead=lead,
            )

        assert _decide(results, foreign(0.86, 0.03)) == Outcome.ANSWERED
        # Ahead by less: the model cannot tell the two apart, so options.
        assert _decide(results, foreign(0.86, 0.01)) == Outcome.CLARIFIED
        # Far from the question, however far ahead.
        assert _decide(results, foreign(0.78, 0.05)) == Outcome.CLARIFIED
        # Meaning names another answer than the one on top.
        assert _decide(results, foreign(0.86, 0.03, best=2)) == Outcome.CLARIFIED

    def test_weak_disagreement_is_handed_over(self, settings):
        settings.CHAT_HYBRID_CLARIFY_THRESHOLD = 0.5
        results = [_result(1, 0.4)]
        assert _decide(results, Evidence(lexical_best=1, semantic_best=2)) == Outcome.HANDED_OVER


@pytest.mark.django_db
class TestQuestionVectors:
    """An answer's own questions, each embedded as a question, beside its passage vector."""

    @pytest.fixture
    def waste_answers(self, index, settings, real_model):
        settings.SEARCH_SEMANTIC_WEIGHT = 0.6
        pages = {}
        for key, title, questions, short_answer in [
            (
                "bulky",
                "Hoe laat ik grofvuil ophalen?",
                ["Oude bank weg laten halen", "Kast en matras ophalen"],
                "Maak online een afspraak. De gemeente haalt het grofvuil bij u thuis op.",
            ),
            (
                "container",
                "Mijn container is kapot of kwijt. Wat nu?",
                ["Kliko kapot", "Wiel van de container is eraf"],
                "Meld het online. U krijgt binnen twee weken een nieuwe container.",
            ),
        ]:
            page = AnswerPageFactory(parent=index, title=title, short_answer=short_answer)
            for question in questions:
                page.alternative_questions.create(question=question)
            page.save_revision().publish()
            pages[key] = page
        embed_answers()
        return pages

    def test_a_paraphrase_of_one_question_finds_that_answer(self, waste_answers, settings):
        question = "mijn kapotte bank moet weg"
        # The passage mixes all of an answer's questions: "kapot" pulls towards the container.
        settings.SEARCH_QUESTION_WEIGHT = 0.0
        assert find_answers(question).semantic_best == waste_answers["container"].pk
        # "Oude bank weg laten halen" on its own says what is asked.
        settings.SEARCH_QUESTION_WEIGHT = 0.5
        assert find_answers(question).semantic_best == waste_answers["bulky"].pk

    def test_an_answer_embedded_before_question_vectors_keeps_its_passage(
        self, waste_answers, settings
    ):
        # Until search_reindex has run after an upgrade, some rows have no question vectors.
        from django.utils import timezone

        from search.index import get_index
        from search.models import AnswerEmbedding

        AnswerEmbedding.objects.filter(page=waste_answers["container"]).update(
            question_vectors=b"", updated_at=timezone.now()
        )
        get_index().ensure_fresh(force=True)
        settings.SEARCH_QUESTION_WEIGHT = 0.5
        response = find_answers("mijn kapotte bank moet weg")
        assert response.semantic_best == waste_answers["bulky"].pk
        assert waste_answers["container"].pk in [result.page_id for result in response.results]
        assert find_answers("kliko kapot").results[0].page_id == waste_answers["container"].pk


@pytest.mark.django_db
class TestExactHeading:
    @pytest.fixture
    def close_in_meaning(self, index, settings):
        settings.SEARCH_SEMANTIC_FLOOR, settings.SEARCH_SEMANTIC_CEILING = 0.1, 0.3
        settings.SEARCH_SEMANTIC_WEIGHT = 0.6
        # Close in meaning to "Afval buiten zetten" ("vuilnis" means "afval" to the fake model).
        return AnswerPageFactory(
            parent=index,
            title="Wanneer moet de vuilnis buiten staan?",
            body=paragraph("Zet de bak voor half acht aan de straat."),
        )

    def with_heading(self, index, title):
        # The heading deep in a long answer about containers: not in what is embedded.
        return AnswerPageFactory(
            parent=index,
            title=title,
            body=[
                *paragraph("Elk huis heeft een grijze en een groene bak. " * 20),
                {"type": "heading", "value": "Afval buiten zetten"},
                *paragraph("Zet de bak voor half acht aan de straat."),
            ],
        )

    def test_a_section_heading_typed_word_for_word_is_not_outweighed_by_meaning(
        self, index, close_in_meaning
    ):
        with_heading = self.with_heading(index, "Hoe werkt de container?")
        embed_answers()
        assert find_answers("Afval buiten zetten").results[0].page_id == with_heading.pk

    def test_a_heading_several_answers_share_names_none_of_them(self, index, close_in_meaning):
        self.with_heading(index, "Hoe werkt de container?")
        self.with_heading(index, "Welke bak is wanneer aan de beurt?")
        embed_answers()
        assert find_answers("Afval buiten zetten").results[0].page_id == close_in_meaning.pk

    def test_a_heading_removed_from_the_answer_no_longer_counts(self, index):
        from search.index import get_index

        page = AnswerPageFactory(
            parent=index,
            title="Hoe werkt de container?",
            body=[{"type": "heading", "value": "Afval buiten zetten"}],
        )
        assert get_index().headings["afval buiten zetten"] == {page.pk}
        page.body = paragraph("Zet de bak voor half acht aan de straat.")
        page.save_revision().publish()
        get_index().ensure_fresh(force=True)
        assert "afval buiten zetten" not in get_index().headings


class TestMeaningFirstOverBodyWords:
    """Words matching only an uncurated answer's body lose the first place to meaning."""

    @staticmethod
    def documents(curated):
        from types import SimpleNamespace

        questions = ["wanneer halen jullie"] if curated else []
        return {
            page_id: SimpleNamespace(tokens={"questions": questions if page_id == 1 else []})
            for page_id in (1, 2, 3)
        }

    def reorder(self, curated=False, near_best=frozenset(), promoted=False, headed=()):
        from search.retrieval import _meaning_first_over_body_words

        results = [_result(1, 0.7), _result(2, 0.6), _result(3, 0.5)]
        if promoted:
            results[0] = Result(1, None, "Vraag 1", "/", "", 1.0, promoted=True)
        reordered = _meaning_first_over_body_words(
            results, 1, 3, near_best, self.documents(curated), headed
        )
        return [(result.page_id, result.score) for result in reordered]

    def test_meaning_goes_first_and_the_scores_keep_their_order(self):
        assert self.reorder() == [(3, 0.7), (1, 0.6), (2, 0.5)]

    @pytest.mark.parametrize(
        "case",
        [
            {"curated": True},  # matched what citizens ask: the words stay first
            {"near_best": frozenset({1})},  # meaning comes near it too: no disagreement
            {"promoted": True},  # what the editors promoted stays first
            {"headed": {1}},  # typed as its section heading: the editor's own words
        ],
    )
    def test_otherwise_the_order_stays(self, case):
        assert self.reorder(**case)[0][0] == 1
