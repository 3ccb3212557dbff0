import pytest

from search.index import QuestionIndex
from search.ranking import LIGHT_VERB_FACTOR, query_words
from search.understanding import understand


def test_a_light_verb_counts_for_less_than_what_is_asked_about():
    # "zetten" says how, not what: "een bord op de stoep zetten" is about the sign.
    words = {
        word.word: word.weight
        for word in query_words(understand("bord op de stoep zetten"), QuestionIndex())
    }
    assert words["zetten"] == pytest.approx(LIGHT_VERB_FACTOR * words["bord"])
    assert words["stoep"] == words["bord"]
