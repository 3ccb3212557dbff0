"""An in-process index of the question fields and text of every live, public answer.

The database engine (SQLite FTS5, PostgreSQL full text) finds answers by their whole text,
but SQLite has no Dutch stemming and neither engine knows our synonyms, compounds or field
weights. This index holds, per answer, the stems of its question, alternative questions,
keywords, short answer and body, plus the vocabulary that query understanding corrects typos
and splits compounds against. It takes about 95 MB at 10,000 answers (search_speed.py) and
is kept in sync incrementally: a cheap fingerprint query tells when answers or synonyms
changed, and only the changed answers are read again, so a publish reaches every process
within seconds and a synonym edit needs no restart.
"""

import gc
import heapq
import logging
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np

from django.db.models import Count, Max, Q

from wagtail.models import Site

from kennisbank.models import AlternativeQuestion, AnswerPage, AnswerPageTag
from search import embeddings, fusion
from search.embeddings.latent import LatentTerms, overlaps
from search.embeddings.store import from_bytes, questions_from_bytes
from search.freshness import FreshIndex, answers_fingerprint, as_stored
from search.models import AnswerEmbedding, SynonymGroup
from search.understanding import (
    SynonymIndex,
    Vocabulary,
    is_filler,
    normalise,
    split_compound,
    stem,
    tokenize,
)
from search.understanding.compounds import compound_head

# How much a match in each field counts. The body counts as much as the short answer: both
# are the answer's text. An imported answer has nothing else beside its question (no
# alternative questions, no keywords, a short answer cut from its first paragraph), so
# without the body a citizen's word that only the body has found it through the database
# engine's rank alone. With it, the chatbot answered 0.369 instead of 0.328 of the pooled
# demo questions directly and right on the content as imported, and 0.503 instead of 0.488 on
# the curated content (benchmarks/chat_quality.py --set all [--bare]); weight 1 gave less, 3
# about the same.
FIELD_WEIGHTS = {
    "title": 5.0,
    "questions": 4.0,
    "keywords": 4.0,
    "short_answer": 2.0,
    "body": 2.0,
    # The body's section headings and button texts ("Rijbewijs uit een ander land", "Maak
    # een spoedafspraak"): an editor's words for what a part of the answer is about, so a
    # stronger sign than any word of the body. Citizens search with such words, and the
    # issue's harder query set is made of them. With weight 3, queries made of the demo
    # content's own headings and buttons found their answer at MRR@10 0.853 instead of 0.817,
    # and 0.902 instead of 0.862 on the content as imported; the other query sets scored the
    # same within 0.001 (benchmarks/search_relevance.py [--bare], hybrid). At 4 the citizen
    # questions lost a little.
    "headings": 3.0,
}
# A match on one part of a compound ("afval" in "afvalkalender") counts for less.
COMPOUND_PART_FACTOR = 0.7
# Particles of Dutch separable verbs: "Hoe vraag ik een paspoort aan?" is about "aanvragen".
SEPARABLE_PARTICLES = frozenset(
    [
        "aan",
        "af",
        "bij",
        "door",
        "in",
        "mee",
        "na",
        "om",
        "op",
        "over",
        "terug",
        "toe",
        "uit",
        "vast",
        "weg",
    ]
)
# Words that open the phrase a clause may go on with after its particle ("aan voor mijn kind").
PREPOSITIONS = frozenset(
    {
        "aan", "bij", "binnen", "buiten", "door", "in", "met", "na", "naar", "om", "op", "over",
        "per", "tijdens", "tot", "uit", "van", "vanaf", "via", "voor", "zonder",
    }
)  # fmt: skip
# Below this many answers no word is too common to search for.
COMMON_WORD_MIN_ANSWERS = 50
# Words that are never the verb of a separable verb: joining them ("aanik", "aanhoe") would
# link every "hoe ... aan" question to every other.
FUNCTION_WORDS = frozenset(
    [
        "ik",
        "je",
        "jij",
        "u",
        "we",
        "wij",
        "hij",
        "zij",
        "ze",
        "het",
        "de",
        "een",
        "hoe",
        "wat",
        "waar",
        "wanneer",
        "waarom",
        "wie",
        "welk",
        "welke",
        "mijn",
        "jouw",
        "uw",
        "ons",
        "onze",
        "zijn",
        "haar",
        "hun",
        "dit",
        "dat",
        "die",
        "deze",
        "er",
        "daar",
        "hier",
        "kan",
        "kun",
        "kunt",
        "moet",
        "moeten",
        "mag",
        "mogen",
        "wil",
        "wilt",
        "willen",
        "zal",
        "zou",
        "ga",
        "gaat",
        "gaan",
        "is",
        "ben",
        "bent",
        "was",
        "niet",
        "geen",
        "wel",
        "nog",
        "ook",
        "al",
        "dan",
        "en",
        "of",
        "maar",
        "als",
        "om",
        "te",
        "met",
        "voor",
        "van",
        "naar",
    ]
)
_CLAUSE_END = re.compile(r"[.?!;:\n]+")
logger = logging.getLogger(__name__)


