"""Candidate readability features on Dutch examples: what they count and what not."""

import pytest

from kennisbank.readability.candidates import candidate_features, is_nominalisation


def test_subordinate_clauses_counted_for_conjunctions_and_relatives_after_a_comma():
    found = candidate_features("U krijgt de brief, die wij sturen omdat u verhuisd bent.")
    assert found["subordinate_per_sentence"] == 2


def test_dat_without_comma_is_not_a_relative_clause():
    found = candidate_features("Dat huis is groot. Wij weten dat het klopt.")
    assert found["subordinate_per_sentence"] == 0


@pytest.mark.parametrize("word", ["beschikbaarheid", "aanvraagbehandeling", "informatie"])
def test_nominalisations(word):
    assert is_nominalisation(word)


@pytest.mark.parametrize("word", ["woning", "koning", "ding", "zing", "fiets"])
def test_concrete_nouns_and_short_words_are_not_nominalisations(word):
    assert not is_nominalisation(word)


def test_words_per_clause_is_lower_than_words_per_sentence_with_a_subordinate_clause():
    found = candidate_features("Wij bellen u terug zodra de aanvraag binnen is bij ons.")
    assert found["words_per_sentence"] == 11
    assert found["words_per_clause"] == 5.5


def test_negations_and_double_negations():
    found = candidate_features("Het is niet zo dat u geen recht hebt. U betaalt niets.")
    assert found["negations_per_sentence"] == 1.5
    assert found["double_negations_per_sentence"] == 0.5


def test_no_negation_in_plain_sentence():
    found = candidate_features("U krijgt een brief.")
    assert found["negations_per_sentence"] == 0
    assert found["double_negations_per_sentence"] == 0


def test_numbers_and_months_counted():
    found = candidate_features("Betaal 25 euro voor 1 maart.")
    # "25", "1" and "maart" against 4 words (numbers are not words).
    assert found["numbers_per_100"] == 75


def test_parentheses_per_sentence():
    found = candidate_features("De wet (Wmo) geldt. U vraagt hulp aan.")
    assert found["parentheses_per_sentence"] == 0.5


def test_addressing_the_reader_and_imperatives():
    found = candidate_features("Bel ons als u vragen hebt. Wij helpen uw buurman.")
    assert found["reader_per_100"] == pytest.approx(200 / 10)
    assert found["imperatives_per_sentence"] == 0.5


def test_imperative_only_at_the_start_of_a_sentence():
    found = candidate_features("Wij bel niet terug.")
    assert found["imperatives_per_sentence"] == 0


def test_long_compounds_counted_from_fourteen_letters():
    found = candidate_features("De omgevingsvergunning is nodig voor de woning.")
    assert found["long_compounds_per_100"] == pytest.approx(100 / 7)


def test_rare_words_lower_the_mean_zipf():
    plain = candidate_features("U krijgt een brief van de gemeente.")
    rare = candidate_features("U ontvangt de vigerende beschikking van de gemeente.")
    assert rare["mean_zipf"] < plain["mean_zipf"]
    assert rare["rare_share"] > plain["rare_share"] == 0


def test_passives_per_sentence():
    found = candidate_features("De aanvraag wordt beoordeeld door de gemeente. U wacht.")
    assert found["passives_per_sentence"] == 0.5


def test_empty_text_gives_zeros():
    assert set(candidate_features("").values()) == {0.0}
