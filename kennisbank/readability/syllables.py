"""Dutch syllable counting by vowel nuclei.

Dutch spelling is regular enough that counting vowel groups works well, as long as
the multi-letter vowels (aa, ie, eeuw, ooi ...) count once and a diaeresis
(ideeën, Hygiëne) starts a new syllable.
"""

import unicodedata
from functools import lru_cache

# Longest first: greedy matching takes "ieu" before "ie".
_NUCLEI = (
    "aai", "ooi", "oei", "eeu", "ieu", "eau",
    "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ij", "ui", "ou", "au",
    "ai", "oi", "ay", "ey", "oy", "uy",
)  # fmt: skip
_VOWELS = frozenset("aeiouy")
# A diaeresis or acute accent marks a vowel that is pronounced on its own.
_ACCENTED = {"ë": "e", "ï": "i", "ö": "o", "ü": "u", "é": "e", "è": "e", "ê": "e", "á": "a"}


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Number of syllables in one Dutch word (0 when the word has no letters)."""
    word = word.lower()
    if not any(ch.isalpha() for ch in word):
        return 0
    count = 0
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if ch in _ACCENTED:
            # Always a syllable of its own, but "é" may still lead a nucleus ("één").
            count += 1
            i += 1
            while i < n and _ACCENTED.get(word[i], word[i]) == _ACCENTED[ch]:
                i += 1
            continue
        if ch == "u" and i > 0 and word[i - 1] == "q":
            # "qu" is a consonant cluster: quota, frequentie.
            i += 1
            continue
        if ch not in _VOWELS:
            i += 1
            continue
        if ch == "y" and i + 1 < n and word[i + 1] in _VOWELS:
            # Consonantal y at the start of a syllable: yoga, royaal.
            i += 1
            continue
        count += 1
        for nucleus in _NUCLEI:
            if word.startswith(nucleus, i):
                i += len(nucleus)
                break
        else:
            i += 1
    if count == 0:
        # Letters but no vowels (e.g. "bv", "ICT" read as letters): count one.
        count = 1
    return count


def strip_accents(word: str) -> str:
    """Word without diacritics, for lookups that ignore them."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
