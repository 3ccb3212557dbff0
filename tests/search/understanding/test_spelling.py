import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.understanding import Vocabulary, understand
from search.understanding.spelling import DeletionIndex, damerau_levenshtein, max_edits, suggest

VOCABULARY = Vocabulary(
    {
        "paspoort": 900,
        "paspoorten": 200,
        "verhuizing": 300,
        "verhuizen": 250,
        "parkeervergunning": 150,
        "vergunning": 400,
        "afvalkalender": 80,
        "kaart": 500,
        "kaars": 5,
        "ik": 10_000,
        "in": 12_000,
        "mijn": 3_000,
        "kwijt": 90,
        "identiteitskaart": 120,
    }
)


@pytest.mark.parametrize(
    ("first", "second", "distance"),
    [
        ("paspoord", "paspoort", 1),
        ("papsoort", "paspoort", 1),  # adjacent swap counts once
        ("verhuising", "verhuizing", 1),
        ("parkeervergunig", "parkeervergunning", 2),
        ("", "abc", 3),
        ("abc", "abc", 0),
        ("ca", "abc", 3),  # optimal string alignment: a swapped pair is not edited again
    ],
)
def test_damerau_levenshtein(first, second, distance):
    assert damerau_levenshtein(first, second) == distance
    assert damerau_levenshtein(second, first) == distance


@given(st.text(alphabet="abcde", max_size=8), st.text(alphabet="abcde", max_size=8))
def test_distance_is_symmetric_and_bounded(first, second):
    distance = damerau_levenshtein(first, second)

    assert distance == damerau_levenshtein(second, first)
    assert abs(len(first) - len(second)) <= distance <= max(len(first), len(second))


@pytest.mark.parametrize(
    ("word", "edits"),
    [("ik", 0), ("wmo", 0), ("kost", 1), ("paspoor", 1), ("paspoord", 2), ("2024", 0), ("a1b2", 0)],
)
def test_allowed_edits_depend_on_length(word, edits):
    assert max_edits(word) == edits


@pytest.mark.parametrize(
    ("typo", "correction"),
    [
        ("paspoord", "paspoort"),
        ("verhuising", "verhuizing"),
        ("parkeervergunnig", "parkeervergunning"),
        ("parkeervergunig", "parkeervergunning"),  # two missing letters in a long word
        ("identitietskaart", "identiteitskaart"),  # swapped letters
    ],
)
def test_corrects_typos(typo, correction):
    assert suggest(typo, VOCABULARY) == correction


@pytest.mark.parametrize(
    "word",
    [
        "ik",  # too short
        "ikk",  # too short
        "paspoort",  # known
        "paspoorten",  # known
        "afvalkalenders",  # inflection of a known word
        "2024",  # number
        "zwembad",  # nothing close
        "pspoor",  # two edits, but only seven letters
    ],
)
def test_leaves_alone(word):
    assert suggest(word, VOCABULARY) is None


def test_prefers_the_most_frequent_of_equally_close_candidates():
    assert suggest("kaarp", VOCABULARY) == "kaart"


def test_prefers_the_closest_candidate_over_a_frequent_one():
    vocabulary = Vocabulary({"paspoort": 1, "paspoorten": 10_000})

    assert suggest("paspoord", vocabulary) == "paspoort"


def test_prefers_a_candidate_with_the_same_first_letter():
    vocabulary = Vocabulary({"zwaar": 5_000, "bezwaar": 50})

    assert suggest("bzwaar", vocabulary) == "bezwaar"


def test_a_prefixed_word_is_not_a_typo_of_the_bare_word():
    vocabulary = Vocabulary({"melden": 500})

    assert suggest("afmelden", vocabulary) is None


def test_max_distance_can_be_lowered():
    assert suggest("parkeervergunig", VOCABULARY, max_distance=1) is None


class TestDeletionIndex:
    index = DeletionIndex(["parkeervergunning", "paspoort", "ik"])

    @pytest.mark.parametrize(
        "typo",
        [
            "parkeervergunnning",  # extra letter
            "parkeervergunnig",  # missing letter
            "parkeervergunnimg",  # wrong letter
            "parkeervegrunning",  # swapped letters
            "parkkeervergunnning",  # two extra letters
            "parkeervergunig",  # two missing letters
            "parkeervergunnimgg",  # extra and wrong letter
        ],
    )
    def test_finds_candidates(self, typo):
        assert "parkeervergunning" in self.index.candidates(typo, 2)

    def test_words_shorter_than_three_letters_are_not_candidates(self):
        assert "ik" not in self.index.candidates("ikk", 1)


