import pytest

from search.understanding.normalise import (
    MAX_QUERY_LENGTH,
    fold,
    match_key,
    normalise,
    normalise_query,
    tokenize,
)


@pytest.mark.parametrize("spelling", ["ID-kaart", "id kaart", "idkaart", "Ïd-Kaart!!", "ID‑KAART"])
def test_spellings_of_id_kaart_share_one_match_key(spelling):
    assert match_key(spelling) == "idkaart"


def test_hyphen_splits_the_word_and_reports_the_joined_form():
    result = normalise_query("Ïd-Kaart!!")

    assert result.tokens == ("ïd", "kaart")
    assert result.hyphen_joins == ("ïdkaart",)
    assert normalise("ID-kaart") == "id kaart"


def test_dashes_between_words_are_not_joins():
    assert normalise_query("paspoort – kwijt").hyphen_joins == ()
    assert normalise_query("-verhuizen").hyphen_joins == ()
    assert normalise_query("-verhuizen").tokens == ("verhuizen",)


def test_case_is_folded():
    assert normalise("PASPOORT Kwijt") == "paspoort kwijt"


def test_accents_are_kept_and_fold_strips_them():
    assert normalise("Financiële Zaken") == "financiële zaken"
    assert fold("financiële café") == "financiele cafe"


def test_combining_accent_becomes_one_letter():
    assert normalise("financie\u0308le") == "financiële"


def test_compatibility_forms_become_plain_letters():
    assert normalise("Ĳsselmeer") == "ijsselmeer"
    assert normalise("ＰＡＳＰＯＯＲＴ") == "paspoort"


def test_punctuation_separates_words():
    assert normalise("paspoort?!... (kwijt), [nu]") == "paspoort kwijt nu"
    assert normalise("auto's") == "auto s"


@pytest.mark.parametrize(
    "text",
    [
        "pas\u00adpoort",  # soft hyphen
        "pas\u200bpoort",  # zero-width space
        "\u200fpaspoort\u202e",  # right-to-left mark and override
        "\ufeffpaspoort",  # byte order mark
    ],
)
def test_invisible_characters_are_removed(text):
    assert normalise(text) == "paspoort"


def test_null_bytes_and_control_characters_separate_words():
    assert normalise("paspoort\x00kwijt\x07\n\tnu\x00") == "paspoort kwijt nu"


def test_emoji_are_removed():
    assert normalise("paspoort 🛂 kwijt 😢👍🏽 👨‍👩‍👧") == "paspoort kwijt"
    assert normalise("🗑️♻️") == ""


def test_other_scripts_are_kept_without_vowel_marks():
    assert normalise("مرحبا שלום") == "مرحبا שלום"
    # Arabic short-vowel marks are combining marks and go, like FTS5 drops them.
    assert normalise("مَرْحَبًا") == "مرحبا"


def test_long_query_is_cut_on_a_word_boundary():
    result = normalise("paspoort " * 2000)

    assert len(result) <= MAX_QUERY_LENGTH
    assert set(result.split()) == {"paspoort"}


def test_one_giant_word_is_cut_hard():
    assert normalise("x" * 10_000) == "x" * MAX_QUERY_LENGTH


def test_truncation_does_not_leave_a_join_for_a_cut_word():
    text = "a" * 190 + " id-kaart"
    result = normalise_query(text, max_length=195)

    assert result.tokens == ("a" * 190, "id")
    assert result.hyphen_joins == ()


def test_tokenize_does_not_truncate_documents():
    assert len(tokenize("woord " * 1000)) == 1000
    assert tokenize("Het ID-kaart-loket") == ["het", "id", "kaart", "loket"]


@pytest.mark.parametrize("text", ["", "   ", "?!?!", "\x00\x00", "\u200f\u200e", "🙂"])
def test_empty_results(text):
    assert normalise(text) == ""
    assert normalise_query(text).tokens == ()
