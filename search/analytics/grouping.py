"""Group near-identical questions: the same need, typed with a typo or as a split compound.

Group keys (search.analytics.recording.group_key) are the sorted stems of a query's content
words, so plurals, inflections and word order already fall together ("paspoorten aanvragen" =
"aanvraag paspoort"). This module merges the keys that differ only in the way people type:

* a typo in one word: both words have 5 letters or more and are at most 1 edit apart
  (Damerau-Levenshtein: insert, delete, replace, swap two neighbours), or 2 edits when both
  have 9 letters or more ("parkeervergunnig" ~ "parkeervergunning"). Shorter words must be
  equal: "huur" and "vuur" are different needs, and so are "afval pas" and "afval ophalen";
* a compound written apart ("grof vuil" ~ "grofvuil"), also with the linking s or e
  ("bestemming plan" ~ "bestemmingsplan").

Keys are compared with a representative, not with each other (no chains of small
differences drifting from "kaart" to "kaars" to "taars"): in order of frequency, a key joins the
group of the most frequent representative it matches, or becomes a representative itself. So
the representative of a group is its most frequent member key, and the result is the same
for the same input. Candidates are found through indexes (a key with one word left out; a
word with one or two letters left out), never by comparing all pairs: 20,000 distinct keys
take well under a second.

A second, optional pass (merge_by_meaning) joins groups whose questions mean the same in
other words ("vuurwerk" ~ "vuurwerk afsteken", "trouwen" ~ "huwelijk"), by the cosine
similarity of their embeddings (search.embeddings), with the same representative rule.

Pure Python and numpy, no Django.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from search.understanding.aspects import ASPECT_STEMS

MIN_TYPO_LENGTH = 5
MIN_TWO_TYPOS_LENGTH = 9
# Dutch joins some compounds with a linking s or e: "bestemmingsplan", "gemeentehuis".
LINKING_LETTERS = ("", "s", "e", "en")


def allowed_edits(first: str, second: str) -> int:
    """Edits allowed between two words of a key: by the shorter word's length."""
    shortest = min(len(first), len(second))
    if shortest >= MIN_TWO_TYPOS_LENGTH:
        return 2
    if shortest >= MIN_TYPO_LENGTH:
        return 1
    return 0


def _within_one(first: str, second: str) -> bool:
    """Whether two different words are one insert, delete, replace or neighbour swap apart;
    by comparing prefixes and suffixes, several times faster than the table below."""
    if len(first) > len(second):
        first, second = second, first
    start = 0
    shortest = len(first)
    while start < shortest and first[start] == second[start]:
        start += 1
    if len(first) == len(second):
        if first[start + 1 :] == second[start + 1 :]:
            return True  # one letter replaced
        return (
            start + 1 < shortest
            and first[start] == second[start + 1]
            and first[start + 1] == second[start]
            and first[start + 2 :] == second[start + 2 :]
        )  # two neighbours swapped
    return len(second) - len(first) == 1 and first[start:] == second[start + 1 :]


def _within(first: str, second: str, limit: int) -> bool:
    """Whether the Damerau-Levenshtein (optimal string alignment) distance is at most `limit`;
    only the diagonal band of the table is filled, and it stops as soon as a row exceeds it.
    Same result as spelling.damerau_levenshtein(first, second) <= limit, ten times faster."""
    if abs(len(first) - len(second)) > limit:
        return False
    width = len(second)
    too_far = limit + 1
    previous_previous: list[int] = []
    previous = [j if j <= limit else too_far for j in range(width + 1)]
    for i in range(1, len(first) + 1):
        current = [too_far] * (width + 1)
        if i <= limit:
            current[0] = i
        low, high = max(1, i - limit), min(width, i + limit)
        char = first[i - 1]
        for j in range(low, high + 1):
            value = previous[j - 1] + (char != second[j - 1])
            if previous[j] + 1 < value:
                value = previous[j] + 1
            if current[j - 1] + 1 < value:
                value = current[j - 1] + 1
            if (
                i > 1
                and j > 1
                and char == second[j - 2]
                and first[i - 2] == second[j - 1]
                and previous_previous[j - 2] + 1 < value
            ):
                value = previous_previous[j - 2] + 1
            current[j] = min(value, too_far)
        if min(current[low - 1 : high + 1]) > limit:
            return False
        previous_previous, previous = previous, current
    return previous[width] <= limit


_has_digit = re.compile(r"\d").search


