"""Vectors per answer in the database: what is embedded, and embedding only what changed.

Per answer and model:
- one passage vector. With alternative questions (curated content) it holds the answer's
  question fields: its question, the alternative questions and the keywords, which say what
  need the answer serves. Without them (imported content: a question and a body, nothing
  more) it holds the question, the keywords and the start of the body, since the question
  alone says little; up to PASSAGE_MAX_CHARS, because embedding time grows with length;
- one vector per alternative question, embedded as a question: a citizen's question is
  closest to the one it paraphrases, which a passage mixing all of them blurs
  (search.fusion.with_question);
- the answer's own question embedded as a question: the questions of all answers together
  say what a citizen's question usually looks like, which the index uses to discount answers
  that are close to every question (search.index.VectorIndex);
- the passage's latent terms (search.embeddings.latent), when the model gives them.

On the pooled demo question sets (benchmarks/chat_quality.py --set all) the question vectors
answered 0.471 directly right against 0.433 with the passage alone. On the same content as an
import brings it (--bare), the start of the body in the passage put the right answer first for
0.689 of the questions instead of 0.619 with the question and short answer, at 175 ms per
answer on one core instead of 55 (about half that on two).
"""

import hashlib
import logging
import re
from dataclasses import dataclass

import numpy as np

from kennisbank.models import AlternativeQuestion, AnswerPage, AnswerPageTag
from search.embeddings import (
    embed_passages,
    embed_queries,
    get_backend,
    latent_dim,
    latent_passages,
)
from search.models import AnswerEmbedding

logger = logging.getLogger(__name__)

BATCH_SIZE = 32


# How much of an answer without alternative questions is embedded as its passage: its
# question, keywords and the start of its body. 400 to 1,000 characters put the right answer
# first about equally often on imported content (0.67 to 0.69, chat_quality.py --set all
# --bare); more only takes longer.
PASSAGE_MAX_CHARS = 600


@dataclass(frozen=True)
class AnswerTexts:
    passage: str
    questions: tuple[str, ...]
    title: str = ""

    @property
    def digest(self) -> str:
        # Every kind of text: a changed alternative question changes a question vector.
        return content_hash("\x1e".join([self.passage, *self.questions, f"title:{self.title}"]))

    def stored_digest(self) -> str:
        """The digest, and whether latent terms are made: rows embedded before latent terms
        (or while they were off) are embedded again by search_reindex, and until then searched
        by their dense vectors alone."""
        if latent_dim():
            return content_hash(f"{self.digest}\x1elatent-terms")
        return self.digest


def answer_texts(page_ids) -> dict[int, AnswerTexts]:
    """{answer id: the texts embedded for it}, in three queries whatever their number."""
    questions: dict[int, list[str]] = {}
    for page_id, question in (
        AlternativeQuestion.objects.filter(page_id__in=page_ids)
        .order_by("sort_order")
        .values_list("page_id", "question")
    ):
        questions.setdefault(page_id, []).append(question)
    keywords: dict[int, list[str]] = {}
    for page_id, name in AnswerPageTag.objects.filter(content_object_id__in=page_ids).values_list(
        "content_object_id", "tag__name"
    ):
        keywords.setdefault(page_id, []).append(name)
    texts = {}
    for page_id, title, short_answer, body in AnswerPage.objects.filter(
        id__in=page_ids
    ).values_list("id", "title", "short_answer", "body"):
        alternatives = questions.get(page_id, [])
        parts = [title, *alternatives, ", ".join(keywords.get(page_id, []))]
        if not alternatives:
            parts.append(_opening(short_answer, AnswerPage.body_text(body)))
        passage = "\n".join(part for part in parts if part)
        texts[page_id] = AnswerTexts(
            passage=passage if alternatives else passage[:PASSAGE_MAX_CHARS],
            questions=tuple(alternatives),
            title=title,
        )
    return texts


