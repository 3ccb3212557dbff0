"""From text features to one difficulty number and a level.

The difficulty is a weighted sum of a few features an editor can act on, in
"points". One point is one word of average sentence length, so a text of 12 words
per sentence with nothing else wrong scores 12. The other features, in the same
points (``WEIGHTS``)::

    sentence_length  1.0   per word per sentence
    word_rarity     18.94  per unit of mean rarity. A word's rarity is how far its
                           Zipf frequency falls below 5.5: everyday words ("gemeente",
                           "maken", names) cost 0, "teneinde" (Zipf 3.4) 2.1. Ordinary
                           Dutch prose has a mean rarity of 0.4-0.6, so 7-10 points.
    passive         12.22  per passive per sentence
    officialese      1.66  per officialese word per 100 words
    interruptions    9.86  per slash ("naam/namen") or bracket per sentence
    long_words       0.14  per percent of words with 4 or more syllables
    personal        -2.14  per personal word ("u", "je", "we") per 100 words, counted
                           up to 6, outside brackets: addressing the reader makes a
                           text easier, but must not cancel out long sentences, and a
                           "u" in an aside does not make the sentence around it personal

The difficulty is never below 0. Levels: below ``B1_THRESHOLD`` (25) "B1 of
eenvoudiger", from ``C1_THRESHOLD`` (35) "C1 of moeilijker", B2 in between. On the
City of Amsterdam pairs the rewritten documents have a median of about 15 and the
originals about 26; documents full of passives and officialese score 37-43.

The weights are fitted by ``benchmarks/fit_readability_weights.py`` (see the
provenance above ``WEIGHTS``); features that were tried and did not add to the
cross-validated accuracy are listed by ``benchmarks/readability_features.py``.
"""

from dataclasses import dataclass

LEVEL_B1 = "B1 of eenvoudiger"
LEVEL_B2 = "B2"
LEVEL_C1 = "C1 of moeilijker"
LEVEL_UNKNOWN = "onbekend"

# Below B1_THRESHOLD a text reads as B1, the level Dutch government texts aim at;
# from C1_THRESHOLD on it reads as officialese. Checked with the fitted weights on the
# Amsterdam pairs (confusion table in benchmarks/readability_pairs.py): 17 of 18
# rewritten documents and 66% of rewritten sentences fall below 25, none of the
# rewritten documents reach 35; 67% of the original sentences are B2 or above.
B1_THRESHOLD = 25.0
C1_THRESHOLD = 35.0

# A word at or above this Zipf frequency counts as an everyday word (rarity 0).
EVERYDAY_ZIPF = 5.5
PERSONAL_CAP = 6.0

# Fitted by benchmarks/fit_readability_weights.py (L2 logistic regression on pairwise
# feature differences, L2 = 0.1 chosen by document-grouped 5-fold CV) on 2026-12-05,
# data: shared/data/readability/ (602 sentence pairs, 18 document pairs, City of
# Amsterdam). Grouped CV paired accuracy: documents 1.000, sentences 0.831 (before "u" in
# brackets stopped counting as personal: documents 0.944, sentences 0.831; that change was
# found by looking at the one missed document, so its 18/18 is partly chosen on it).
# tests/kennisbank/test_readability_weights.py checks they reproduce from the script.
WEIGHTS = {
    "sentence_length": 1.0,
    "word_rarity": 18.94,
    "passive": 12.22,
    "officialese": 1.66,
    "interruptions": 9.86,
    "long_words": 0.14,
    "personal": -2.14,
}


@dataclass(frozen=True, slots=True)
class Features:
    words_per_sentence: float
    word_rarity: float
    passives_per_sentence: float
    officialese_per_100_words: float
    interruptions_per_sentence: float
    long_word_percentage: float
    personal_per_100_words: float

    def components(self) -> dict[str, float]:
        """Points per component; their sum is the difficulty."""
        values = {
            "sentence_length": self.words_per_sentence,
            "word_rarity": self.word_rarity,
            "passive": self.passives_per_sentence,
            "officialese": self.officialese_per_100_words,
            "interruptions": self.interruptions_per_sentence,
            "long_words": self.long_word_percentage,
            "personal": min(self.personal_per_100_words, PERSONAL_CAP),
        }
        return {name: WEIGHTS[name] * value for name, value in values.items()}


def difficulty(features: Features) -> float:
    """Sum of the components, never below 0 (very plain, personal text)."""
    return max(0.0, sum(features.components().values()))


def level_for(value: float) -> str:
    """Level band for a difficulty: below B1_THRESHOLD is B1, from C1_THRESHOLD C1."""
    if value < B1_THRESHOLD:
        return LEVEL_B1
    if value < C1_THRESHOLD:
        return LEVEL_B2
    return LEVEL_C1
