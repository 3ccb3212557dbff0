"""understand() end to end: citizens' queries, and input meant to break it."""

import dataclasses
import doctest
import importlib
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.synonyms_starter import STARTER_SYNONYMS
from search.understanding import MAX_QUERY_LENGTH, SynonymIndex, Vocabulary, normalise, understand

PAGES = [
    "Paspoort aanvragen. U vraagt een paspoort aan bij de gemeente. Een paspoort kost geld.",
    "Paspoort of ID-kaart kwijt of gestolen? Doe aangifte van vermissing.",
    "Verhuizing doorgeven. Geef uw verhuizing door binnen 5 dagen na de verhuizing.",
    "Uittreksel basisregistratie personen (BRP) aanvragen.",
    "Kwijtschelding afvalstoffenheffing en rioolheffing aanvragen.",
    "Identiteitskaart aanvragen. De kosten van een identiteitskaart staan hieronder.",
    "De afval ophalen: bekijk de kalender. Grofvuil ophalen laten.",
    "Parkeervergunning voor bewoners. Parkeren in de binnenstad met een vergunning.",
    "Gemeente belastingen betalen. Financiële hulp bij schulden.",
]
VOCABULARY = Vocabulary.from_texts(PAGES)
SYNONYMS = SynonymIndex(STARTER_SYNONYMS)


def assert_clean(text):
    """Only letters (any script, lowercase), decimal digits and single spaces."""
    assert text == text.strip()
    assert "  " not in text
    for char in text:
        category = unicodedata.category(char)
        assert char == " " or category.startswith("L") or category == "Nd", repr(char)
    # Lowercase in the sense of casefold + NFC; normalising again changes nothing.
    assert normalise(text, max_length=len(text)) == text


def assert_engine_safe(text):
    """Clean, and no word any engine reads as an operator."""
    assert_clean(text)
    assert not {"and", "or", "not", "near"} & set(text.split())


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("paspoort kwijt", ("paspoort", "kwijt")),
        ("uitreksel gba", ("uittreksel", "gba")),
        ("verhuising doorgeven", ("verhuizing", "doorgeven")),
        ("kwijtschelding afvalstoffenheffing", ("kwijtschelding", "afvalstoffenheffing")),
        ("wat kost een id kaart", ("kost", "id", "kaart")),
        ("hoe kan ik mijn adreswijziging doorgeven", ("adreswijziging", "doorgeven")),
        ("afvalkalender", ("afvalkalender",)),
        ("gemeentebelastingen", ("gemeentebelastingen",)),
        ("grofvuil ophalen", ("grofvuil", "ophalen")),
        ("parkeervergunnig", ("parkeervergunning",)),
        ("Paspoord aanvragen?", ("paspoort", "aanvragen")),
    ],
)
def test_citizens_queries(query, words):
    result = understand(query, VOCABULARY, SYNONYMS)

    assert result.words == words
    assert_engine_safe(result.search_text())
    assert_engine_safe(result.expanded_text())


def test_compounds_are_split_in_terms_and_whole_in_words():
    result = understand("afvalkalender", VOCABULARY)

    assert result.words == ("afvalkalender",)
    assert result.terms == ("afval", "kalender")
    assert result.search_text() == "afvalkalender"
    assert result.expanded_text() == "afvalkalender afval kalender"


def test_stems_follow_terms():
    result = understand("gemeentebelastingen", VOCABULARY)

    assert result.terms == ("gemeente", "belastingen")
    assert len(result.stems) == len(result.terms)


def test_typo_gives_a_did_you_mean_line():
    result = understand("Parkeervergunnig aanvragen", VOCABULARY)

    assert result.corrected == "parkeervergunning aanvragen"
    assert result.search_text() == "parkeervergunning aanvragen"


@pytest.mark.parametrize(
    ("query", "corrected"),
    [
        # Typed halfway and sent: "pasp" was taken for the typo "pas" and found nothing.
        ("pasp", "paspoort"),
        ("paspoort aanvr", "paspoort aanvragen"),
        ("parkeervergunn", "parkeervergunning"),
        # Only the last word is completed: typing goes on after a word in the middle.
        ("pasp aanvragen", None),
        ("vergu", "vergunning"),
    ],
)
def test_a_last_word_typed_halfway_is_completed(query, corrected):
    result = understand(query, VOCABULARY)
    assert result.corrected == corrected


def test_an_everyday_word_is_not_taken_for_a_longer_one_it_starts():
    vocabulary = Vocabulary.from_texts(["Grofvuil en vuilniszakken: zo doet u het."])
    understood = understand("vuil", vocabulary)
    assert (understood.words, understood.corrected) == (("vuil",), None)


def test_an_inflected_last_word_is_not_taken_for_a_longer_one():
    vocabulary = Vocabulary.from_texts(["Drank in drankenkartons mag bij het plastic."])
    understood = understand("welke dranken", vocabulary)
    assert (understood.words, understood.corrected) == (("dranken",), None)
    assert understand("welke drankenk", vocabulary).corrected == "welke drankenkartons"


def test_a_half_typed_word_whose_stem_is_a_word_is_still_completed():
    vocabulary = Vocabulary.from_texts(["Parkeren in het park kost geld."])
    assert understand("parke", vocabulary).corrected == "parkeren"


def test_a_correct_word_is_not_corrected():
    result = understand("identiteitskaart", VOCABULARY)

    assert result.corrected is None
    assert result.words == ("identiteitskaart",)


