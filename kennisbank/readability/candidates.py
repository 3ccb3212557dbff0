"""Candidate features for the difficulty score, each a plain count over the text.

These are measured one by one in cross-validation by
``benchmarks/readability_features.py`` before any of them is given a weight in
``scoring.py``: a feature that does not separate originals from rewrites on
documents the fit has not seen does not earn a place in the sum.
All rates are per sentence or per 100 words, so long and short texts compare.
"""

import re

from .markup import to_plain_text
from .passive import find_passives
from .sentences import split_sentences
from .words import is_plain_word, letters, tokenise, word_set, word_zipf

# Conjunctions that open a subordinate clause ("omdat", "zodat"), and the
# pronominal adverbs that open a relative clause ("waarin", "waarmee").
SUBORDINATORS = word_set("""
    omdat doordat aangezien zodat opdat terwijl nadat voordat zodra totdat tot
    hoewel ofschoon tenzij mits indien wanneer zolang sinds waardoor waarmee
    waarin waarop waarvoor waarbij waaraan waarover waaruit waarna waarvan
    """)
# A relative pronoun counts only after a comma: "de brief, die u kreeg".
RELATIVES = word_set("die dat wat welke wie")
NEGATIONS = word_set("niet geen nooit niets niemand nergens noch geenszins")
# Nominalisations: a verb or adjective made into an abstract noun.
_NOMINAL_ENDINGS = ("ing", "ingen", "heid", "heden", "atie", "aties", "isatie", "iteit")
# Common nouns with those endings that are concrete, not nominalised.
_NOT_NOMINAL = word_set("""
    ding dingen koning koningin woning woningen ring kring tering jongeling
    leerling leerlingen puzzeling vereniging verenigingen
    """)
IMPERATIVES = word_set("""
    bel kijk vul stuur neem lees ga maak geef zet kies vraag meld log klik
    download betaal breng let gebruik zorg houd kom schrijf controleer
    """)
MONTHS = word_set("""
    januari februari maart april mei juni juli augustus september oktober november
    december
    """)
READER = word_set("u uw je jij jou jouw")
LONG_COMPOUND_LETTERS = 14
RARE_ZIPF = 3.0
EVERYDAY_ZIPF = 5.5
_CLAUSE_BREAK = re.compile(r"[,;:]")


def is_nominalisation(word: str) -> bool:
    """True for abstract nouns such as "aanvraagbehandeling" or "beschikbaarheid"."""
    word = word.lower()
    if len(word) < 7 or word in _NOT_NOMINAL:
        return False
    return word.endswith(_NOMINAL_ENDINGS)


def candidate_features(text: str) -> dict[str, float]:
    """All candidate feature values of one text (0 for an empty text)."""
    source = to_plain_text(text)
    sentences = words = clauses = 0
    subordinate = passives = negations = double_negations = numbers = 0
    parentheses = reader = imperatives = nominal = long_compounds = rare = 0
    zipf_total = 0.0
    rarity_total = 0.0
    plain_words = 0
    for span in split_sentences(source):
        tokens = tokenise(source, span.start, span.end)
        if not tokens:
            continue
        sentences += 1
        segment = source[span.start : span.end]
        clause_starts = 1
        negated = 0
        for index, token in enumerate(tokens):
            lower = token.lower
            if not token.is_word:
                numbers += 1
                continue
            words += 1
            if (
                lower in SUBORDINATORS
                or lower in RELATIVES
                and index
                and source[tokens[index - 1].end : token.start].strip() == ","
            ):
                subordinate += 1
                clause_starts += 1
            if lower in NEGATIONS:
                negated += 1
            if lower in MONTHS:
                numbers += 1
            if lower in READER:
                reader += 1
            if index == 0 and lower in IMPERATIVES:
                imperatives += 1
            if is_nominalisation(lower):
                nominal += 1
            if letters(token.text) >= LONG_COMPOUND_LETTERS:
                long_compounds += 1
            if is_plain_word(token) or index == 0:
                zipf = word_zipf(lower)
                plain_words += 1
                zipf_total += zipf
                rarity_total += max(0.0, EVERYDAY_ZIPF - zipf)
                if zipf < RARE_ZIPF and letters(token.text) >= 4:
                    rare += 1
        negations += negated
        double_negations += negated >= 2
        parentheses += segment.count("(")
        passives += len(find_passives(source, tokens))
        clauses += max(clause_starts, 1 + len(_CLAUSE_BREAK.findall(segment)) // 2)
    if not sentences or not words:
        return dict.fromkeys(FEATURE_NAMES, 0.0)
    per_100 = 100.0 / words
    return {
        "words_per_sentence": words / sentences,
        "words_per_clause": words / clauses,
        "subordinate_per_sentence": subordinate / sentences,
        "passives_per_sentence": passives / sentences,
        "nominalisations_per_100": nominal * per_100,
        "long_compounds_per_100": long_compounds * per_100,
        "negations_per_sentence": negations / sentences,
        "double_negations_per_sentence": double_negations / sentences,
        "numbers_per_100": numbers * per_100,
        "parentheses_per_sentence": parentheses / sentences,
        "reader_per_100": reader * per_100,
        "imperatives_per_sentence": imperatives / sentences,
        "mean_zipf": zipf_total / plain_words if plain_words else 0.0,
        "mean_rarity": rarity_total / plain_words if plain_words else 0.0,
        "rare_share": rare / plain_words if plain_words else 0.0,
    }


FEATURE_NAMES = (
    "words_per_sentence",
    "words_per_clause",
    "subordinate_per_sentence",
    "passives_per_sentence",
    "nominalisations_per_100",
    "long_compounds_per_100",
    "negations_per_sentence",
    "double_negations_per_sentence",
    "numbers_per_100",
    "parentheses_per_sentence",
    "reader_per_100",
    "imperatives_per_sentence",
    "mean_zipf",
    "mean_rarity",
    "rare_share",
)
