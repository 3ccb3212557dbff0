"""Internal notes ("werkinstructie") in the workbench search, and nowhere else.

The public retrieval path never sees internal notes: they are not in AnswerPage.search_fields
(Wagtail's index, Elasticsearch) nor in search.index. The workbench finds answers by their
notes with this separate in-process index, which only search.workbench reads.

Matching uses the same query understanding as every channel: the query words with their
alternatives (compound parts, joined forms, synonyms) and rarity weights come from
search.ranking.query_words, exactly as for the question fields, and are looked up here in the
stems of the notes. A note's word counts whole (1.0) or, as one part of a compound, for less
(search.index.COMPOUND_PART_FACTOR), as in the question index.

Kept in sync by the same mechanism as search.index (search.freshness.FreshIndex): a cheap
fingerprint query at most every SEARCH_INDEX_CHECK_SECONDS, and only answers published since are
read again.
"""

import re
from dataclasses import dataclass

from kennisbank.content.bodytext import richtext_to_text
from kennisbank.models import AnswerPage
from search.freshness import FreshIndex, as_stored
from search.index import COMPOUND_PART_FACTOR
from search.ranking import QueryWord
from search.understanding import is_filler, split_compound, stem, tokenize

EXCERPT_LENGTH = 160
_WORD = re.compile(r"\w+")


def notes_text(html: str) -> str:
    """Internal notes as plain text, links reduced to their text."""
    return richtext_to_text(html, link_url=lambda attributes: "")


@dataclass
class Note:
    page_id: int
    published: object
    text: str
    # stem -> weight (1.0 for a whole word, less for a part of a compound)
    weights: dict[str, float]


@dataclass(frozen=True)
class NotesMatch:
    # Weighted share of the query words found in the notes, 0-1 (as search.ranking scores).
    coverage: float
    # Whether every query word was found.
    complete: bool
    stems: frozenset[str]


class NotesIndex(FreshIndex):
    """Postings from stem to {answer id: weight} over the internal notes of live public answers."""

    def __init__(self):
        self.notes: dict[int, Note] = {}
        self.postings: dict[str, dict[int, float]] = {}
        self._word_terms: dict[str, tuple[tuple[str, float], ...]] = {}
        super().__init__()

    # -- keeping in sync (search.freshness) --------------------------------------------------
    def sync(self, previous, current, vocabulary):
        """Catch up with the database; `vocabulary` (the question index's) splits compounds."""
        gone, changed = self.changed_answers(self.notes)
        for page_id in gone:
            self._remove(page_id)
        # Compound parts depend on the vocabulary, which changes with every publish.
        self._word_terms = {}
        for start in range(0, len(changed), 2000):  # SQLite's limit on query parameters
            rows = AnswerPage.objects.filter(id__in=changed[start : start + 2000]).values_list(
                "id", as_stored("last_published_at"), "internal_notes"
            )
            for page_id, published, html in rows:
                if page_id in self.notes:
                    self._remove(page_id)
                text = notes_text(html)
                if text:
                    self._add(Note(page_id, published, text, self._weights(text, vocabulary)))

    def _weights(self, text, vocabulary) -> dict[str, float]:
        weights: dict[str, float] = {}
        for word in tokenize(text):
            if is_filler(word):
                continue
            for term, factor in self._terms(word, vocabulary):
                if factor > weights.get(term, 0.0):
                    weights[term] = factor
        return weights

    def _terms(self, word, vocabulary) -> tuple[tuple[str, float], ...]:
        terms = self._word_terms.get(word)
        if terms is None:
            terms = ((stem(word), 1.0),)
            parts = split_compound(word, vocabulary, force=True)
            if len(parts) > 1:
                terms += tuple((stem(part), COMPOUND_PART_FACTOR) for part in parts)
            self._word_terms[word] = terms
        return terms

    def _add(self, note: Note):
        self.notes[note.page_id] = note
        for term, weight in note.weights.items():
            self.postings.setdefault(term, {})[note.page_id] = weight

    def _remove(self, page_id):
        note = self.notes.pop(page_id)
        for term in note.weights:
            postings = self.postings.get(term)
            if postings is not None:
                postings.pop(page_id, None)
                if not postings:
                    del self.postings[term]

    # -- lookups ---------------------------------------------------------------------------
    def _evidence(self, word: QueryWord) -> dict[int, tuple[float, tuple[str, ...]]]:
        """{answer id: (best weight of any alternative of `word`, the stems that matched)}."""
        best: dict[int, tuple[float, tuple[str, ...]]] = {}
        for stems, factor in word.alternatives:
            postings = [self.postings.get(term, {}) for term in stems]
            if not all(postings):
                continue
            # Every stem of a multi-word alternative must be present; the weakest decides.
            common = set(postings[0]).intersection(*postings[1:])
            for page_id in common:
                value = min(found[page_id] for found in postings) * factor
                if value > best.get(page_id, (0.0,))[0]:
                    best[page_id] = (value, stems)
        return best

    def match(self, words: list[QueryWord]) -> dict[int, NotesMatch]:
        """{answer id: how well its notes cover the query words} for notes with any of them.

        Term-at-a-time like search.ranking: the cost follows how common the words are.
        """
        total = sum(word.weight for word in words)
        if not total:
            return {}
        scores: dict[int, float] = {}
        found_words: dict[int, int] = {}
        found_stems: dict[int, set[str]] = {}
        for word in words:
            for page_id, (value, stems) in self._evidence(word).items():
                scores[page_id] = scores.get(page_id, 0.0) + word.weight * value
                found_words[page_id] = found_words.get(page_id, 0) + 1
                found_stems.setdefault(page_id, set()).update(stems)
        return {
            page_id: NotesMatch(
                coverage=value / total,
                complete=found_words[page_id] == len(words),
                stems=frozenset(found_stems[page_id]),
            )
            for page_id, value in scores.items()
        }

    def excerpt(self, page_id: int, stems, length: int = EXCERPT_LENGTH) -> str:
        """A piece of the notes around the first matched word, about `length` characters."""
        note = self.notes.get(page_id)
        if note is None:
            return ""
        text = " ".join(note.text.split())
        start = 0
        for found in _WORD.finditer(text):
            word = found.group().casefold()
            # A compound in the notes matched through one of its parts.
            if stem(word) in stems or any(len(term) > 3 and term in word for term in stems):
                start = found.start()
                break
        if len(text) <= length:
            return text
        # Begin a few words before the match, at a word boundary.
        begin = max(0, start - length // 4)
        if begin:
            begin = text.rfind(" ", 0, begin) + 1
        end = begin + length
        piece = text[begin:end]
        if end < len(text):
            piece = piece.rsplit(" ", 1)[0] + " …"
        return ("… " if begin else "") + piece

    def __len__(self):
        return len(self.notes)


_index = NotesIndex()


def get_notes_index(vocabulary) -> NotesIndex:
    """The process-wide notes index, brought up to date with the database if needed."""
    _index.ensure_fresh(vocabulary=vocabulary)
    return _index


def reset_notes_index():
    """Forget everything (tests use this between databases)."""
    global _index
    _index = NotesIndex()
