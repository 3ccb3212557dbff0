import pytest

from search.understanding.inflection import related_forms

# The knowledge base's vocabulary decides which guessed lemmas are real words.
KNOWN = {"wonen", "legen", "aanvragen", "verhuizen", "tafel", "zoon", "stelen", "melden"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("gewoond", {"wonen", "woont", "woon"}),  # past participle
        ("woont", {"wonen", "gewoond"}),  # present tense
        ("woonde", {"wonen", "woont"}),  # past tense
        ("geleegd", {"legen", "leegt"}),
        ("aangevraagd", {"aanvragen", "aanvraag"}),  # separable verb
        ("verhuisd", {"verhuizen", "verhuist"}),  # no "ge-" after "ver-"; z devoices
        ("verhuizen", {"verhuisd", "verhuisde"}),  # and back, with a voiced past ending
        ("tafeltjes", {"tafel"}),  # diminutive
        ("zoontje", {"zoon"}),
        ("gestolen", {"stelen"}),  # strong verb
    ],
)
def test_other_forms_of_the_same_verb_or_noun(word, expected):
    assert expected <= related_forms(word, KNOWN)


def test_a_separable_verb_keeps_its_particle():
    # "meldt" alone is "melden" (to report), another verb than "aanmelden" (to register).
    forms = related_forms("aangemeld", {"aanmelden", "melden"})
    assert {"aanmelden", "aanmeldt", "aanmeldde"} <= forms
    assert not forms & {"meldt", "meldde", "melden"}


def test_a_lemma_counts_when_the_knowledge_base_uses_two_of_its_forms():
    assert "gewoond" in related_forms("wonen", {"woont", "woonde"})


def test_one_word_that_looks_like_a_form_is_not_enough():
    # "man" could be the stem of a verb "manen", whose plural past would be "maanden".
    assert "maanden" not in related_forms("man", {"maanden"})


def test_a_guessed_lemma_that_is_no_known_word_adds_nothing():
    # "kaart" could be the "-t" form of a verb "karen"; no answer uses such a verb.
    assert related_forms("kaart", KNOWN) == set()
    assert related_forms("paspoort", KNOWN) == set()


def test_the_word_itself_is_not_among_its_other_forms():
    assert "wonen" not in related_forms("wonen", KNOWN)


@pytest.mark.parametrize("word", ["", "ab", "2024", "e-mail", "ééé"])
def test_short_or_odd_words_have_no_other_forms(word):
    assert related_forms(word, KNOWN) == set()
