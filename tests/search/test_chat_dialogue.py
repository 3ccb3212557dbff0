import pytest

from search.chat.dialogue import FOCUS_BONUS, Outcome, respond
from tests.kennisbank.factories import AnswerPageFactory


@pytest.fixture
def licence_answers(index):
    return {
        "renew": AnswerPageFactory(
            parent=index,
            title="Hoe verleng ik mijn rijbewijs?",
            short_answer="U verlengt uw rijbewijs bij de gemeente.",
        ),
        "exchange": AnswerPageFactory(
            parent=index,
            title="Ik heb een buitenlands rijbewijs. Moet ik het omwisselen?",
            short_answer="Een rijbewijs uit een EU-land mag u houden.",
        ),
    }


@pytest.mark.django_db
class TestFocus:
    def test_a_vague_question_clarifies_with_the_most_focused_answer_first(self, licence_answers):
        turn = respond("Ik heb een vraag over mijn rijbewijs", {})
        assert turn.outcome == Outcome.CLARIFIED
        assert [result.title for result in turn.suggestions][0] == "Hoe verleng ik mijn rijbewijs?"

    def test_the_focus_bonus_never_beats_a_clearly_better_answer(self, licence_answers):
        turn = respond("Ik wil mijn buitenlands rijbewijs omwisselen", {})
        first = turn.answer or turn.suggestions[0]
        assert first.title.startswith("Ik heb een buitenlands rijbewijs")
        assert FOCUS_BONUS <= 0.05
