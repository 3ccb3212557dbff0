"""Tokens and word frequency.

Frequencies come from wordfreq's Dutch list on the Zipf scale: 7.7 for "de", 5.4 for
"gemeente", 4.8 for "woning", below 3 for words most readers rarely meet.
Dutch writes compounds as one word, so a rare compound made of two common parts
("zonnepaneleninkoop") is looked up by its parts.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

# A word, number, abbreviation or address: runs of letters/digits joined by
# hyphens, apostrophes, dots or commas ("Weesp-account", "o.a", "3.5", "1,06").
# A slash separates: "naam/namen" is read as two words.
_TOKEN = re.compile(r"[^\W_]+(?:[-'’.,@][^\W_]+)*")
_LETTERS = re.compile(r"[^\W\d_]")

_LINKING = ("s", "e", "en")
# Inflections that make a form rarer than its word: "gewerkte", "directies".
_ENDINGS = ("ste", "st", "den", "ten", "de", "te", "en", "e", "s", "'s", "’s", "t")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str
    is_word: bool  # contains letters; numbers and codes like "1,06" are not words


def tokenise(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    if end is None:
        end = len(text)
    tokens = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        tokens.append(
            Token(
                text=word,
                start=match.start(),
                end=match.end(),
                lower=word.lower(),
                is_word=_LETTERS.search(word) is not None,
            )
        )
    return tokens


def word_set(words: str) -> frozenset[str]:
    """A set from whitespace-separated words: keeps the word lists readable as data."""
    return frozenset(words.split())


def letters(word: str) -> int:
    """Number of letters, ignoring hyphens and apostrophes."""
    return sum(ch.isalpha() for ch in word)


def is_plain_word(token: Token) -> bool:
    """True for ordinary lower-case words whose frequency says something.

    Names (capitalised), acronyms, codes with digits, web addresses and
    abbreviations are left out of frequency checks.
    """
    word = token.text
    if not token.is_word or any(ch.isdigit() for ch in word):
        return False
    if "." in word or "@" in word or "/" in word:
        return False
    return not word[0].isupper()


@lru_cache(maxsize=100_000)
def word_zipf(word: str) -> float:
    """Zipf frequency of a lower-case Dutch word, looking through compounds."""
    if "-" in word:
        # "Weesp-account", "e-mail": as hard as its hardest part, or the whole.
        whole = zipf_frequency(word, "nl")
        parts = [part for part in word.split("-") if part]
        return max(whole, min(word_zipf(part) for part in parts)) if parts else whole
    whole = zipf_frequency(word, "nl")
    if whole >= 3.0:
        return whole
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            whole = max(whole, zipf_frequency(word[: -len(ending)], "nl") - 0.25)
    if whole >= 3.0 or len(word) < 8:
        return whole
    return max(whole, _compound_zipf(word, depth=2))


def _compound_zipf(word: str, depth: int) -> float:
    """Best min(frequency of head, frequency of tail) over two-part splits."""
    best = 0.0
    for cut in range(3, len(word) - 2):
        tail = word[cut:]
        tail_zipf = zipf_frequency(tail, "nl")
        if tail_zipf < 3.0 and depth > 1 and len(tail) >= 8:
            tail_zipf = max(tail_zipf, _compound_zipf(tail, depth - 1))
        if tail_zipf <= best:
            continue
        head = word[:cut]
        head_zipf = zipf_frequency(head, "nl")
        for link in _LINKING:
            if head.endswith(link) and len(head) - len(link) >= 3:
                head_zipf = max(head_zipf, zipf_frequency(head[: -len(link)], "nl"))
        best = max(best, min(head_zipf, tail_zipf))
    # A compound is a little harder than its parts on their own.
    return best - 0.5 if best else 0.0
