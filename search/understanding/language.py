"""Is a message written in another language than Dutch? A vote of its words.

The answers are Dutch, and meaning-based search finds them for a question in English,
Turkish, Arabic, Polish or Ukrainian. Words alone mislead there: "passport" is corrected to
"paspoort" and "my" is a Dutch word too, so the chatbot must know the question was not Dutch
to treat what it found as options ("Bedoelt u ...? De antwoorden zijn in het Nederlands.")
rather than as a sure answer.

Each word votes by wordfreq: foreign when it is clearly more frequent in one of the
languages below than in Dutch (by a factor of ten), Dutch when it is at least as frequent in
Dutch. Words unknown to all (typos, municipal compounds like "afvalstoffenheffing") do not
vote, so short Dutch searches are never taken for English. A word in a script or with
letters Dutch does not use (Arabic, Cyrillic, Turkish "ş") votes foreign. Of the 607 Dutch
questions, searches and conversation turns in benchmarks/data it reads none as foreign, and
all 54 questions in other languages as foreign.
"""

import re
from functools import lru_cache

from wordfreq import zipf_frequency

# The Latin-script languages most asked in, after Dutch, at municipal contact centres, and
# the neighbouring ones. Their "small" word lists (words of at least one in a million) cost
# about 20 MB per worker together; the full lists would cost over 300 MB. Other scripts
# (Arabic, Cyrillic) need no list: their letters vote.
OTHER_LANGUAGES = ("en", "tr", "pl", "de", "fr", "es")
# A word is foreign when another language uses it this much more (Zipf is log10 per
# billion words, so 1.0 is ten times as often).
FOREIGN_MARGIN = 1.0
WORD = re.compile(r"[^\W\d_]+")
DUTCH_LETTERS = re.compile(r"[a-zäëïöüáéíóúàèâêîôûç]+")


@lru_cache(maxsize=16_384)
def _vote(word: str) -> int:
    """+1 foreign, -1 Dutch, 0 no say."""
    if len(word) > 1 and len(set(word)) == 1:
        # "aaaa", "xxxxxxxx": one letter held down is no word, though wordfreq's lists of
        # other languages hold some such strings (Polish "aaaa").
        return 0
    if not DUTCH_LETTERS.fullmatch(word):
        return 1
    dutch = zipf_frequency(word, "nl")
    other = max(zipf_frequency(word, language, wordlist="small") for language in OTHER_LANGUAGES)
    if other >= dutch + FOREIGN_MARGIN:
        return 1
    if dutch and dutch >= other:
        return -1
    return 0


def is_foreign(text: str) -> bool:
    """Whether `text` reads as another language than Dutch (more foreign votes than Dutch)."""
    votes = [_vote(word) for word in WORD.findall(text.casefold())]
    return sum(votes) > 0