# "afvalbak" and "afvalzak" share deletions ("afvalak"): one goes, the other stays.
WORDS_BEFORE = ["paspoort", "parkeervergunning", "verhuizing", "afvalbak", "afvalzak"]
WORDS_AFTER = ["paspoort", "parkeervergunning", "afvalbak", "rijbewijzen", "afvalpas"]


@given(st.sampled_from(WORDS_BEFORE + WORDS_AFTER), st.integers(0, 12), st.sampled_from("aezk"))
def test_an_updated_index_finds_what_a_new_one_finds(word, position, letter):
    # Typos of every word that stayed, came or went: one wrong letter, one letter more.
    updated = DeletionIndex(WORDS_BEFORE)
    updated.update(
        added=set(WORDS_AFTER) - set(WORDS_BEFORE), removed=set(WORDS_BEFORE) - set(WORDS_AFTER)
    )
    fresh = DeletionIndex(WORDS_AFTER)
    position = min(position, len(word) - 1)
    for typo in (
        word[:position] + letter + word[position + 1 :],
        word[:position] + letter + word[position:],
    ):
        assert updated.candidates(typo, 1) == fresh.candidates(typo, 1)


def test_a_vocabulary_takes_over_and_updates_the_index_it_replaces(monkeypatch):
    before = Vocabulary({"paspoort": 5, "verhuizing": 3}, tokens=True)
    assert suggest("verhuising", before) == "verhuizing"  # builds the index
    built = []
    monkeypatch.setattr(
        "search.understanding.vocabulary.DeletionIndex", lambda words: built.append(words)
    )
    after = Vocabulary({"paspoort": 5, "afvalkalender": 2}, tokens=True, previous=before)
    assert suggest("afvalkalnder", after) == "afvalkalender"  # a word just published
    assert suggest("verhuising", after) is None  # a word no longer in any answer
    assert built == []  # brought up to date, not built again


def test_understand_reports_the_corrected_query():
    result = understand("hoe kan ik mijn paspoord verlengen", VOCABULARY)

    assert result.words == ("paspoort", "verlengen")
    assert result.corrected == "hoe kan ik mijn paspoort verlengen"
    assert result.corrections == (("paspoord", "paspoort"),)


def test_expanded_text_keeps_the_typed_word_as_a_hedge():
    result = understand("paspoord", VOCABULARY)

    assert result.search_text() == "paspoort"
    assert result.expanded_text() == "paspoort paspoord"


def test_a_repeated_typo_is_corrected_everywhere():
    result = understand("paspoord paspoord", VOCABULARY)

    assert result.words == ("paspoort",)
    assert result.corrected == "paspoort paspoort"
    assert result.corrections == (("paspoord", "paspoort"),)


def test_understand_without_typos_has_no_corrected_query():
    result = understand("paspoort kwijt", VOCABULARY)

    assert result.corrected is None
    assert result.corrections == ()


def test_a_typo_that_turns_out_to_be_filler_is_dropped():
    vocabulary = Vocabulary({"mijn": 100, "paspoort": 10})

    result = understand("mijm paspoort", vocabulary)

    assert result.words == ("paspoort",)
    assert result.corrected == "mijn paspoort"


def test_synonym_words_are_never_corrected():
    vocabulary = Vocabulary({"klik": 100})

    assert understand("kliko", vocabulary, [["kliko", "minicontainer"]]).words == ("kliko",)
    assert understand("kliko", vocabulary).words == ("klik",)


@pytest.mark.parametrize("word", ["zoon", "heel", "vrienden", "tegels", "stad"])
def test_everyday_dutch_words_are_not_typos(word):
    # "Onze zoon" is not "onze woon", even though no answer uses "zoon".
    vocabulary = Vocabulary({"woon": 50, "heet": 20, "vinden": 40, "regels": 30, "stam": 5})
    assert suggest(word, vocabulary) is None


def test_rare_misspellings_are_still_corrected():
    assert suggest("paspoot", VOCABULARY) == "paspoort"
    assert suggest("verhuising", VOCABULARY) == "verhuizing"
