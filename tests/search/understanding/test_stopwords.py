import pytest

from search.understanding.stopwords import FILLER_WORDS, content_tokens, is_filler


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hoe kan ik een paspoort aanvragen", ["paspoort", "aanvragen"]),
        ("wat kost een id kaart", ["kost", "id", "kaart"]),
        ("waar moet ik mijn grofvuil aanmelden", ["grofvuil", "aanmelden"]),
        ("ik wil graag mijn paspoort verlengen", ["paspoort", "verlengen"]),
        ("wat is de woz", ["woz"]),
        ("hoe kan ik mijn adreswijziging doorgeven", ["adreswijziging", "doorgeven"]),
        ("wanneer wordt het grofvuil opgehaald", ["grofvuil", "opgehaald"]),
    ],
)
def test_questions_keep_their_content_words(query, expected):
    assert content_tokens(query.split()) == expected


@pytest.mark.parametrize(
    "word",
    ["kost", "kosten", "kwijt", "aanvragen", "ophalen", "verlengen", "doorgeven", "melden"],
)
def test_content_words_are_not_filler(word):
    assert not is_filler(word)


@pytest.mark.parametrize("word", ["and", "or", "not", "near"])
def test_engine_operator_words_are_dropped(word):
    assert is_filler(word)


def test_accented_filler_is_recognised():
    assert is_filler("één")
    assert is_filler("hè")


def test_single_letters_go_single_digits_stay():
    assert is_filler("s")
    assert not is_filler("8")


def test_filler_list_is_folded_lowercase():
    assert all(word == word.lower() and word.isascii() for word in FILLER_WORDS)
