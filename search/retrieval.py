"""The one retrieval path for every channel: website, workbench, chatbot and API.

    response = find_answers("paspoort kwijt", limit=10)

Channels differ only in what they show of the response, never in how answers are found.
"""

import heapq
import logging
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

from django.db import connection

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction

from search import embeddings, fusion, ranking
from search.engines import get_engine
from search.index import get_index
from search.scrubbing import without_personal_data
from search.understanding import MAX_QUERY_LENGTH, UnderstoodQuery, normalise, stem, understand

logger = logging.getLogger(__name__)

ENGINE_CANDIDATES = 50
# Nearest answers by meaning that join the lexical candidates.
SEMANTIC_CANDIDATES = 30
# The best answers by words that are weighed by meaning too. A common word ("gemeente") makes
# thousands of candidates at 10,000 answers; those far down by words cannot reach the first
# results, and comparing and fusing all of them took a third of such a search.
LEXICAL_CANDIDATES = 400
# A query takes 10-25 ms to embed; a model that hangs must not hang the search with it.
EMBEDDING_TIMEOUT_SECONDS = 2.0


@dataclass(frozen=True)
class Result:
    page_id: int
    external_id: str | None
    title: str
    url: str
    short_answer: str
    score: float
    promoted: bool = False


@dataclass(frozen=True)
class SearchResponse:
    query: str
    understood: UnderstoodQuery
    results: list[Result] = field(default_factory=list)
    # The best answer by words alone and by meaning alone (None when that side found
    # nothing or no model is loaded): the chatbot trusts agreement and asks on disagreement.
    lexical_best: int | None = None
    semantic_best: int | None = None
    # Answers whose meaning is as close to the query as the best one's (within
    # fusion.NEAR_BEST): the model cannot tell them apart, so any of them "agrees".
    semantic_near_best: frozenset[int] = frozenset()
    # The semantic best's cosine similarity, and its lead over the next answer by meaning.
    semantic_similarity: float = 0.0
    semantic_lead: float = 0.0

    @property
    def corrected_query(self) -> str | None:
        return self.understood.corrected


def _promoted_ids(understood: UnderstoodQuery) -> list[int]:
    # Look up, never create: wagtail's Query.get() would store every query string typed,
    # and raw queries may hold personal data. One query through the picks, not two.
    return list(
        SearchPromotion.objects.filter(query__query_string=understood.normalised)
        .order_by("sort_order")
        .values_list("page_id", flat=True)
    )