@dataclass
class Document:
    page_id: int
    title: str
    url: str
    short_answer: str
    external_id: str | None
    audience: str
    department_id: int
    published: object
    # field name -> tokens of that field, kept to undo the word counts on removal
    tokens: dict[str, list[str]]
    # field name -> particle + word joins of separable verbs (not counted in the vocabulary)
    verbs: dict[str, list[str]] = field(default_factory=dict)
    # stem -> best weight in this document, whole words and compound parts merged
    weights: dict[str, float] = field(default_factory=dict)
    # The national product name (UPL) the answer is about: names its subject for follow-ups.
    upl_label: str = ""
    # Its section headings and button texts, normalised: a query that is one of them
    # (search.retrieval.find_answers).
    headings: frozenset[str] = frozenset()


def _separable_particle(tokens: list[str]) -> int | None:
    """The position of the particle of the clause's separable verb, or None.

    The particle ends the clause ("Hoe vraag ik een paspoort aan?"), or stands before a phrase
    that opens with a preposition ("Hoe vraag ik een paspoort aan voor mijn kind?", "Hoe geef
    ik mijn inkomen door aan Dienst Toeslagen?"). Such titles were found by "paspoort" but not
    by "aanvragen".
    """
    if len(tokens) < 2:
        return None
    if tokens[-1] in SEPARABLE_PARTICLES:
        return len(tokens) - 1
    for position in range(len(tokens) - 2, 0, -1):
        if tokens[position] in SEPARABLE_PARTICLES and tokens[position + 1] in PREPOSITIONS:
            return position
    return None


def separable_verbs(tokens: list[str]) -> list[tuple[str, str]]:
    """(particle, word) for every content word of a clause before its separable particle
    (_separable_particle); joined, each may be the verb ("aan" + "vraag").

    Only one of the words is the verb, but guessing which is not worth it: the other joins
    ("aanpaspoort") never occur in a query, so they cost a little memory and nothing else.
    Filler words are joined too: "vraag" is filler in "ik heb een vraag" but the verb here.
    """
    position = _separable_particle(tokens)
    if position is None:
        return []
    particle = tokens[position]
    return [
        (particle, token)
        for token in tokens[:position]
        if len(token) > 2 and token not in FUNCTION_WORDS
    ]


def clause_verbs(text: str) -> list[str]:
    return [
        particle + word
        for clause in _CLAUSE_END.split(text)
        for particle, word in separable_verbs(tokenize(clause))
    ]


def _field_texts(rows, alternative_questions, keywords) -> dict[str, str]:
    return {
        "title": rows["title"],
        "questions": "\n".join(alternative_questions),
        "keywords": " ".join(keywords),
        "short_answer": rows["short_answer"],
        "body": AnswerPage.body_text(rows["body"]),
        "headings": AnswerPage.heading_text(rows["body"]),
    }


def _chunks(items, size=2000):
    # Keeps "id IN (...)" below SQLite's limit on query parameters.
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _relative_url(url_path: str, root_paths: list[str]) -> str:
    for root_path in root_paths:
        if url_path.startswith(root_path):
            return "/" + url_path[len(root_path) :]
    return url_path


