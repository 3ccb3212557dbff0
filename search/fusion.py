"""Fusing the lexical and the semantic evidence into one score from 0 to 1: pure functions.

The lexical score (search.ranking) is already 0-1 and comparable across queries. A cosine
similarity of multilingual-e5 is not: it lives in a narrow band (about 0.7 for unrelated
text, 0.9 and more for the same need), so it is mapped linearly from [floor, ceiling] onto
[0, 1] with fixed bounds. Fixed, not per query: a query whose best neighbour is poor must
keep a poor score, or the chatbot could not hand it over. The fused score is a weighted
mean of both, so it stays 0-1 and comparable. Weight and bounds are settings, chosen by
cross-validation with benchmarks/fusion_tuning.py.
"""

import heapq
from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class FusionSettings:
    weight: float = 0.6
    floor: float = 0.74
    ceiling: float = 0.92
    # The share of what an answer's closest alternative question adds (with_question).
    question_weight: float = 0.5
    # The share of an answer's closeness to every question taken off (index.VectorIndex).
    generic_weight: float = 0.5
    # How much the latent terms an answer shares with the query move its similarity (0: not
    # at all), and the overlap that moves it not at all (with_latent).
    latent_weight: float = 0.0
    latent_center: float = 0.3


def current() -> FusionSettings:
    return FusionSettings(
        weight=settings.SEARCH_SEMANTIC_WEIGHT,
        floor=settings.SEARCH_SEMANTIC_FLOOR,
        ceiling=settings.SEARCH_SEMANTIC_CEILING,
        question_weight=settings.SEARCH_QUESTION_WEIGHT,
        generic_weight=settings.SEARCH_GENERIC_WEIGHT,
        latent_weight=settings.SEARCH_LATENT_WEIGHT,
        latent_center=settings.SEARCH_LATENT_CENTER,
    )


# How much closer than the passage an answer's question usually is to any query: about the
# median on the demo content. Only what a question adds beyond this counts, so question
# vectors re-rank without raising similarities across the board, which would move every
# threshold calibrated on the passage similarity (counting the whole difference, hand-over of
# unanswerable questions fell from 0.95 to 0.80).
QUESTION_USUAL_LEAD = 0.03


def with_question(passage: float, question: float | None, question_weight: float) -> float:
    """An answer's similarity to a query from its two kinds of vector.

    The passage (all question fields at once) is the base. A question of the answer that is
    closer to the query than that, by more than QUESTION_USUAL_LEAD, raises it by
    `question_weight` of the excess; a question further away lowers nothing, since an answer
    serves all of its questions.
    """
    if question is None:
        return passage
    return passage + question_weight * max(question - passage - QUESTION_USUAL_LEAD, 0.0)


def answer_similarity(
    passage: float,
    question: float | None,
    generic: float,
    question_weight: float,
    generic_weight: float,
) -> float:
    """An answer's similarity to a query: with_question, less `generic_weight` of the answer's
    closeness to every question (`generic`, see index.VectorIndex)."""
    return with_question(passage, question, question_weight) - generic_weight * generic


def with_latent(
    similarities: dict[int, float], overlaps: dict[int, float], fusion: FusionSettings
) -> dict[int, float]:
    """`similarities` moved by `latent_weight` times how far each answer's latent-term overlap
    with the query (search.embeddings.latent) is above or below `latent_center`; an answer
    without latent terms keeps its similarity.

    The center is fixed, not the query's average overlap: that lifted the best answer to every
    question alike, and the nearest answer to a question the content does not cover was then
    answered (hand-over of the national set's unanswerable questions fell from 0.83 to 0.67).
    With a fixed center, an answer that shares few strong terms with the question goes down.
    With weight 0.2 and center 0.3 (both sets of imported content choose them, each left out
    in turn, from weights 0.1-0.3 and centers 0.25-0.35) the right answer came first for 0.750
    of the pooled questions on content as an import brings it (chat_quality.py --set all
    --bare) instead of 0.721, and for 0.875 of the national set instead of 0.852, where 0.917
    of the questions without an answer were handed over instead of 0.833 (Dec 2026). Since the
    chat searches the question as typed, that hand-over gain is gone (README, "Latent terms").
    """
    return {
        page_id: similarity
        + (
            fusion.latent_weight * (overlaps[page_id] - fusion.latent_center)
            if page_id in overlaps
            else 0.0
        )
        for page_id, similarity in similarities.items()
    }