def is_typo_of(first: str, second: str) -> bool:
    """Whether two different words are the same word mistyped."""
    if first == second:
        return True
    edits = allowed_edits(first, second)
    # "2024" and "2025" are not typos of each other.
    if not edits or _has_digit(first) or _has_digit(second):
        return False
    if edits == 1:
        return _within_one(first, second)
    return _within(first, second, edits)


def _deletions(word: str, depth: int) -> set[str]:
    """`word` with up to `depth` letters left out (the word itself included)."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _depth(word: str) -> int:
    if len(word) < MIN_TYPO_LENGTH or _has_digit(word):
        return 0
    return 2 if len(word) >= MIN_TWO_TYPOS_LENGTH else 1


class _Bucket:
    """The representatives that share all words but one, by that word. A small bucket is
    searched word by word; a large one (single-word keys, "... aanvragen") gets an index by
    deletions (the symmetric-delete idea: two words within k edits share a form with at most
    k letters left out of each), built when it grows past SCAN_LIMIT."""

    SCAN_LIMIT = 24

    def __init__(self):
        self.words: dict[str, str] = {}
        self.index: dict[str, list[str]] | None = None

    def add(self, word: str, key: str):
        if word in self.words:
            return
        self.words[word] = key
        if self.index is not None:
            self._index(word)
        elif len(self.words) > self.SCAN_LIMIT:
            self.index = defaultdict(list)
            for known in self.words:
                self._index(known)

    def _index(self, word: str):
        for form in _deletions(word, _depth(word)):
            self.index[form].append(word)

    def typos(self, word: str) -> list[str]:
        """Keys of the representatives whose word here is a typo of `word`."""
        if not _depth(word):
            return []
        if self.index is None:
            limit = 2 if len(word) >= MIN_TWO_TYPOS_LENGTH else 1
            candidates = [known for known in self.words if abs(len(known) - len(word)) <= limit]
        else:
            candidates = {
                known
                for form in _deletions(word, _depth(word))
                for known in self.index.get(form, ())
            }
        return [
            self.words[known] for known in candidates if known != word and is_typo_of(word, known)
        ]


def _joined(first: str, second: str) -> list[str]:
    return [a + link + b for a, b in ((first, second), (second, first)) for link in LINKING_LETTERS]


def _splits(word: str, vocabulary: set[str]):
    """(first, second) pairs of known words that `word` is a compound of."""
    for position in range(2, len(word) - 1):
        head, tail = word[:position], word[position:]
        if tail not in vocabulary:
            continue
        for link in LINKING_LETTERS:
            if link and head.endswith(link) and head[: -len(link)] in vocabulary:
                yield head[: -len(link)], tail
            elif not link and head in vocabulary:
                yield head, tail


def merge_keys(counts: dict[str, int]) -> dict[str, str]:
    """{key: representative key} for every key in `counts` ({group key: how often asked}).
    The representative of a group is its most frequent key (ties: alphabetical)."""
    ordered = sorted(counts, key=lambda key: (-counts[key], key))
    vocabulary = {token for key in ordered for token in key.split()}
    splits: dict[str, list[tuple[str, str]]] = {}
    # Representatives by their words with one left out.
    buckets: dict[tuple[str, ...], _Bucket] = defaultdict(_Bucket)
    representatives: set[tuple[str, ...]] = set()
    representative: dict[str, str] = {}

    def rank(key: str) -> tuple[int, str]:
        return (-counts[key], key)

    for key in ordered:
        tokens = tuple(key.split())
        if not tokens:
            representative[key] = key  # only filler words: nothing to compare
            continue
        matches = []
        for i, token in enumerate(tokens):
            rest = tokens[:i] + tokens[i + 1 :]
            # The same words but one, which is mistyped.
            bucket = buckets.get(rest)
            if bucket is not None:
                matches.extend(bucket.typos(token))
            # A compound here, written apart in a representative.
            if token not in splits:
                splits[token] = list(_splits(token, vocabulary))
            for first, second in splits[token]:
                apart = tuple(sorted({*rest, first, second}))
                if apart in representatives:
                    matches.append(" ".join(apart))
        # Two words here, one compound in a representative.
        if len(tokens) > 1:
            for i, j in combinations(range(len(tokens)), 2):
                bucket = buckets.get(tokens[:i] + tokens[i + 1 : j] + tokens[j + 1 :])
                if bucket is None:
                    continue
                matches.extend(
                    bucket.words[compound]
                    for compound in _joined(tokens[i], tokens[j])
                    if compound in bucket.words
                )
        if matches:
            representative[key] = min(matches, key=rank)
            continue
        representative[key] = key
        representatives.add(tokens)
        for i, token in enumerate(tokens):
            buckets[tokens[:i] + tokens[i + 1 :]].add(token, key)
    return representative


# Cosine similarity of two query vectors (multilingual-e5-small) from which they are one need.
# Measured on pairs: one need 0.94-0.99 ("vuurwerk" / "vuurwerk afsteken" 0.94, "trouwen" /
# "huwelijk" 0.96), different needs up to 0.91 ("paspoort aanvragen" / "rijbewijs aanvragen",
# "hondenbelasting" / "hond aanmelden").
MEANING_THRESHOLD = 0.93


def _aspects(key: str) -> set[str]:
    """The aspect words of a need's key (its sorted stems): "kost", "aanvragen"."""
    return set(key.split()) & ASPECT_STEMS


