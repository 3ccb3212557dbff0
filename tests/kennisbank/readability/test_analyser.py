"""analyse(): levels, summary numbers, findings and awkward input (kennisbank/readability)."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kennisbank.readability import (
    B1_THRESHOLD,
    C1_THRESHOLD,
    LEVEL_B1,
    LEVEL_B2,
    LEVEL_C1,
    LEVEL_UNKNOWN,
    MAX_CHARS,
    Analysis,
    analyse,
    level_for,
    text_from_html,
)

SIMPLE = (
    "Een nieuw paspoort aanvragen\n\n"
    "U vraagt een paspoort aan bij het stadsloket. Maak eerst een afspraak. Neem een "
    "pasfoto mee. Neem ook uw oude paspoort mee. Het paspoort kost 80 euro. U betaalt "
    "met uw pinpas. Na een week kunt u het paspoort ophalen."
)
OFFICIALESE = (
    "Teneinde uw aanvraag in behandeling te kunnen nemen, dient u middels het daartoe "
    "bestemde formulier de benodigde bescheiden te verstrekken, alsmede een recente "
    "pasfoto, welke conform de geldende eisen dient te zijn vervaardigd. Indien de "
    "aanvraag niet tijdig wordt ingediend, wordt deze ambtshalve buiten behandeling "
    "gesteld. Met betrekking tot de verschuldigde leges wordt u verzocht het bedrag "
    "voorafgaand aan de uitreiking van het reisdocument te voldoen."
)


def codes(analysis: Analysis) -> set[str]:
    return {finding.code for finding in analysis.findings}


def test_simple_text_is_b1():
    analysis = analyse(SIMPLE)
    assert analysis.level == LEVEL_B1
    assert analysis.difficulty < B1_THRESHOLD
    assert analysis.findings == []


def test_officialese_text_is_c1_with_findings():
    analysis = analyse(OFFICIALESE)
    assert analysis.level == LEVEL_C1
    assert analysis.difficulty >= C1_THRESHOLD
    assert {"officialese", "passive", "long_sentence"} <= codes(analysis)


def test_rewrite_scores_easier_than_original():
    original = "Uw aanvraag wordt door de gemeente binnen acht weken in behandeling genomen."
    rewrite = "Wij behandelen uw aanvraag binnen acht weken."
    assert analyse(original).difficulty > analyse(rewrite).difficulty


def test_level_boundaries():
    assert level_for(B1_THRESHOLD - 0.01) == LEVEL_B1
    assert level_for(B1_THRESHOLD) == LEVEL_B2
    assert level_for(C1_THRESHOLD - 0.01) == LEVEL_B2
    assert level_for(C1_THRESHOLD) == LEVEL_C1


def test_summary_numbers():
    analysis = analyse("Dit is een korte zin. Dit is nog een korte zin met acht woorden.")
    assert analysis.sentences == 2
    assert analysis.words == 14
    assert analysis.words_per_sentence == 7.0
    assert 0 <= analysis.long_word_share <= 1
    assert sum(analysis.components.values()) == analysis.difficulty


def test_long_sentence_finding_counts_words():
    sentence = " ".join(["woord"] * 26) + "."
    [finding] = [f for f in analyse(sentence).findings if f.code == "long_sentence"]
    assert finding.message == "Deze zin is lang (26 woorden). Maak er twee zinnen van."
    assert (finding.start, finding.end) == (0, len(sentence))


def test_rare_long_word_and_slash_findings():
    text = "De gemeenteraadsverkiezingsuitslagen en de helofytenfilter/bufferzone zijn klaar."
    analysis = analyse(text)
    found = {(f.code, f.excerpt) for f in analysis.findings}
    assert ("long_word", "gemeenteraadsverkiezingsuitslagen") in found
    assert ("rare_word", "helofytenfilter") in found
    assert ("slash", "helofytenfilter/bufferzone") in found


def test_findings_have_valid_offsets_and_are_sorted():
    analysis = analyse(OFFICIALESE)
    starts = [finding.start for finding in analysis.findings]
    assert starts == sorted(starts)
    for finding in analysis.findings:
        assert analysis.text[finding.start : finding.end] == finding.excerpt


def test_to_dict_is_json_ready():
    data = json.loads(json.dumps(analyse(OFFICIALESE).to_dict()))
    assert data["level"] == LEVEL_C1
    assert "text" not in data
    assert {"code", "start", "end", "excerpt", "message", "suggestion"} == set(data["findings"][0])
    assert analyse("Kort.").to_dict(include_text=True)["text"] == "Kort."


def test_empty_and_whitespace_are_unknown():
    for text in ("", "   \n\t  ", None):
        analysis = analyse(text)
        assert analysis.level == LEVEL_UNKNOWN
        assert analysis.difficulty == 0.0
        assert analysis.findings == []
        assert analysis.notes


def test_emoji_only_and_numbers_only_are_unknown():
    assert analyse("😀🎉👍").level == LEVEL_UNKNOWN
    numbers = analyse("14 020\n\n2024-2025 1.000.000")
    assert numbers.level == LEVEL_UNKNOWN
    assert numbers.words == 4  # number tokens still count as words


def test_emoji_and_numbers_inside_text_are_fine():
    analysis = analyse("Bel ons op 14 020 😀. Wij helpen u graag 👍.")
    assert analysis.level == LEVEL_B1
    assert analysis.sentences == 2


def test_html_with_script_and_style_is_stripped():
    html = (
        "<style>p { color: red }</style><h2>Afval</h2>"
        "<p>Zet de container <b>op tijd</b> buiten.</p>"
        "<script>var teneinde = 'indien';</script><ul><li>Papier</li><li>Glas</li></ul>"
    )
    assert text_from_html(html) == "Afval\n\nZet de container op tijd buiten.\n\nPapier\n\nGlas"
    analysis = analyse(html)
    assert analysis.text == text_from_html(html)
    assert analysis.sentences == 4
    assert "officialese" not in codes(analysis)


def test_list_of_blocks_is_accepted():
    analysis = analyse(["<p>Zet de container buiten.</p>", "Haal hem daarna weer binnen."])
    assert analysis.sentences == 2
    assert analysis.text == "Zet de container buiten.\n\nHaal hem daarna weer binnen."


def test_long_text_is_truncated_with_note():
    text = "Wij halen het afval op maandag op. " * 4300  # about 150,000 characters
    analysis = analyse(text)
    assert analysis.truncated is True
    assert len(analysis.text) <= MAX_CHARS
    assert "100.000" in analysis.notes[0]
    assert analysis.level == LEVEL_B1
    assert not analyse("Kort.").truncated


def test_english_text_gets_a_note_and_no_crash():
    analysis = analyse("The municipality will process your application within eight weeks.")
    assert analysis.level in (LEVEL_B1, LEVEL_B2, LEVEL_C1)
    assert any("niet Nederlands" in note for note in analysis.notes)
    assert not analyse(SIMPLE).notes


def test_english_fragment_in_dutch_text_is_fine():
    analysis = analyse("Wij gebruiken de term 'best of both worlds' voor deze aanpak.")
    assert analysis.level == LEVEL_B1
    assert not analysis.notes


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_text_gives_a_valid_analysis(text):
    analysis = analyse(text)
    assert analysis.difficulty >= 0
    assert analysis.level in (LEVEL_B1, LEVEL_B2, LEVEL_C1, LEVEL_UNKNOWN)
    for finding in analysis.findings:
        assert 0 <= finding.start < finding.end <= len(analysis.text)
        assert analysis.text[finding.start : finding.end] == finding.excerpt


def test_brackets_are_flagged_except_spelled_out_abbreviations():
    text = "Vul de naam (van de leidinggevende(n)) in. De gemeentesecretaris (GS) tekent."
    found = [f.excerpt for f in analyse(text).findings if f.code == "brackets"]
    assert sorted(found) == ["(n)", "(van de leidinggevende(n))"]


def test_addressing_the_reader_in_brackets_does_not_count_as_personal():
    aside = analyse("Een kopie van de verklaring (deze vraagt u aan bij de gemeente).")
    sentence = analyse("Een kopie van de verklaring. Deze vraagt u aan bij de gemeente.")
    assert aside.components["personal"] == 0
    assert sentence.components["personal"] < 0
