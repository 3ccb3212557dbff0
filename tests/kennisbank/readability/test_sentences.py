"""Sentence splitting, tokens and syllables (kennisbank/readability/sentences.py ...)."""

import pytest

from kennisbank.readability.sentences import split_sentences
from kennisbank.readability.syllables import count_syllables
from kennisbank.readability.words import tokenise, word_zipf


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dit geldt o.a. Amsterdam en Weesp.",
        "Kies bijv. Amsterdam of Weesp als woonplaats.",
        "Dhr. Jansen en mevr. De Vries komen morgen langs.",
        "Neem z.s.m. contact met ons op.",
        "Het pakket weegt 3.5 kilo en kost 1,06 euro.",
        "Dit staat in art. 4 van de verordening.",
        "Het gaat om ca. 200 woningen in de buurt.",
        "Bel J. Jansen van het stadsloket.",
        "Kom a.u.b. 5 minuten eerder.",
    ],
)
def test_abbreviations_and_numbers_do_not_end_a_sentence(text):
    assert sentences(text) == [text]


def test_abbreviation_followed_by_capital_can_end_a_sentence():
    text = "Regel dit z.s.m. Daarna is het te laat."
    assert sentences(text) == ["Regel dit z.s.m.", "Daarna is het te laat."]


def test_sentence_ends_after_dhr_name_and_next_sentence():
    text = "Dit geldt o.a. voor dhr. Jansen. Hij woont in Weesp."
    assert sentences(text) == ["Dit geldt o.a. voor dhr. Jansen.", "Hij woont in Weesp."]


def test_question_and_exclamation_marks_and_quotes():
    text = 'Wat nu? Bel ons! Hij zei: "Klaar." Toen ging hij.'
    assert sentences(text) == ["Wat nu?", "Bel ons!", 'Hij zei: "Klaar."', "Toen ging hij."]


def test_list_items_and_headings_are_sentences_of_their_own():
    text = (
        "Paspoort aanvragen\n"
        "U kunt een afspraak maken\n"
        "- neem een pasfoto mee\n"
        "- neem uw oude paspoort mee\n"
        "1. Maak een afspraak.\n"
        "2) Kom naar het stadsloket."
    )
    assert sentences(text) == [
        "Paspoort aanvragen",
        "U kunt een afspraak maken",
        "neem een pasfoto mee",
        "neem uw oude paspoort mee",
        "Maak een afspraak.",
        "Kom naar het stadsloket.",
    ]


def test_hard_wrapped_line_reads_on():
    text = "Deze zin loopt door op\nde volgende regel. Dit is zin twee."
    assert sentences(text) == ["Deze zin loopt door op\nde volgende regel.", "Dit is zin twee."]


def test_spans_are_offsets_into_the_text():
    text = "  Eerste zin.   Tweede zin!\n\n- punt"
    spans = split_sentences(text)
    assert [(span.start, span.end) for span in spans] == [(2, 13), (16, 27), (31, 35)]


@pytest.mark.parametrize("text", ["", "   \n\n ", "😀 🎉", "-----", "..."])
def test_nothing_to_split(text):
    assert split_sentences(text) == []


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("de", 1),
        ("paspoort", 2),
        ("gemeente", 3),
        ("aanvragen", 3),
        ("eeuw", 1),
        ("mooie", 2),
        ("ideeën", 3),
        ("hygiëne", 4),
        ("coöperatie", 5),
        ("identiteitsbewijs", 6),
        ("bureau", 2),
        ("quota", 2),
    ],
)
def test_dutch_syllables(word, syllables):
    assert count_syllables(word) == syllables


def test_tokens_keep_offsets_and_split_slashes():
    text = "Het e-mailadres/telefoonnummer kost 1,06 euro."
    tokens = tokenise(text)
    assert [t.text for t in tokens] == [
        "Het",
        "e-mailadres",
        "telefoonnummer",
        "kost",
        "1,06",
        "euro",
    ]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.is_word for t in tokens] == [True, True, True, True, False, True]


def test_compounds_of_common_parts_are_not_rare():
    # "zonnepaneleninkoop" is not in the word list, but both parts are everyday words.
    assert word_zipf("zonnepaneleninkoop") > 3.0
    assert word_zipf("xqzvbrt") == 0.0
