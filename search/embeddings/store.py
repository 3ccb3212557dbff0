"""Vectors per answer in the database: what is embedded, and embedding only what changed.

One vector per answer and model, from the answer's question fields: its question, the
alternative questions, the keywords and the short answer. These say what need the answer
serves; the body adds length (embedding time grows with it) more than meaning.
"""

import hashlib
import logging

import numpy as np

from kennisbank.models import AlternativeQuestion, AnswerPage, AnswerPageTag
from search.embeddings import embed_passages, get_backend
from search.models import AnswerEmbedding

logger = logging.getLogger(__name__)

BATCH_SIZE = 32


def passage_texts(page_ids) -> dict[int, str]:
    """{answer id: the text embedded for it}, in three queries whatever their number."""
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
    for page_id, title, short_answer in AnswerPage.objects.filter(id__in=page_ids).values_list(
        "id", "title", "short_answer"
    ):
        parts = [
            title,
            *questions.get(page_id, []),
            ", ".join(keywords.get(page_id, [])),
            short_answer,
        ]
        texts[page_id] = "\n".join(part for part in parts if part)
    return texts


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(data) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.float32)


def embed_answers(page_ids=None, *, progress=None) -> int:
    """Embed the live answers (or `page_ids`) whose text or model changed; returns how many.

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
        texts = passage_texts(page_ids[start : start + 500])
        todo = [
            (page_id, text, content_hash(text))
            for page_id, text in texts.items()
            if known.get(page_id) != content_hash(text)
        ]
        if progress and len(texts) > len(todo):
            progress(len(texts) - len(todo))
        for batch_start in range(0, len(todo), BATCH_SIZE):
            batch = todo[batch_start : batch_start + BATCH_SIZE]
            vectors = embed_passages([text for _id, text, _hash in batch])
            AnswerEmbedding.objects.bulk_create(
                [
                    AnswerEmbedding(
                        page_id=page_id,
                        model_name=backend.name,
                        content_hash=digest,
                        vector=to_bytes(vector),
                    )
                    for (page_id, _text, digest), vector in zip(batch, vectors, strict=True)
                ],
                update_conflicts=True,
                unique_fields=["page", "model_name"],
                update_fields=["content_hash", "vector", "updated_at"],
            )
            embedded += len(batch)
            if progress:
                progress(len(batch))
    return embedded


def embed_answer_safely(page_id: int):
    """Embed one answer after its publish; a failure is logged, never raised to the editor."""
    try:
        embed_answers([page_id])
    except Exception:
        logger.warning("Answer %s not embedded; run search_reindex later", page_id, exc_info=True)