# A query of one or two words names a topic ("paspoort", "wmo"): the answer about the topic as
# a whole is meant, and such an answer is close to many questions by nature. A question that
# tells a situation ("onze kliko is gejat wat moet ik doen") is where answers close to every
# question are false friends. On the search queries, discounting every query moved "paspoort"
# to "Hoe haal ik mijn paspoort op?" and MRR@10 from 0.963 to 0.940.
TOPIC_WORDS = 2
SITUATION_WORDS = 5


def generic_share(query: str) -> float:
    """How much of the generic discount (index.VectorIndex) applies to `query`: none for a
    topic of TOPIC_WORDS words or fewer, all from SITUATION_WORDS words, linear between."""
    words = len(query.split())
    return min(max((words - TOPIC_WORDS) / (SITUATION_WORDS - TOPIC_WORDS), 0.0), 1.0)


def without_generic(
    similarities: dict[int, float], generic: dict[int, float], weight: float
) -> dict[int, float]:
    """`similarities` with `weight` more of each answer's closeness to every question (`generic`,
    see index.VectorIndex) taken off; an answer without a `generic` keeps its similarity."""
    return {
        page_id: value - weight * generic.get(page_id, 0.0)
        for page_id, value in similarities.items()
    }


def semantic_share(similarity: float, fusion: FusionSettings) -> float:
    """A cosine similarity mapped onto 0-1 with the fixed bounds."""
    span = max(fusion.ceiling - fusion.floor, 1e-6)
    return min(max((similarity - fusion.floor) / span, 0.0), 1.0)


def fuse(
    lexical: dict[int, float], semantic: dict[int, float], fusion: FusionSettings
) -> dict[int, float]:
    """{answer id: (1 - weight) * lexical + weight * semantic share} over both candidate sets.

    `semantic` holds cosine similarities of every candidate that has a vector: an answer
    missing there (published a moment ago, not embedded yet) keeps its lexical score, and one
    missing from `lexical` counts 0 there.
    """
    if not semantic or fusion.weight <= 0:
        return dict(lexical)
    weight = min(fusion.weight, 1.0)
    fused = {}
    for page_id in lexical.keys() | semantic.keys():
        if page_id not in semantic:
            fused[page_id] = lexical[page_id]
            continue
        share = semantic_share(semantic[page_id], fusion)
        # A neighbour below the floor, without a word in common, is no candidate at all.
        if share > 0 or page_id in lexical:
            fused[page_id] = (1 - weight) * lexical.get(page_id, 0.0) + weight * share
    return fused


def best(scores: dict[int, float]) -> int | None:
    """The answer with the highest score (ties by lowest id, so the choice is stable)."""
    if not scores:
        return None
    return min(scores, key=lambda page_id: (-scores[page_id], page_id))


# Cosine similarities this close to the best are a tie for the model.
NEAR_BEST = 0.01


def near_best(similarities: dict[int, float], within: float | None = None) -> frozenset[int]:
    """The answers whose similarity is within `within` (NEAR_BEST) of the highest."""
    if not similarities:
        return frozenset()
    within = NEAR_BEST if within is None else within
    top = max(similarities.values())
    return frozenset(page_id for page_id, value in similarities.items() if value >= top - within)


def lead(similarities: dict[int, float]) -> tuple[float, float]:
    """(the highest similarity, how far it is ahead of the next), (0, 0) when there are none."""
    largest = heapq.nlargest(2, similarities.values())
    if not largest:
        return 0.0, 0.0
    # One answer alone is ahead of nothing, so by all of its similarity.
    return largest[0], largest[0] - (largest[1] if len(largest) > 1 else 0.0)
