"""Typo correction against the vocabulary of the knowledge base.

Rules:

* Only words the vocabulary does not know are corrected, never words under four
  letters ("ik", "wmo") and never anything with a digit (house numbers, "2024").
* Allowed Damerau-Levenshtein distance: 1 for words of 4-7 letters, 2 for longer
  ones (long Dutch compounds collect more typos and have fewer neighbours).
* The closest candidate wins; among equally close ones, one with the same first
  letter, then the most frequent.
* An unknown word that is a known word plus an ending with the same stem is an
  inflection ("afvalkalenders" next to "afvalkalender"), not a typo, and is left
  alone. Nor is a word corrected to its own tail ("afmelden" is not a
  typo for "melden").
* A word that is common in Dutch (wordfreq's Zipf frequency of at least
  :data:`COMMON_WORD_ZIPF`) is a real word, not a typo, even when no answer uses
  it: "zoon" is not "woon", "heel" is not "heet", "vrienden" is not "vinden".
  Citizens who write a whole sentence use many such words; the vocabulary only
  holds the words of the answers' questions.

Candidates come from a deletion index (the symmetric-delete idea behind SymSpell):
every vocabulary word is stored under each string made by deleting one of its
characters. A lookup then only touches the handful of strings near the query word
instead of scanning 30,000 words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from .stemming import same_stem

if TYPE_CHECKING:
    from .vocabulary import Vocabulary

__all__ = [
    "COMMON_WORD_ZIPF",
    "MAX_CORRECTABLE_LENGTH",
    "MAX_ONE_EDIT_LENGTH",
    "MIN_CORRECTABLE_LENGTH",
    "DeletionIndex",
    "damerau_levenshtein",
    "is_common_word",
    "max_edits",
    "suggest",
]

#: Shorter words are never corrected: at one edit every short word has dozens of
#: neighbours ("ik" -> "in", "is", "il", ...), so any guess would be noise.
MIN_CORRECTABLE_LENGTH = 4
#: Words longer than this may be two edits away from their correction.
MAX_ONE_EDIT_LENGTH = 7
#: Longer tokens are pasted junk rather than words; looking up their two-edit
#: neighbours would cost milliseconds for nothing.
MAX_CORRECTABLE_LENGTH = 40
#: Words at least this frequent in Dutch are never corrected. 3.5 is about once in
#: 300,000 words: "tegels" (3.7) and "wiel" (4.0) are above it, typos such as
#: "lantarenpaal" (1.8) and "maaken" (2.4) and the stem "parkeer" (3.4) below it.
COMMON_WORD_ZIPF = 3.5
# Vocabulary words shorter than this are not offered as corrections.
_MIN_CANDIDATE_LENGTH = 3
# Letters tried when looking for two missing characters; the rest are too rare
# to be worth the lookups.
_ALPHABET_SIZE = 32


def max_edits(word: str) -> int:
    """How many edits a correction of ``word`` may be away from it (0, 1 or 2)."""
    if not MIN_CORRECTABLE_LENGTH <= len(word) <= MAX_CORRECTABLE_LENGTH or any(
        char.isdigit() for char in word
    ):
        return 0
    return 1 if len(word) <= MAX_ONE_EDIT_LENGTH else 2


def damerau_levenshtein(first: str, second: str) -> int:
    """Edit distance counting insertions, deletions, substitutions and adjacent swaps.

    This is the "optimal string alignment" variant: a swapped pair is not edited
    again, which is what typing errors look like.

    >>> damerau_levenshtein("paspoord", "paspoort")
    1
    >>> damerau_levenshtein("verhusiing", "verhuizing")
    2
    """
    # A shared prefix and suffix never change the distance; most candidate pairs
    # differ in a few characters only, which leaves a tiny table to fill.
    start = 0
    shortest = min(len(first), len(second))
    while start < shortest and first[start] == second[start]:
        start += 1
    end = 0
    while end < shortest - start and first[-1 - end] == second[-1 - end]:
        end += 1
    a, b = first[start : len(first) - end], second[start : len(second) - end]
    if not a or not b:
        return len(a) + len(b)

    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous_previous[j - 2] + 1)
            current[j] = value
        previous_previous, previous = previous, current
    return previous[-1]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class DeletionIndex:
    """Find vocabulary words within one or two edits of a word without scanning.

    Covers every word one edit away. At two edits it finds two extra characters,
    two missing ones, and an extra character combined with any other error; two
    substitutions in one word are not found (rare, and costly to index: it would
    need every two-character deletion of every word). For 30,000 words the index
    takes about 0.2 s to build and 20 MB.
    """

    def __init__(self, words: Iterable[str]):
        self._words = frozenset(word for word in words if len(word) >= _MIN_CANDIDATE_LENGTH)
        # Keyed on the hash of the deleted string, not the string: a third of the
        # memory for 30,000 words. A collision only adds a candidate, and every
        # candidate is checked with a real distance afterwards. Most keys hold one
        # word, stored bare; a tuple only where several words share a key.
        self._index: dict[int, str | tuple[str, ...]] = {}
        letters: Counter[str] = Counter()
        for word in self._words:
            letters.update(word)
            self._insert(word)
        self.alphabet = "".join(letter for letter, _ in letters.most_common(_ALPHABET_SIZE))

    def __len__(self) -> int:
        return len(self._index)

    def update(self, added: Iterable[str], removed: Iterable[str]) -> None:
        """Add and remove words in place. A publish changes a few of 12,000 words, and
        building the index again took 110-160 ms of the first search with a typo after it."""
        added = {word for word in added if len(word) >= _MIN_CANDIDATE_LENGTH}
        removed = {word for word in removed if len(word) >= _MIN_CANDIDATE_LENGTH}
        index = self._index
        for word in removed & self._words:
            for deleted in _deletes(word):
                key = hash(deleted)
                current = index.get(key)
                if current == word:
                    del index[key]
                elif isinstance(current, tuple):
                    rest = tuple(other for other in current if other != word)
                    index[key] = rest[0] if len(rest) == 1 else rest
        for word in added - self._words:
            self._insert(word)
        # The alphabet (the most common letters) is left as it is: a few words barely move it.
        self._words = (self._words - removed) | added

    def _insert(self, word: str) -> None:
        index = self._index
        for deleted in _deletes(word):
            key = hash(deleted)
            current = index.get(key)
            if current is None:
                index[key] = word
            elif isinstance(current, str):
                index[key] = (current, word)
            else:
                index[key] = (*current, word)

    def _add_indexed(self, found: set[str], deleted: str) -> None:
        entry = self._index.get(hash(deleted))
        if entry is None:
            return
        if isinstance(entry, str):
            found.add(entry)
        else:
            found.update(entry)

    def candidates(self, word: str, max_distance: int) -> set[str]:
        """Words that may lie within ``max_distance`` edits; verify with a distance."""
        found: set[str] = set()
        words, add_indexed = self._words, self._add_indexed
        if word in words:
            found.add(word)
        # The query misses a character: it is a deletion of a vocabulary word.
        add_indexed(found, word)
        ones = _deletes(word)
        for deleted in ones:
            # The query has an extra character ...
            if deleted in words:
                found.add(deleted)
            # ... or a wrong or swapped one: both sides lose one character.
            add_indexed(found, deleted)
        if max_distance < 2:
            return found
        for deleted in ones:
            for twice in _deletes(deleted):
                if twice in words:
                    found.add(twice)
                add_indexed(found, twice)
        # Two missing characters: add one anywhere, then the index supplies words
        # that are one deletion away from the result.
        for position in range(len(word) + 1):
            head, tail = word[:position], word[position:]
            for letter in self.alphabet:
                add_indexed(found, head + letter + tail)
        return found


def _is_inflection(word: str, candidate: str) -> bool:
    """A plural like "afvalkalenders" next to "afvalkalender" is not a typo.

    Sharing a stem is not enough on its own: the stemmer maps "verhuising" and
    "verhuizing" together, yet the first is a typo. An inflection only adds an
    ending, so one word must also start with the other.
    """
    shorter, longer = sorted((word, candidate), key=len)
    return longer.startswith(shorter) and same_stem(word, candidate)


@lru_cache(maxsize=65_536)
def is_common_word(word: str) -> bool:
    """Whether ``word`` is an everyday Dutch word (see :data:`COMMON_WORD_ZIPF`)."""
    return zipf_frequency(word, "nl") >= COMMON_WORD_ZIPF


def suggest(word: str, vocabulary: Vocabulary, max_distance: int | None = None) -> str | None:
    """Return the correction for ``word``, or None when it should be left alone.

    ``max_distance`` caps the distance from :func:`max_edits`; pass 1 to look for
    near misses only. Known words, short words, numbers, common Dutch words and
    inflections of known words give None.
    """
    if word in vocabulary:
        return None
    limit = max_edits(word)
    if max_distance is not None:
        limit = min(limit, max_distance)
    if limit == 0 or is_common_word(word):
        return None
    best: tuple[int, bool, int, str] | None = None
    for candidate in vocabulary.candidates(word, limit):
        if abs(len(candidate) - len(word)) > limit:
            continue
        distance = damerau_levenshtein(word, candidate)
        if distance > limit:
            continue
        if _is_inflection(word, candidate):
            return None
        if len(word) - len(candidate) >= 2 and word.endswith(candidate):
            # "afmelden" is "melden" with a prefix, not a typo for it.
            continue
        # People rarely get the first letter wrong, so among equally close
        # candidates "bzwaar" is "bezwaar" rather than the more frequent "zwaar".
        key = (distance, candidate[0] != word[0], -vocabulary.frequency(candidate), candidate)
        if best is None or key < best:
            best = key
    return best[3] if best else None
