"""Expand query terms with groups of equivalent phrases.

A group lists phrases that mean the same thing to a citizen, e.g.
``["gba", "brp", "basisregistratie personen"]``. When the query contains one
phrase of a group, the other phrases are returned as expansions, kept apart from
the original terms so the engine can weight what the citizen typed higher.

Phrases and queries are compared on their match key: normalised, filler words
removed, accents, spaces and hyphens ignored. So "id-kaart", "id kaart" and
"idkaart" in a group all match each other, and so does "verklaring omtrent het
gedrag" against "verklaring omtrent gedrag". A second, looser comparison on stems
lets "belastingen" match a group that lists "belasting".
"""

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .normalise import fold, normalise_query
from .stemming import stem
from .stopwords import content_tokens

__all__ = ["SynonymIndex", "expand", "synonym_index"]

Phrase = tuple[str, ...]


def _phrase_tokens(phrase: str) -> Phrase:
    # The same cleaning as a query gets, without the query length cap.
    return tuple(content_tokens(normalise_query(phrase, max_length=len(phrase) + 1).tokens))


def _key(tokens: Sequence[str]) -> str:
    return fold("".join(tokens))


def _stem_key(tokens: Sequence[str]) -> str:
    return "".join(stem(token) for token in tokens)


class SynonymIndex:
    """Synonym groups prepared for fast lookup. Build once, reuse for every query."""

    def __init__(self, groups: Iterable[Iterable[str]]):
        self.groups: list[tuple[Phrase, ...]] = []
        self._by_key: dict[str, list[int]] = {}
        self._by_stem: dict[str, list[int]] = {}
        words: set[str] = set()
        for group in groups:
            phrases = tuple(dict.fromkeys(p for p in map(_phrase_tokens, group) if p))
            if len(phrases) < 2:
                continue
            number = len(self.groups)
            self.groups.append(phrases)
            for phrase in phrases:
                words.update(phrase)
                for table, key in (
                    (self._by_key, _key(phrase)),
                    (self._by_stem, _stem_key(phrase)),
                ):
                    numbers = table.setdefault(key, [])
                    if number not in numbers:
                        numbers.append(number)
        #: Every word in any phrase: the spelling corrector treats these as known.
        self.words = frozenset(words)
        self.max_phrase_length = max((len(p) for g in self.groups for p in g), default=0)

    def __len__(self) -> int:
        return len(self.groups)

    def matches(self, tokens: Sequence[str]) -> list[tuple[int, Phrase]]:
        """(group number, matched tokens) for each phrase found in ``tokens``."""
        found: list[tuple[int, Phrase]] = []
        for start in range(len(tokens)):
            for size in range(1, min(self.max_phrase_length, len(tokens) - start) + 1):
                gram = tuple(tokens[start : start + size])
                numbers = self._by_key.get(_key(gram)) or self._by_stem.get(_stem_key(gram), ())
                found.extend((number, gram) for number in numbers)
        return found

    def first_phrase(self, phrase: str) -> str | None:
        """The first phrase of the group `phrase` is in as a whole ("identiteitskaart" ->
        "id kaart"), or None."""
        tokens = _phrase_tokens(phrase)
        numbers = self._by_key.get(_key(tokens)) if tokens else None
        return " ".join(self.groups[numbers[0]][0]) if numbers else None

    def expand(self, *sequences: Sequence[str]) -> tuple[str, ...]:
        """Synonym phrases for the given token sequences, excluding what is already there.

        Pass several sequences (e.g. the words as typed and the same words with
        compounds split) to match on any of them. A phrase whose words all occur
        in the sequences is left out: it would add nothing to the search.
        """
        present = {fold(token) for sequence in sequences for token in sequence}
        expansions: dict[str, None] = {}
        for sequence in sequences:
            for number, _gram in self.matches(sequence):
                for phrase in self.groups[number]:
                    if not present.issuperset(map(fold, phrase)):
                        expansions[" ".join(phrase)] = None
        return tuple(expansions)


@lru_cache(maxsize=16)
def _cached_index(groups: tuple[tuple[str, ...], ...]) -> SynonymIndex:
    return SynonymIndex(groups)


def synonym_index(groups: SynonymIndex | Iterable[Iterable[str]]) -> SynonymIndex:
    """Return ``groups`` as a :class:`SynonymIndex`, building it at most once per list.

    Callers that pass the same plain list on every query pay for preparing it
    only the first time.
    """
    if isinstance(groups, SynonymIndex):
        return groups
    return _cached_index(tuple(tuple(group) for group in groups))


def expand(
    tokens: Sequence[str], groups: SynonymIndex | Iterable[Iterable[str]]
) -> tuple[str, ...]:
    """Synonym phrases for ``tokens`` (normalised content words), not already in them.

    >>> expand(["brp"], [["gba", "brp", "basisregistratie personen"]])
    ('gba', 'basisregistratie personen')
    """
    return synonym_index(groups).expand(tokens)