def _same_aspects(first: set[str], second: set[str]) -> bool:
    """Whether two needs ask the same of their subject: "wat kost een paspoort" and "paspoort
    aanvragen" are close by meaning (0.93 and more) but two needs, with two answers; a need
    without an aspect ("paspoort") joins either."""
    return not first or not second or first == second


def merge_by_meaning(
    representative: dict[str, str],
    counts: dict[str, int],
    vectors: dict[str, np.ndarray],
    threshold: float = MEANING_THRESHOLD,
) -> dict[str, str]:
    """`representative` (from merge_keys) with groups of the same meaning joined.

    Groups are taken in order of how often they were asked (summed over members); a group
    joins the most similar more frequent group whose representative it matches, or stays a
    group of its own; never one that asks another aspect of the subject (_same_aspects). Only
    representatives are compared, never chains. `vectors` holds an
    L2-normalised vector per representative key; a key without one is left alone.
    """
    totals: Counter = Counter()
    for key, count in counts.items():
        totals[representative.get(key, key)] += count
    ordered = sorted(totals, key=lambda key: (-totals[key], key))
    leaders: list[str] = []
    leader_vectors: list[np.ndarray] = []
    joined: dict[str, str] = {}
    for key in ordered:
        vector = vectors.get(key)
        if vector is None:
            continue
        if leader_vectors:
            similarities = np.vstack(leader_vectors) @ vector
            aspects = _aspects(key)
            for position, leader in enumerate(leaders):
                if not _same_aspects(aspects, _aspects(leader)):
                    similarities[position] = -1.0
            best = int(np.argmax(similarities))
            if similarities[best] >= threshold:
                joined[key] = leaders[best]
                continue
        leaders.append(key)
        leader_vectors.append(vector)
    return {
        key: joined.get(group, group)
        for key, group in ((key, representative.get(key, key)) for key in representative)
    }


@dataclass
class QueryCluster:
    """One need: its representative key, member keys and phrasings, most frequent first."""

    key: str
    count: int = 0
    members: list[str] = field(default_factory=list)
    phrasings: list[tuple[str, int]] = field(default_factory=list)

    @property
    def example(self) -> str:
        """The most common phrasing."""
        return self.phrasings[0][0] if self.phrasings else self.key


def group_queries(
    rows: Iterable[tuple[str, str, int]], representative: dict[str, str] | None = None
) -> list[QueryCluster]:
    """Clusters of (group key, phrasing, count) rows, most asked first. Phrasings that differ
    only in capitals or spaces count as one (the most frequent spelling is shown). Pass the
    result of merge_keys as `representative` when you already have it (it is the slow part)."""
    key_counts: Counter = Counter()
    phrasing_counts: dict[str, Counter] = defaultdict(Counter)
    for key, phrasing, count in rows:
        key_counts[key] += count
        phrasing_counts[key][phrasing] += count
    if representative is None:
        representative = merge_keys(dict(key_counts))

    clusters: dict[str, QueryCluster] = {}
    spellings: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for key in sorted(key_counts, key=lambda key: (-key_counts[key], key)):
        cluster = clusters.setdefault(representative[key], QueryCluster(representative[key]))
        cluster.count += key_counts[key]
        cluster.members.append(key)
        for phrasing, count in phrasing_counts[key].items():
            spellings[cluster.key][" ".join(phrasing.split()).casefold()][phrasing] += count
    for cluster in clusters.values():
        forms = spellings[cluster.key]
        totals = {form: sum(counter.values()) for form, counter in forms.items()}
        cluster.phrasings = [
            (min(forms[form].items(), key=lambda item: (-item[1], item[0]))[0], totals[form])
            for form in sorted(totals, key=lambda form: (-totals[form], form))
        ]
    return sorted(clusters.values(), key=lambda cluster: (-cluster.count, cluster.key))
