import pytest

from search.understanding import Vocabulary
from search.understanding.compounds import compound_head, split_compound


@pytest.mark.parametrize(
    ("word", "vocabulary", "expected"),
    [
        ("afvalkalender", {"afval", "kalender"}, ("afval", "kalender")),
        ("gemeentebelastingen", {"gemeente", "belastingen"}, ("gemeente", "belastingen")),
        ("parkeervergunning", {"parkeer", "parkeren", "vergunning"}, ("parkeer", "vergunning")),
        # Linking morphemes: s, e, en.
        ("identiteitskaart", {"identiteit", "kaart"}, ("identiteit", "kaart")),
        ("hondehok", {"hond", "hok"}, ("hond", "hok")),
        ("hondenbelasting", {"hond", "belasting"}, ("hond", "belasting")),
        (
            "grofvuilophaaldienst",
            {"grof", "vuil", "ophaal", "dienst"},
            ("grof", "vuil", "ophaal", "dienst"),
        ),
    ],
)
def test_splits_into_known_parts(word, vocabulary, expected):
    assert split_compound(word, vocabulary) == expected


def test_verb_stem_comes_back_as_the_known_infinitive():
    assert split_compound("parkeervergunning", {"parkeren", "vergunning"}) == (
        "parkeren",
        "vergunning",
    )
    assert split_compound("verhuisbericht", {"verhuizen", "bericht"}) == ("verhuizen", "bericht")


def test_a_known_word_is_not_split_unless_asked():
    vocabulary = {"afval", "kalender", "afvalkalender"}

    assert split_compound("afvalkalender", vocabulary) == ("afvalkalender",)
    assert split_compound("afvalkalender", vocabulary, force=True) == ("afval", "kalender")


def test_fewest_parts_win():
    vocabulary = {"afval", "breng", "station", "brengstation"}

    assert split_compound("afvalbrengstation", vocabulary) == ("afval", "brengstation")


def test_longest_parts_win_among_equally_many():
    # "boeken" + "kast" beats "boek" + linking "en" + "kast".
    assert split_compound("boekenkast", {"boek", "boeken", "kast"}) == ("boeken", "kast")


@pytest.mark.parametrize(
    ("word", "vocabulary"),
    [
        ("afvalkalendr", {"afval", "kalender"}),  # unknown part
        ("idkaart", {"id", "kaart"}),  # part too short
        ("overlijden", {"over", "lijden"}),  # separable prefix, not a compound
        ("verhuisingsformulier", {"verhuis", "ing", "formulier"}),  # suffix, not a part
        ("afval2024", {"afval"}),  # digits
        ("a" * 60, {"aaa"}),  # too long to bother
        ("kalender", {"kalender"}),
    ],
)
def test_does_not_split(word, vocabulary):
    assert split_compound(word, vocabulary) == (word,)


def test_works_with_a_vocabulary_object():
    vocabulary = Vocabulary({"afval": 10, "kalender": 5})

    assert split_compound("afvalkalender", vocabulary) == ("afval", "kalender")


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("reclamebord", "bord"),  # neither part need be in the answers' vocabulary
        ("winkelpand", "pand"),
        ("stoeptegels", "tegels"),
        ("bovenburen", "buren"),
        ("verhuizing", None),  # "verhui" is no word: not "verhui" + "zing"
        ("kwijtschelding", None),
        ("bijstand", None),  # "bij" is a prefix, not a first part
        ("afval2024", None),
    ],
)
def test_the_head_of_a_compound_of_everyday_words(word, head):
    assert compound_head(word) == head