def _opening(short_answer: str, body_text: str) -> str:
    """How the answer opens: its body, after its short answer when the body does not say it.
    An import that made the short answer of the opening paragraph leaves those sentences out of
    the body (they would show twice), and the passage without them lost the answer's most
    telling sentences."""
    if not body_text or not short_answer:
        return body_text or short_answer
    body_words = set(re.findall(r"\w+", body_text.lower()))
    if set(re.findall(r"\w+", short_answer.lower())) <= body_words:
        return body_text
    return f"{short_answer}\n{body_text}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(data) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.float32)


def questions_from_bytes(data, dim: int) -> np.ndarray:
    """The (questions, dim) matrix stored in `question_vectors`; (0, dim) when there are none."""
    return from_bytes(data).reshape(-1, dim)


def embed_answers(page_ids=None, *, progress=None) -> int:
    """Embed the live answers (or `page_ids`) whose texts or model changed; returns how many.

    Without a model nothing happens (0). `progress(n)` is called after every batch.
    """
    backend = get_backend()
    if backend is None:
        return 0
    if page_ids is None:
        page_ids = list(AnswerPage.objects.live().values_list("id", flat=True))
    page_ids = list(page_ids)
    known = (
        dict(
            AnswerEmbedding.objects.filter(
                page_id__in=page_ids, model_name=backend.name
            ).values_list("page_id", "content_hash")
        )
        if len(page_ids) < 2000
        else dict(
            AnswerEmbedding.objects.filter(model_name=backend.name).values_list(
                "page_id", "content_hash"
            )
        )
    )
    embedded = 0
    for start in range(0, len(page_ids), 500):
        texts = answer_texts(page_ids[start : start + 500])
        todo = [
            (page_id, text, digest)
            for page_id, text in texts.items()
            if known.get(page_id) != (digest := text.stored_digest())
        ]
        if progress and len(texts) > len(todo):
            progress(len(texts) - len(todo))
        for batch_start in range(0, len(todo), BATCH_SIZE):
            batch = todo[batch_start : batch_start + BATCH_SIZE]
            vectors = embed_passages([text.passage for _id, text, _hash in batch])
            # Each answer's own question first, then its alternative questions, in one call.
            matrices = _question_vectors(
                [(text.title, *text.questions) for _id, text, _hash in batch]
            )
            # As long as an imported answer's passage: a curated one lists many questions,
            # and the time a text's latent terms take grows with its length.
            latent = latent_passages(
                [text.passage[:PASSAGE_MAX_CHARS] for _id, text, _hash in batch]
            )
            _save(backend.name, batch, vectors, matrices, latent or [None] * len(batch))
            embedded += len(batch)
            if progress:
                progress(len(batch))
    return embedded


def _save(model_name, batch, vectors, matrices, latent):
    """`matrices`: per answer its own question's vector, then its alternative questions';
    `latent`: per answer its latent terms or None."""
    AnswerEmbedding.objects.bulk_create(
        [
            AnswerEmbedding(
                page_id=page_id,
                model_name=model_name,
                content_hash=digest,
                vector=to_bytes(vector),
                title_vector=to_bytes(questions[0]),
                question_vectors=to_bytes(questions[1:]),
                latent_terms=terms.to_bytes() if terms is not None else b"",
            )
            for (page_id, _text, digest), vector, questions, terms in zip(
                batch, vectors, matrices, latent, strict=True
            )
        ],
        update_conflicts=True,
        unique_fields=["page", "model_name"],
        update_fields=[
            "content_hash",
            "vector",
            "title_vector",
            "question_vectors",
            "latent_terms",
            "updated_at",
        ],
    )


def _question_vectors(question_lists) -> list[np.ndarray]:
    """Per answer, the (questions, dim) matrix of its questions, from one call to the model."""
    flat = [question for questions in question_lists for question in questions]
    vectors = embed_queries(flat) if flat else np.zeros((0, 0), dtype=np.float32)
    matrices, start = [], 0
    for questions in question_lists:
        matrices.append(vectors[start : start + len(questions)])
        start += len(questions)
    return matrices


def embed_answer_safely(page_id: int):
    """Embed one answer after its publish; a failure is logged, never raised to the editor."""
    try:
        embed_answers([page_id])
    except Exception:
        logger.warning("Answer %s not embedded; run search_reindex later", page_id, exc_info=True)