class QuestionIndex(FreshIndex):
    """Postings from stem to {answer id: field weight}, for all live public answers."""

    def __init__(self):
        self.documents: dict[int, Document] = {}
        self.postings: dict[str, dict[int, float]] = {}
        # normalised heading or button text -> the answers that have it
        self.headings: dict[str, set[int]] = {}
        self.vocabulary = Vocabulary({})
        self.synonyms = SynonymIndex(())
        self._word_counts: Counter[str] = Counter()
        # word -> ((term, factor), ...); valid for one vocabulary, since compounds depend on it
        self._word_terms: dict[str, tuple[tuple[str, float], ...]] = {}
        # The meaning of each answer (search.embeddings), for the current model only.
        self.vectors = VectorIndex()
        super().__init__()

    # -- keeping in sync (search.freshness) --------------------------------------------------
    def fingerprint(self):
        synonyms = SynonymGroup.objects.aggregate(count=Count("id"), changed=Max("updated_at"))
        return (
            *answers_fingerprint(),
            (synonyms["count"], synonyms["changed"]),
            self._vectors_fingerprint(),
        )

    def sync(self, previous, current):
        self._sync(reload_synonyms=previous is None or previous[3] != current[3])
        self._sync_vectors()

    def _vectors_fingerprint(self):
        # Vectors are written just after a publish commits: a new one must reach every
        # process like a publish does.
        name = embeddings.model_name()
        if name is None:
            return None
        stats = AnswerEmbedding.objects.filter(model_name=name).aggregate(
            count=Count("*"), changed=Max("updated_at")
        )
        return (name, stats["count"], stats["changed"])

    def _sync_vectors(self):
        name = embeddings.model_name()
        if name is None:
            self.vectors = VectorIndex()
            return
        if self.vectors.model_name != name:
            self.vectors = VectorIndex(name)
        try:
            self.vectors.sync(set(self.documents))
        except Exception:
            # Meaning is an extra; words alone still answer.
            logger.warning("Answer vectors not loaded; searching on words only", exc_info=True)

    def _sync(self, reload_synonyms):
        if reload_synonyms:
            self.synonyms = SynonymIndex(
                group.phrase_list for group in SynonymGroup.objects.filter(is_active=True)
            )
        gone, changed = self.changed_answers(self.documents)
        for page_id in gone:
            self._remove(page_id)
        new_documents = [self._load(chunk) for chunk in _chunks(changed)]
        new_documents = [document for chunk in new_documents for document in chunk]
        self.vocabulary = Vocabulary(self._word_counts, tokens=True, previous=self.vocabulary)
        self._word_terms = {}
        # Compound parts are found against the vocabulary, so it must be complete first.
        for document in new_documents:
            self._add_postings(document)
        # The index is hundreds of thousands of small objects without reference cycles; left in
        # the garbage collector's generations, every full collection walks them all (200 ms
        # pauses at 10,000 answers).
        gc.collect()
        gc.freeze()

    def _load(self, page_ids) -> list[Document]:
        """Documents for these answers, in three queries whatever their number."""
        questions: dict[int, list[str]] = {}
        for page_id, question in (
            AlternativeQuestion.objects.filter(page_id__in=page_ids)
            .order_by("sort_order")
            .values_list("page_id", "question")
        ):
            questions.setdefault(page_id, []).append(question)
        keywords: dict[int, list[str]] = {}
        for page_id, name in AnswerPageTag.objects.filter(
            content_object_id__in=page_ids
        ).values_list("content_object_id", "tag__name"):
            keywords.setdefault(page_id, []).append(name)
        root_paths = [root.root_path for root in Site.get_site_root_paths()]
        documents = []
        for row in AnswerPage.objects.filter(id__in=page_ids).values(
            "id",
            "title",
            "url_path",
            "short_answer",
            "external_id",
            "audience",
            "owner_department_id",
            "upl_label",
            "body",
            published=as_stored("last_published_at"),
        ):
            if row["id"] in self.documents:
                self._remove(row["id"])
            texts = _field_texts(row, questions.get(row["id"], []), keywords.get(row["id"], []))
            document = Document(
                page_id=row["id"],
                title=row["title"],
                url=_relative_url(row["url_path"], root_paths),
                short_answer=row["short_answer"],
                external_id=row["external_id"],
                audience=row["audience"],
                department_id=row["owner_department_id"],
                published=row["published"],
                upl_label=row["upl_label"],
                # Interned: the same few thousand words recur in every body, and 10,000
                # answers' own copies of them took 68 MB more.
                tokens={
                    name: [sys.intern(token) for token in tokenize(text)]
                    for name, text in texts.items()
                },
                verbs={name: clause_verbs(text) for name, text in texts.items()},
                headings=frozenset(
                    normalise(line) for line in texts["headings"].splitlines() if line.strip()
                ),
            )
            self.documents[document.page_id] = document
            for heading in document.headings:
                self.headings.setdefault(heading, set()).add(document.page_id)
            for tokens in document.tokens.values():
                self._word_counts.update(tokens)
            documents.append(document)
        return documents

    def _remove(self, page_id):
        document = self.documents.pop(page_id)
        for heading in document.headings:
            pages = self.headings[heading]
            pages.discard(page_id)
            if not pages:
                del self.headings[heading]
        for tokens in document.tokens.values():
            self._word_counts.subtract(tokens)
        for term in document.weights:
            postings = self.postings.get(term)
            if postings is not None:
                postings.pop(page_id, None)
                if not postings:
                    del self.postings[term]

    def _add_postings(self, document):
        weights: dict[str, float] = {}
        for field_name, tokens in document.tokens.items():
            weight = FIELD_WEIGHTS[field_name]
            words = [token for token in tokens if not is_filler(token)] + document.verbs[field_name]
            for word in words:
                for term, factor in self.word_terms(word):
                    if weight * factor > weights.get(term, 0.0):
                        weights[term] = weight * factor
        document.weights = weights
        for term, weight in weights.items():
            self.postings.setdefault(term, {})[document.page_id] = weight

    def word_terms(self, word) -> tuple[tuple[str, float], ...]:
        """The stem of a word (factor 1), and the stems of its compound parts (less)."""
        terms = self._word_terms.get(word)
        if terms is None:
            terms = ((stem(word), 1.0),)
            parts = split_compound(word, self.vocabulary, force=True)
            if len(parts) > 1:
                terms += tuple((stem(part), COMPOUND_PART_FACTOR) for part in parts)
            elif head := compound_head(word):
                # "reclamebord" is a "bord", even when no answer uses "reclame" on its own.
                terms += ((stem(head), COMPOUND_PART_FACTOR),)
            self._word_terms[word] = terms
        return terms

    # -- lookups ---------------------------------------------------------------------------
    def document_frequency(self, term: str) -> int:
        return len(self.postings.get(term, ()))

    def is_common(self, word: str) -> bool:
        """Whether a word is in the fields of more than a fifth of all answers.

        In a municipal knowledge base "gemeente" is such a word: it tells answers apart as
        little as "de", while making the full-text engine rank thousands of rows.
        """
        return (
            len(self) >= COMMON_WORD_MIN_ANSWERS
            and self.document_frequency(stem(word)) > len(self) / 5
        )

    def __len__(self):
        return len(self.documents)