def still_public(page_ids: list[int]) -> set[int]:
    """Those of `page_ids` that are live and outside every view restriction, in one query.

    What ``AnswerPage.objects.live().public()`` answers, without its extra query for the
    restrictions and its ORM compilation: together 4 ms of a 20 ms search at 10,000 answers.
    (CROSS JOIN makes SQLite read the few restrictions first instead of every page.)
    """
    if not page_ids:
        return set()
    page_table = Page._meta.db_table
    restriction_table = PageViewRestriction._meta.db_table
    placeholders = ", ".join(["%s"] * len(page_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT page.id FROM {page_table} AS page
            WHERE page.id IN ({placeholders}) AND page.live
              AND NOT EXISTS (
                SELECT 1 FROM {restriction_table} AS restriction
                CROSS JOIN {page_table} AS restricted
                WHERE restricted.id = restriction.page_id
                  AND substr(page.path, 1, length(restricted.path)) = restricted.path
              )
            """,  # noqa: S608 - only table names and placeholders are formatted in
            page_ids,
        )
        return {row[0] for row in cursor.fetchall()}


def _engine_shares(text: str) -> dict[int, float]:
    """{answer id: 1.0 for the engine's best match, falling linearly with its rank}."""
    try:
        ranked = get_engine().candidates(text, ENGINE_CANDIDATES)
    except Exception:
        # The question-field index alone still gives good answers; a broken engine must
        # never turn a citizen's search into an error page.
        logger.exception("Search engine failed; ranking on question fields only")
        return {}
    return {page_id: 1.0 - position / ENGINE_CANDIDATES for position, page_id in enumerate(ranked)}


def _engine_text(understood: UnderstoodQuery, index) -> str:
    """The expanded query without words so common they only slow the engine down."""
    words = understood.expanded_text().split()
    specific = [word for word in words if not index.is_common(word)]
    if not specific and words:
        specific = [min(words, key=lambda word: index.document_frequency(stem(word)))]
    return " ".join(specific)


def _by_score(item: tuple[int, float]) -> float:
    return item[1]


def _lexical_candidates(question_scores, engine_shares, wanted_answer) -> set[int]:
    """The answers that can be among the LEXICAL_CANDIDATES best by words.

    Only the engine's few candidates have an engine share; every other answer scores by its
    question score alone, so of those only the best LEXICAL_CANDIDATES can make the cut.
    Combining the scores of all of them (3,600 for a chatty message at 10,000 answers) took
    3 ms of every such search.
    """
    wanted = [page_id for page_id in question_scores if wanted_answer(page_id)]
    if len(wanted) > LEXICAL_CANDIDATES:
        wanted = heapq.nlargest(LEXICAL_CANDIDATES, wanted, key=question_scores.__getitem__)
    return {*wanted, *(page_id for page_id in engine_shares if wanted_answer(page_id))}


@dataclass(frozen=True)
class QueryEmbedding:
    """The query's vector and its latent terms, each being made in the background."""

    vector: Future
    latent: Future | None


def _start_query_embedding(query: str, index) -> QueryEmbedding | None:
    """The query's vector (and latent terms), being embedded in the background while the words
    are ranked; None when meaning cannot count (no vectors, no model, vectors of another
    model, weight 0)."""
    vectors = index.vectors
    fusion_settings = fusion.current()
    if not len(vectors) or fusion_settings.weight <= 0:
        return None
    if embeddings.model_name() != vectors.model_name:
        return None
    text = query[:MAX_QUERY_LENGTH]
    return QueryEmbedding(
        embeddings.query_vector_soon(text),
        embeddings.query_latent_soon(text) if fusion_settings.latent_weight else None,
    )


def _in_time(future: Future | None):
    if future is None:
        return None
    try:
        return future.result(timeout=EMBEDDING_TIMEOUT_SECONDS)
    except TimeoutError:
        logger.warning("Query not embedded in time; ranking without it")
        return None


def _semantic_similarities(query: str, embedding: QueryEmbedding | None, index, lexical_ids):
    """{answer id: cosine similarity} for the nearest answers and the lexical candidates."""
    if embedding is None:
        return {}
    vector = _in_time(embedding.vector)
    if vector is None:
        return {}
    fusion_settings = fusion.current()
    return index.vectors.similarities(
        vector,
        SEMANTIC_CANDIDATES,
        lexical_ids,
        question_weight=fusion_settings.question_weight,
        generic_weight=fusion_settings.generic_weight * fusion.generic_share(query),
        latent=_in_time(embedding.latent),
        fusion_settings=fusion_settings,
    )


def find_answers(query: str, *, limit: int = 10, audience: str | None = None) -> SearchResponse:
    """Live, public answers for `query`, best first, each with a score from 0 to 1."""
    index = get_index()
    # The citizen's question, not the BSN or phone number typed beside it (see
    # scrubbing.without_personal_data); the response keeps what was typed. Only the start is
    # read further on, so only the start is looked through (a 10,000-character query: 13 ms).
    searched = without_personal_data((query or "")[: 2 * MAX_QUERY_LENGTH])
    understood = understand(searched, index.vocabulary, index.synonyms)
    if understood.is_empty:
        return SearchResponse(query=query, understood=understood)

    embedding = _start_query_embedding(searched, index)
    words = ranking.query_words(understood, index)
    engine_shares = _engine_shares(_engine_text(understood, index))
    if not engine_shares.keys() <= index.documents.keys():
        # The engine already knows an answer published a moment ago: catch up now rather
        # than at the next scheduled check.
        index.ensure_fresh(force=True)
    question_scores = ranking.question_scores(words, index)

    documents = index.documents

    def wanted_answer(page_id):
        return page_id in documents and (
            not audience or documents[page_id].audience in (audience, "beide")
        )

    lexical = {
        page_id: ranking.combine(question_scores.get(page_id, 0.0), engine_shares.get(page_id, 0.0))
        for page_id in _lexical_candidates(question_scores, engine_shares, wanted_answer)
    }
    if len(lexical) > LEXICAL_CANDIDATES:
        lexical = dict(heapq.nlargest(LEXICAL_CANDIDATES, lexical.items(), key=_by_score))
    # Asked while the query is still being embedded: a round trip to the database that would
    # otherwise come after it.
    promoted_ids = _promoted_ids(understood)
    semantic = {
        page_id: similarity
        for page_id, similarity in _semantic_similarities(
            searched, embedding, index, lexical
        ).items()
        if wanted_answer(page_id)
    }
    values = fusion.fuse(lexical, semantic, fusion.current())
    headed = index.headings.get(understood.normalised, ())
    if len(headed) == 1 and (page_id := next(iter(headed))) in lexical:
        # Typed word for word as a section heading or button of this answer alone: the
        # editor's own name for that part of it. Meaning blurs a short phrase into the
        # answer's general topic, so it may not pull the answer below its words. (A heading
        # many answers share, "Kosten", names none of them.)
        values[page_id] = max(values.get(page_id, 0.0), lexical[page_id])
    # A common word makes thousands of candidates; only the few that can be shown are ordered.
    # (Twice the limit, for results dropped by the live check below; promoted ones come first.)
    # The cut-off is found on the bare floats; ties at it are kept, so ordering the survivors
    # by (score, title) gives exactly the first `wanted` of the full order.
    wanted = limit * 2 + len(promoted_ids)
    if len(values) > wanted:
        cutoff = heapq.nlargest(wanted, values.values())[-1]
        values = {page_id: value for page_id, value in values.items() if value >= cutoff}
    scored = sorted(
        ((value, documents[page_id]) for page_id, value in values.items()),
        key=lambda item: (-item[0], item[1].title),
    )[:wanted]

    promoted = [index.documents[page_id] for page_id in promoted_ids if page_id in index.documents]
    promoted_ids = {document.page_id for document in promoted}
    ordered = [(1.0, document, True) for document in promoted] + [
        (value, document, False)
        for value, document in scored
        if document.page_id not in promoted_ids
    ]
    # Between two index checks an answer may have been unpublished or restricted; one cheap
    # query on the few results keeps those out.
    shown = ordered[: limit * 2]
    public_ids = still_public([document.page_id for _value, document, _promoted in shown])
    ordered = [item for item in shown if item[1].page_id in public_ids]
    results = [
        Result(
            page_id=document.page_id,
            external_id=document.external_id,
            title=document.title,
            url=document.url,
            short_answer=document.short_answer,
            score=round(min(value, 1.0), 3),
            promoted=is_promoted,
        )
        for value, document, is_promoted in ordered[:limit]
    ]
    lexical_best = fusion.best(lexical)
    # The ranking's own meaning first (_meaning_first_over_body_words) ...
    ranked_best = fusion.best(semantic)
    # ... but agreement is judged with the answers' closeness to every question taken off in
    # full, also for a topic of one or two words, whose ranking keeps it (fusion.generic_share):
    # "kwijtschelding" found the right answer by its words, while by meaning an answer near
    # every short query came first, and the disagreement made it a "Bedoelt u ...?".
    rest = (1 - fusion.generic_share(searched)) * fusion.current().generic_weight
    judged = (
        fusion.without_generic(semantic, index.vectors.generic_of(semantic), rest)
        if rest > 0 and semantic
        else semantic
    )
    similarity, ahead_by = fusion.lead(judged)
    semantic_best, near_best = fusion.best(judged), fusion.near_best(judged)
    return SearchResponse(
        query=query,
        understood=understood,
        results=_meaning_first_over_body_words(
            results, lexical_best, ranked_best, fusion.near_best(semantic), documents, headed
        )
        if fusion.generic_share(searched) > 0
        else results,
        lexical_best=lexical_best,
        semantic_best=semantic_best,
        semantic_near_best=near_best,
        semantic_similarity=similarity,
        semantic_lead=ahead_by,
    )


def answer_result(page_id: int) -> Result | None:
    """The live, public answer `page_id` as a result chosen outright (score 1), or None."""
    document = get_index().documents.get(page_id)
    if document is None or not still_public([page_id]):
        return None
    return Result(
        page_id=page_id,
        external_id=document.external_id,
        title=document.title,
        url=document.url,
        short_answer=document.short_answer,
        score=1.0,
    )


def _meaning_first_over_body_words(
    results, lexical_best, semantic_best, near_best, documents, headed=()
):
    """`results` with the answer closest in meaning first, where the words put an answer first
    that meaning does not come near and that has no alternative questions.

    Such an answer matched on words of its body, which imported content (a question and a
    body, nobody's curation) has plenty of. On the pooled demo openers stripped to what an
    import brings (benchmarks/chat_quality.py --set all --bare) the first result was then right
    for 5 of 52 openers and the answer closest in meaning for 21; on the same content
    benchmarks/search_relevance.py --bare went from MRR@10 0.853 to 0.883 on the held-out
    openers, 0.888 to 0.907 on the tuned ones and 0.661 to 0.681 on the paraphrases (Dec 2026).
    Where the answer has alternative questions, the words matched what citizens ask and stay
    first: of 30 such openers of the curated demo, the words were right for 10, meaning for 4.
    Not for a topic of one or two words ("paspoort kwijt"), which is what words do best (the
    search queries fell from 0.927 to 0.916 with them), nor for a section heading or button
    text typed word for word: the editor's own name for that part of the answer (see
    find_answers). Scores keep their order by position, so every threshold keeps its meaning;
    and the two rankings still disagree, so the chatbot asks "Bedoelt u ...?" rather than
    answer.
    """
    if (
        not results
        or results[0].promoted
        or results[0].page_id != lexical_best
        or semantic_best in (None, lexical_best)
        or lexical_best in near_best
        or lexical_best in headed
        or documents[lexical_best].tokens.get("questions")
    ):
        return results
    ids = [result.page_id for result in results]
    if semantic_best not in ids:
        return results
    moved = ids.index(semantic_best)
    reordered = [results[moved], *results[:moved], *results[moved + 1 :]]
    return [
        replace(result, score=original.score)
        for result, original in zip(reordered, results, strict=True)
    ]


def suggest_questions(text: str, limit: int = 8) -> list[dict]:
    """Questions (titles) in which every typed word starts a word, for autocomplete."""
    typed = normalise(text).split()
    if not typed or len(text) > MAX_QUERY_LENGTH:
        return []
    engine = get_engine()
    if hasattr(engine, "suggest"):
        try:
            return engine.suggest(" ".join(typed), limit)
        except Exception:
            logger.warning(
                "Engine suggester failed; suggesting from the question index", exc_info=True
            )
    index = get_index()
    found = []
    for document in index.documents.values():
        # The title's tokens were made once, when the answer was indexed, with the same
        # cleaning as the typed text; normalising every title per keystroke took 165 ms at
        # 10,000 answers.
        title_words = document.tokens["title"]
        if all(any(word.startswith(prefix) for word in title_words) for prefix in typed):
            found.append(document)
    found.sort(key=lambda document: (len(document.title), document.title))
    return [{"title": document.title, "url": document.url} for document in found[:limit]]
