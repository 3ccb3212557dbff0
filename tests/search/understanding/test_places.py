import pytest

from search.understanding import understand
from search.understanding.places import ABROAD, abroad_terms


@pytest.mark.parametrize(
    "word",
    ["spanje", "italië", "italie", "turkije", "amerika", "marokkaans", "marokkaanse", "poolse",
     "chinese", "portugese", "duitse"],
)  # fmt: skip
def test_another_country_or_nationality_is_abroad(word):
    assert abroad_terms([word]) == {word: ABROAD}


@pytest.mark.parametrize(
    "word", ["nederland", "nederlandse", "paspoort", "wit", "sint", "engels", "gemeente", "fine"]
)
def test_home_and_ordinary_words_are_not_abroad(word):
    assert not abroad_terms([word])


def test_a_country_by_name_is_searched_as_abroad_too():
    understood = understand("we verhuizen naar Spanje")
    assert "spanje" in understood.words
    assert "buitenland" in understood.expanded_text().split()


def test_a_question_about_home_is_not_searched_as_abroad():
    assert "buitenland" not in understand("verhuizen binnen Nederland").expanded_text().split()


def test_a_city_abroad_is_searched_as_abroad_too():
    assert "buitenland" in understand("wij zijn in Las Vegas getrouwd").expanded_text().split()


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("moet ik mijn marokkaanse paspoort inleveren", "nationaliteit"),
        ("ik heb alleen de Turkse nationaliteit", "nationaliteit"),
        ("mag ik rijden met een marokkaans rijbewijs", "buitenland"),
        ("ik ga met mijn Turkse vriendin op vakantie", "buitenland"),
    ],
)
def test_a_nationality_before_passport_is_the_residents_own_nationality(text, term):
    understood = understand(text)
    assert [broader for _word, broader in understood.broader] == [term]
