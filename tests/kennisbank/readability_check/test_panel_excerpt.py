"""The panel shows the problem words with a few words around them, not the whole sentence."""

from kennisbank.readability import analyse
from kennisbank.readability.sentences import split_sentences
from kennisbank.readability_check.panel import highlight


def _highlights(text, code):
    analysis = analyse(text)
    sentences = split_sentences(analysis.text)
    return [
        highlight(analysis.text, finding, sentences)
        for finding in analysis.findings
        if finding.code == code
    ]


def test_officialese_word_shown_with_a_few_words_of_context():
    text = (
        "Wij vragen u vriendelijk om het formulier dat u van ons kreeg teneinde de aanvraag "
        "snel af te handelen en op tijd terug te sturen naar het stadsloket."
    )
    (item,) = _highlights(text, "officialese")
    assert item.excerpt.lower() == "teneinde"
    assert item.before.startswith("…")
    assert item.before.endswith("van ons kreeg ")
    assert item.after.endswith("…")
    assert "stadsloket" not in item.after


def test_short_sentence_shown_whole_without_ellipsis():
    (item,) = _highlights("U kunt teneinde bellen.", "officialese")
    assert (item.before, item.excerpt, item.after) == ("U kunt ", "teneinde", " bellen.")


def test_long_sentence_excerpt_is_shortened_to_its_start_and_end():
    sentence = " ".join(["De gemeente stuurt u een brief over de afvalstoffenheffing"] * 5) + "."
    (item,) = _highlights(sentence, "long_sentence")
    assert "…" in item.excerpt
    assert len(item.excerpt) <= 85
    assert item.excerpt.startswith("De gemeente")
    assert item.excerpt.endswith("afvalstoffenheffing.")
