"""Officialese word list and matching (kennisbank/readability/officialese.py)."""

import pytest

from kennisbank.readability import analyse
from kennisbank.readability.officialese import LEXICON, find_officialese, pair_count, verb_forms
from kennisbank.readability.words import tokenise


def hits(text: str) -> list[tuple[str, str]]:
    tokens = tokenise(text)
    return [
        (text[tokens[first].start : tokens[last].end], plain)
        for first, last, plain in find_officialese(text, tokens, len(text))
    ]


def test_list_has_at_least_150_pairs():
    assert pair_count() >= 150


@pytest.mark.parametrize(
    ("text", "excerpt", "plain"),
    [
        ("Wij vragen dit teneinde uw aanvraag te behandelen.", "teneinde", "om"),
        ("Indien u verhuist, meld dat dan.", "Indien", "als"),
        ("U betaalt middels een machtiging.", "middels", "met"),
        ("Wij verstrekken geen kopieën.", "verstrekken", "geven"),
        ("Dit gaat met betrekking tot uw huis.", "met betrekking tot", "over"),
        ("Het bedrag is geretourneerd.", "geretourneerd", "terugsturen"),
        ("Op 17 maart vindt de verkiezing plaats.", "vindt de verkiezing plaats", "gebeuren"),
        ("U dient het formulier op te sturen.", "dient", "moet"),
        ("Een pasfoto, welke u meeneemt.", "welke", "die"),
    ],
)
def test_officialese_is_found_with_its_plain_alternative(text, excerpt, plain):
    assert hits(text) == [(excerpt, plain)]


@pytest.mark.parametrize(
    "text",
    [
        "Dit dient als bewijs.",  # "dienen" without "te" is not "moeten"
        "Welke papieren neem ik mee?",  # question word, not a relative pronoun
        "We vinden een plaats voor de fiets.",  # "plaats" is not at the clause end
        "U kunt ons bellen als u vragen heeft.",
    ],
)
def test_plain_text_has_no_officialese(text):
    assert hits(text) == []


def test_verb_forms_follow_t_kofschip():
    assert verb_forms("verstrekken") >= {"verstrek", "verstrekt", "verstrekte", "verstrekten"}
    assert verb_forms("verlenen", "verleen") >= {"verleent", "verleende", "verleend"}
    assert "geretourneerd" in verb_forms("retourneren", "retourneer")


def test_every_entry_has_a_suggestion():
    assert all(plain for plain in LEXICON.values())


def test_finding_offsets_point_at_the_word_and_keep_its_capital():
    text = "Het kan sneller. Teneinde dit te doen, indien nodig, bellen wij u."
    analysis = analyse(text)
    found = [f for f in analysis.findings if f.code == "officialese"]
    assert [(f.excerpt, f.suggestion) for f in found] == [("Teneinde", "Om"), ("indien", "als")]
    for finding in found:
        assert text[finding.start : finding.end] == finding.excerpt
    assert found[0].start == text.index("Teneinde")
    assert "'als'" in found[1].message


def test_an_inflected_verb_is_advised_a_form_of_the_plain_verb():
    """'vastgesteld' was advised 'bepalen': a wrong form, pasted as it stood."""
    [finding] = [
        f
        for f in analyse("De datum wordt door ons vastgesteld.").findings
        if f.code == "officialese"
    ]
    assert finding.message == (
        "'vastgesteld' (van 'vaststellen') is ambtelijke taal. Schrijf liever een vorm van "
        "'bepalen'."
    )
    [infinitive] = [
        f for f in analyse("Wij gaan de datum vaststellen.").findings if f.code == "officialese"
    ]
    assert infinitive.message == "'vaststellen' is ambtelijke taal. Schrijf liever 'bepalen'."
