"""The words the knowledge base knows, with how often each occurs."""

from __future__ import annotations

import bisect
import itertools
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from .normalise import fold, tokenize
from .spelling import DeletionIndex

__all__ = ["Vocabulary"]


class Vocabulary:
    """A mapping of normalised word -> frequency, with fast typo candidates.

    Keys are normalised like queries (lowercase, accents kept, letters and digits
    only). A key that normalises to several words ("ID-kaart") counts for each.
    The deletion index used for typo candidates is built on first use, so a
    vocabulary that only answers membership questions costs little.
    """

    def __init__(
        self,
        frequencies: Mapping[str, int],
        *,
        tokens: bool = False,
        previous: Vocabulary | None = None,
    ):
        """``tokens``: the keys are single normalised words already (as the search index
        counts them), so they are not tokenized again: at 10,000 answers that took 30 ms of
        every index update after a publish.

        ``previous``: the vocabulary this one replaces. Its deletion index, if built, is
        brought up to date with the words that came and went, in place, and shared: a search
        still running on the previous vocabulary may then be offered a word just published,
        which is harmless, while building the index again took 110-160 ms at 10,000 answers."""
        if tokens:
            counts = {word: frequency for word, frequency in frequencies.items() if frequency > 0}
        else:
            counts = Counter()
            for key, frequency in frequencies.items():
                if frequency <= 0:
                    continue
                for word in tokenize(key):
                    counts[word] += frequency
        self._frequencies: dict[str, int] = dict(counts)
        # Accent-free spelling -> the most frequent accented spelling, so a query
        # typed as "financiele" can use the documents' "financiële". Only words with an
        # accent (or another letter beyond ASCII) are folded: the rest are their own fold
        # (known_form), and folding all 12,000 words took 15 ms of every index update.
        by_fold: dict[str, str] = {}
        for word, frequency in counts.items():
            if word.isascii():
                continue
            folded = fold(word)
            current = by_fold.get(folded)
            if current is None or frequency > counts[current]:
                by_fold[folded] = word
        self._by_fold = by_fold
        self._index: DeletionIndex | None = None
        self._sorted: list[str] | None = None
        self._index_lock = threading.Lock()
        if previous is not None and previous._index is not None:
            known = previous._frequencies.keys()
            previous._index.update(added=counts.keys() - known, removed=known - counts.keys())
            self._index = previous._index

    @classmethod
    def from_texts(cls, texts: Iterable[str], *, min_count: int = 1) -> Vocabulary:
        """Count the words in ``texts`` (page titles, bodies, ...).

        Words seen fewer than ``min_count`` times are left out; with a large
        corpus, ``min_count=2`` keeps the documents' own typos from being
        offered as corrections.
        """
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(tokenize(text))
        return cls({word: count for word, count in counts.items() if count >= min_count})

    def __contains__(self, word: object) -> bool:
        return word in self._frequencies

    def __len__(self) -> int:
        return len(self._frequencies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._frequencies)

    def __repr__(self) -> str:
        return f"<Vocabulary of {len(self)} words>"

    def __getstate__(self) -> dict:
        # Caches (Django's included) pickle; the lock cannot be pickled, and the
        # deletion index is keyed on string hashes that differ per process.
        state = self.__dict__.copy()
        del state["_index_lock"]
        state["_index"] = None
        state["_sorted"] = None
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._index_lock = threading.Lock()

    def frequency(self, word: str) -> int:
        """How often ``word`` occurs; 0 when unknown."""
        return self._frequencies.get(word, 0)

    def known_form(self, word: str) -> str | None:
        """The vocabulary's spelling of ``word``, ignoring accents; None if unknown.

        >>> Vocabulary({"financiële": 3}).known_form("financiele")
        'financiële'
        """
        if word in self._frequencies:
            return word
        folded = fold(word)
        accented = self._by_fold.get(folded)
        if accented is None or self.frequency(folded) >= self.frequency(accented):
            # Unknown (None), or typed with an accent the documents write without.
            return folded if folded in self._frequencies else accented
        return accented

    def completion(self, prefix: str) -> str | None:
        """The most frequent known word that starts with ``prefix`` and is longer, or None.

        >>> Vocabulary({"paspoort": 5, "paspoorten": 1, "pas": 9}).completion("pasp")
        'paspoort'
        """
        words = self._sorted_words()
        start = bisect.bisect_left(words, prefix)
        best = None
        for word in itertools.islice(words, start, None):
            if not word.startswith(prefix):
                break
            if word != prefix and (best is None or self.frequency(word) > self.frequency(best)):
                best = word
        return best

    def _sorted_words(self) -> list[str]:
        # Built on first use, like the deletion index: most vocabularies never need it.
        if self._sorted is None:
            self._sorted = sorted(self._frequencies)
        return self._sorted

    def candidates(self, word: str, max_distance: int) -> set[str]:
        """Known words that may be within ``max_distance`` edits of ``word``."""
        return self._deletion_index().candidates(word, max_distance)

    def _deletion_index(self) -> DeletionIndex:
        if self._index is None:
            with self._index_lock:
                # Another thread may have built it while we waited.
                if self._index is None:
                    self._index = DeletionIndex(self._frequencies)
        return self._index