# More answers than this without a vector in memory (a first embedding of all of them) are
# looked up by reading every row rather than by id.
MAX_MISSING_LOOKUP = 500


class VectorIndex:
    """The vectors of every answer in memory, for brute-force cosine search.

    One passage vector per answer as a matrix: 10,000 answers of 384 float32 are 15 MB and a
    query against all of them ~1 ms. The answers' question vectors (about four per curated
    answer) are compared only for the candidates, to re-rank them (fusion.with_question), and
    kept as float16: 10,000 answers' questions are then 29 MB instead of 58, and the rounding
    moves a similarity by less than 0.001. Their own questions' vectors (8 MB as float16) only
    say what the usual question is (_generic). Only rows changed since the last sync are read
    from the database.
    """

    # Rows changed this long before the latest one seen are looked at again on every sync:
    # a row's time is set when it is saved, and a transaction (or another server's clock)
    # may make it visible later than a row saved after it.
    RECHECK = timedelta(minutes=10)

    def __init__(self, model_name: str | None = None):
        self.model_name = model_name
        self._vectors: dict[int, np.ndarray] = {}
        self._questions: dict[int, np.ndarray] = {}
        self._latent: dict[int, LatentTerms] = {}
        self._titles: dict[int, np.ndarray] = {}
        # Their sum, kept up to date as answers come and go: a mean over 10,000 vectors at
        # every sync took 30 ms.
        self._titles_sum: np.ndarray | None = None
        # The time each row changed, as_stored.
        self._changed_at: dict[int, str] = {}
        # How many rows of this model there were, and the latest time one changed, at the last
        # sync (_rows_to_check).
        self._row_count = 0
        self._latest = None
        self.page_ids = np.zeros(0, dtype=np.int64)
        self.matrix = np.zeros((0, 0), dtype=np.float32)
        # Per row of `matrix`: how much closer than the average answer it is to the usual
        # question (see _generic).
        self.generic = np.zeros(0, dtype=np.float32)

    def _rows_to_check(self, page_ids: set[int]) -> tuple[dict[int, str], bool]:
        """({answer id: time its row changed, as_stored} for the rows that may have changed,
        whether that is every row).

        Every row on the first sync, or when rows were deleted (an answer that is still live
        may have lost its vector); otherwise those changed since shortly before the latest
        change seen, and those of answers that have no vector in memory (published again
        after an unpublish, with their vector unchanged). Reading all 10,000 rows with their
        times took 66 ms of every sync after a publish; as text, 15 ms (for ten minutes after
        search_reindex every row is recent).
        """
        rows = AnswerEmbedding.objects.filter(model_name=self.model_name)
        stats = rows.aggregate(count=Count("*"), latest=Max("updated_at"))
        count = stats["count"]
        missing = [page_id for page_id in page_ids if page_id not in self._vectors]
        everything = (
            self._latest is None or count < self._row_count or len(missing) > MAX_MISSING_LOOKUP
        )
        if not everything:
            recent = Q(updated_at__gte=self._latest - self.RECHECK)
            rows = rows.filter(recent | Q(page_id__in=missing) if missing else recent)
        # The times as text (as_stored): they are only compared with the ones read before.
        found = dict(rows.values_list("page_id", as_stored("updated_at")))
        self._row_count = count
        self._latest = stats["latest"]
        return found, everything

    def sync(self, page_ids: set[int]):
        rows, everything = self._rows_to_check(page_ids)
        wanted = {page_id: changed for page_id, changed in rows.items() if page_id in page_ids}
        stale = [
            page_id
            for page_id in self._vectors
            if page_id not in page_ids or (everything and page_id not in wanted)
        ]
        changed = [page_id for page_id, at in wanted.items() if self._changed_at.get(page_id) != at]
        if not stale and not changed:
            return
        for page_id in stale:
            self._vectors.pop(page_id, None)
            self._questions.pop(page_id, None)
            self._latent.pop(page_id, None)
            self._forget_title(page_id)
            self._changed_at.pop(page_id, None)
        for chunk in _chunks(changed):
            for page_id, vector, questions, title, latent, at in AnswerEmbedding.objects.filter(
                model_name=self.model_name, page_id__in=chunk
            ).values_list(
                "page_id",
                "vector",
                "question_vectors",
                "title_vector",
                "latent_terms",
                as_stored("updated_at"),
            ):
                self._vectors[page_id] = from_bytes(vector)
                self._questions[page_id] = questions_from_bytes(
                    questions, len(self._vectors[page_id])
                ).astype(np.float16)
                # Rows from before latent terms have none until search_reindex.
                if (terms := LatentTerms.from_bytes(latent)) is not None:
                    self._latent[page_id] = terms
                else:
                    self._latent.pop(page_id, None)
                self._forget_title(page_id)
                # Rows from before title vectors have none until search_reindex.
                if title := bytes(title or b""):
                    self._add_title(page_id, from_bytes(title).astype(np.float16))
                self._changed_at[page_id] = at
        self._rebuild_matrix(changed)
        self.generic = self._generic()

    def _rebuild_matrix(self, changed: list[int]):
        """The matrix of every vector in answer id order, after `changed` got new vectors.

        The rows that did not change are copied from the previous matrix in one go: stacking
        10,000 separate vectors again took 20-40 ms of every sync after a publish.
        """
        ids = np.fromiter(sorted(self._vectors), dtype=np.int64, count=len(self._vectors))
        if not len(ids):
            self.page_ids, self.matrix = ids, np.zeros((0, 0), dtype=np.float32)
            return
        dim = len(next(iter(self._vectors.values())))
        previous, old_ids = self.matrix, self.page_ids
        if not len(old_ids) or previous.shape[1] != dim or len(changed) > len(ids) // 2:
            matrix = np.vstack([self._vectors[page_id] for page_id in ids.tolist()])
        else:
            matrix = np.empty((len(ids), dim), dtype=np.float32)
            at = np.searchsorted(old_ids, ids).clip(0, len(old_ids) - 1)
            kept = old_ids[at] == ids
            matrix[kept] = previous[at[kept]]
            # New answers, and answers whose vector changed, get their own.
            fresh = set(changed) | set(ids[~kept].tolist())
            if fresh:
                rows = np.searchsorted(ids, np.fromiter(fresh, dtype=np.int64, count=len(fresh)))
                matrix[rows] = np.vstack([self._vectors[page_id] for page_id in ids[rows].tolist()])
        self.page_ids, self.matrix = ids, matrix

    def _add_title(self, page_id: int, vector: np.ndarray):
        if self._titles_sum is None or len(self._titles_sum) != len(vector):
            self._titles_sum = np.zeros(len(vector), dtype=np.float64)
        self._titles[page_id] = vector
        self._titles_sum += vector

    def _forget_title(self, page_id: int):
        vector = self._titles.pop(page_id, None)
        if vector is not None and self._titles_sum is not None:
            self._titles_sum -= vector

    def _generic(self) -> np.ndarray:
        """Per answer, how close its passage is to the usual question, minus the average.

        Some answers are near every question by meaning ("Hoe maak ik een afspraak?",
        "Gevonden voorwerpen"): they came first for a question they do not answer more often
        than any other. The answers' own questions, embedded as questions, together say what
        a question to this knowledge base usually means; an answer's similarity to their mean
        is how much of that it shares. Subtracting a share of it (minus the average, so the
        similarities keep their level and every threshold its meaning) discounts that
        closeness-to-everything, and is one matrix product per sync. On the pooled demo
        question sets, meaning alone then ranked the right answer first for 0.66 instead of
        0.61 of the other sets' questions (0.83 instead of 0.69 of the held-out openers).
        """
        if not self._titles or len(self._titles_sum) != self.matrix.shape[1]:
            return np.zeros(len(self.page_ids), dtype=np.float32)
        usual = (self._titles_sum / len(self._titles)).astype(np.float32)
        closeness = self.matrix @ usual
        return (closeness - closeness.mean()).astype(np.float32)

    def __len__(self):
        return len(self.page_ids)

    def _rows_of(self, page_ids) -> np.ndarray:
        """The rows of `matrix` of those of `page_ids` that have a vector."""
        wanted = np.fromiter(page_ids, dtype=np.int64, count=len(page_ids))
        if not len(wanted) or not len(self.page_ids):
            return np.zeros(0, dtype=np.int64)
        rows = np.searchsorted(self.page_ids, wanted).clip(0, len(self.page_ids) - 1)
        return rows[self.page_ids[rows] == wanted]

    def generic_of(self, page_ids) -> dict[int, float]:
        """{answer id: its closeness to the usual question (_generic)} for those of
        `page_ids` that have a vector."""
        if len(self.generic) != len(self.page_ids):
            return {}
        rows = self._rows_of(page_ids)
        return dict(zip(self.page_ids[rows].tolist(), self.generic[rows].tolist(), strict=True))

    def similarities(
        self,
        vector: np.ndarray,
        limit: int,
        page_ids,
        question_weight: float = 0.0,
        generic_weight: float = 0.0,
        latent: np.ndarray | None = None,
        fusion_settings: "fusion.FusionSettings | None" = None,
    ) -> dict[int, float]:
        """{answer id: cosine similarity} of the `limit` nearest answers and of `page_ids`
        (those that have a vector), from one matrix product: at 10,000 answers about 1 ms,
        where a dot product per candidate took 15 ms for a chatty message. With a
        `question_weight` each is raised towards its closest question's similarity; with a
        `generic_weight` that share of its closeness to every question is taken off
        (_generic); with the query's `latent` terms (a dense vector) each answer that has
        latent terms is moved by how many strong terms they share (fusion.with_latent)."""
        if not len(self) or self.matrix.shape[1] != vector.shape[0]:
            return {}
        similarities = self.matrix @ vector
        discount = generic_weight * self.generic
        limit = min(limit, len(similarities))
        positions = np.argpartition(discount - similarities, limit - 1)[:limit]
        if len(page_ids):
            positions = np.union1d(positions, self._rows_of(page_ids))
        ids = self.page_ids[positions].tolist()
        nearest = dict(zip(ids, similarities[positions].tolist(), strict=True))
        generic = dict(zip(ids, self.generic[positions].tolist(), strict=True))
        closest = {}
        if question_weight > 0:
            # A common word brings thousands of candidates; comparing all of their questions
            # took 15 ms at p95. Those far down by meaning cannot come near the top through a
            # question.
            reranked = heapq.nlargest(QUESTION_CANDIDATES, nearest, key=nearest.__getitem__)
            closest = self._closest_questions(reranked, vector)
        # Without a closest question, with_question keeps the passage similarity.
        found = {
            page_id: fusion.answer_similarity(
                similarity, closest.get(page_id), generic[page_id], question_weight, generic_weight
            )
            for page_id, similarity in nearest.items()
        }
        if latent is not None and fusion_settings is not None and fusion_settings.latent_weight:
            found = fusion.with_latent(found, self.latent_overlaps(latent, found), fusion_settings)
        return found

    def latent_overlaps(self, latent: np.ndarray, page_ids) -> dict[int, float]:
        """{answer id: cosine of its latent terms with the query's} for those of `page_ids`
        that have latent terms (of this index's model, as the query's are)."""
        having = [page_id for page_id in page_ids if page_id in self._latent]
        if not having:
            return {}
        terms = [self._latent[page_id] for page_id in having]
        return dict(zip(having, overlaps(latent, terms).tolist(), strict=True))

    def _closest_questions(self, page_ids: list[int], vector: np.ndarray) -> dict[int, float]:
        """{answer id: similarity of its closest question} for those of `page_ids` that have
        question vectors, from one matrix product over all of their questions."""
        # Every answer with a passage vector has a (possibly empty) matrix of questions.
        matrices = [self._questions[page_id] for page_id in page_ids]
        counts = np.fromiter((len(matrix) for matrix in matrices), dtype=np.int64)
        if not counts.sum():
            return {}
        # Answers without questions add no rows, so `starts` still point at each one's first.
        similarities = np.concatenate(matrices).astype(np.float32) @ vector
        starts = np.cumsum(counts) - counts
        present = counts > 0
        closest = np.maximum.reduceat(similarities, starts[present])
        return dict(zip(np.asarray(page_ids)[present].tolist(), closest.tolist(), strict=True))


# How many of the candidates closest by passage are compared with their questions.
QUESTION_CANDIDATES = 100


_index = QuestionIndex()


def get_index() -> QuestionIndex:
    """The process-wide index, brought up to date with the database if needed."""
    _index.ensure_fresh()
    return _index


def reset_index():
    """Forget everything (tests use this between databases)."""
    global _index
    _index = QuestionIndex()