def test_accents_are_restored_from_the_vocabulary_without_a_correction():
    result = understand("financiele hulp", VOCABULARY)

    assert result.words == ("financiële", "hulp")
    assert result.corrected is None


def test_hyphenated_word_also_searches_the_joined_form():
    result = understand("ID-kaart kwijt")

    assert result.terms == ("id", "kaart", "kwijt")
    assert result.expansions == ("idkaart",)


def test_words_typed_apart_find_the_compound_in_the_vocabulary():
    result = understand("grof vuil", VOCABULARY)

    assert "grofvuil" in result.expansions


def test_id_kaart_spellings_end_up_searching_the_same_words():
    def searched(query):
        return set(understand(query, VOCABULARY, SYNONYMS).expanded_text().split())

    assert searched("ID-kaart") == searched("id kaart") == searched("idkaart")


def test_without_vocabulary_words_are_only_cleaned():
    result = understand("Hoe kan ik een paspoord aanvragen?")

    assert result.normalised == "hoe kan ik een paspoord aanvragen"
    assert result.words == result.terms == ("paspoord", "aanvragen")
    assert result.corrected is None


def test_result_is_frozen():
    result = understand("paspoort")

    with pytest.raises(dataclasses.FrozenInstanceError):
        result.words = ()


@pytest.mark.parametrize(
    ("query", "search_text"),
    [
        ("paspoort AND rijbewijs", "paspoort rijbewijs"),
        ("paspoort OR NOT rijbewijs", "paspoort rijbewijs"),
        ('"quoted phrase"', "quoted phrase"),
        ("pasp*", "pasp"),
        ("-verhuizen", "verhuizen"),
        ("title:paspoort", "title paspoort"),
        ("(paspoort OR rijbewijs)", "paspoort rijbewijs"),
        ("NEAR(paspoort rijbewijs, 5)", "paspoort rijbewijs 5"),
        ("paspoort^2 ~rijbewijs", "paspoort 2 rijbewijs"),
        ("'; DROP TABLE wagtailcore_page; --", "drop table wagtailcore page"),
        ("1' OR '1'='1", "1"),
        ("<script>alert(1)</script>", "script alert 1"),
        ("paspoort\x00kwijt", "paspoort kwijt"),
        ("paspoort 🛂 kwijt 😢", "paspoort kwijt"),
        ("\u200fپاسپورت\u200f paspoort", "پاسپورت paspoort"),
        ("דרכון paspoort", "דרכון paspoort"),
    ],
)
def test_query_syntax_and_injection_become_plain_words(query, search_text):
    result = understand(query)

    assert result.search_text() == search_text
    assert_engine_safe(result.expanded_text())


@pytest.mark.parametrize(
    "query",
    ["", "   ", "\t\n", "?!?!...", "(a OR b)", "NEAR(a b)", "\x00\x00", "🙂🙂", "wat is een", "*"],
)
def test_nothing_searchable(query):
    result = understand(query, VOCABULARY, SYNONYMS)

    assert result.is_empty
    assert result.search_text() == ""
    assert result.expanded_text() == ""
    assert result.corrected is None


def test_ten_thousand_characters_are_truncated():
    result = understand("paspoort aanvragen " * 600, VOCABULARY, SYNONYMS)

    assert len(result.normalised) <= MAX_QUERY_LENGTH
    assert result.words == ("paspoort", "aanvragen")


def test_one_giant_word_is_truncated_and_taken_for_noise():
    result = understand("a" * 10_000, VOCABULARY, SYNONYMS)

    assert result.normalised == "a" * MAX_QUERY_LENGTH
    assert result.words == ()
    assert result.corrected is None


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_is_understood_into_engine_safe_strings(query):
    result = understand(query, VOCABULARY, SYNONYMS)

    assert len(result.normalised) <= MAX_QUERY_LENGTH
    assert_clean(result.normalised)
    assert_engine_safe(result.search_text())
    assert_engine_safe(result.expanded_text())
    assert result.is_empty == (result.search_text() == "")


# Dutch-looking input: letters, hyphens, quotes and operators mixed together.
_dutchish = st.lists(
    st.sampled_from(
        ["paspoort", "PASPOORT", "id-kaart", "AND", "OR", "NEAR", '"', "*", "-", ":", "(", ")"]
        + ["verhuising", "parkeervergunnig", "afvalkalender", "hoe", "kan", "ik", "ë", "\u200f"]
    ),
    max_size=30,
).map(" ".join)


@given(_dutchish)
def test_operator_heavy_text_is_understood_into_engine_safe_strings(query):
    result = understand(query, VOCABULARY, SYNONYMS)

    assert_engine_safe(result.search_text())
    assert_engine_safe(result.expanded_text())
    if result.corrected is not None:
        # Display text for "Bedoelde u ...?": filler and operator words stay, as typed.
        assert_clean(result.corrected)


@pytest.mark.parametrize(
    "name", ["compounds", "normalise", "spelling", "stopwords", "synonyms", "vocabulary"]
)
def test_docstring_examples(name):
    module = importlib.import_module(f"search.understanding.{name}")

    assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("y" * 60, ()),
        ("hahahaha", ()),
        ("paspoort yyyyyyyy", ("paspoort",)),
        # Real words with few letters stay.
        ("mamma is ziek", ("mamma", "ziek")),
    ],
)
def test_noise_is_no_word(query, words):
    assert tuple(understand(query).words) == words
