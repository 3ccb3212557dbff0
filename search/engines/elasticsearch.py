"""Elasticsearch engine, for municipalities that outgrow one machine (SEARCH_ENGINE=elasticsearch).

Same contract as the database engine: answer ids best first, ranked by the same field weights.
The index has a Dutch analyzer (decompounder fed with the answers' own vocabulary, Dutch stop
words and stemmer) and, at search time, a synonym graph fed from the editors' synonym list.
Ranking, promotions and "Bedoelde u" stay in search.retrieval, so both engines give the same
result shape.

When Elasticsearch cannot be reached, times out, or answers as something that is not
Elasticsearch, the database engine answers instead. Then no further attempt is made for a
back-off period (RETRY_AFTER_SECONDS, doubling with every failure in a row up to
MAX_BACKOFF_SECONDS), and one warning is logged per period, not one per search: a dead or
hanging cluster costs at most one short timeout per period, never a timeout on every search.
"""

import logging
import time

from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions
from elasticsearch_dsl import (
    Completion,
    DenseVector,
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)

from django.conf import settings

from kennisbank.models import AnswerPage
from kennisbank.readability_check.analysis import body_text
from search.embeddings import query_vector
from search.models import SynonymGroup

from .database import DatabaseEngine

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
MAX_BACKOFF_SECONDS = 10 * 60
# The same order of importance as search.index.FIELD_WEIGHTS, plus the body.
FIELD_BOOSTS = {
    "title": 5,
    "questions": 4,
    "keywords": 4,
    "headings": 3,
    "short_answer": 2,
    "body": 1,
}
TYPO_FIELDS = ("title^2", "questions^2", "keywords^2")
# Words shorter than this are never a part of a compound (avoids "de" inside "dekbed").
MIN_COMPOUND_PART = 4

_unavailable_until = 0.0
_failures_in_a_row = 0


class ElasticsearchUnavailable(Exception):
    pass


def analyzers(synonym_groups: list[list[str]], compound_parts: list[str]):
    """(index analyzer, search analyzer) for Dutch answers."""
    stop = token_filter("dutch_stop", "stop", stopwords="_dutch_")
    stemmer = token_filter("dutch_stemmer", "stemmer", language="dutch")
    decompounder = token_filter(
        "dutch_decompounder",
        "dictionary_decompounder",
        word_list=sorted(compound_parts),
        min_subword_size=MIN_COMPOUND_PART,
        only_longest_match=True,
    )
    synonyms = token_filter(
        "dutch_synonyms",
        "synonym_graph",
        synonyms=[", ".join(group) for group in synonym_groups],
        lenient=True,
    )
    index_analyzer = analyzer(
        "dutch_index",
        tokenizer="standard",
        filter=["lowercase", "asciifolding", decompounder, stop, stemmer],
    )
    # A synonym graph may only sit in a search analyzer, and must come before the stemmer.
    search_analyzer = analyzer(
        "dutch_search",
        tokenizer="standard",
        filter=["lowercase", "asciifolding", synonyms, stop, stemmer],
    )
    return index_analyzer, search_analyzer


# How many nearest neighbours each shard considers per requested hit (accuracy vs speed).
KNN_CANDIDATES_FACTOR = 4
# Weight of the meaning (knn) against the words (BM25 query) in one hybrid request; the
# same share as search.fusion's default. Plain boosts: no paid-licence feature (RRF) needed.
KNN_BOOST = 0.6
QUERY_BOOST = 0.4


def index_body(
    synonym_groups: list[list[str]],
    compound_parts: list[str],
    name: str | None = None,
    vector_dims: int | None = None,
) -> dict:
    """Settings and mapping of the answers index, as Elasticsearch receives them.

    With `vector_dims` the answers' vectors (computed by Kennisbank, never by Elasticsearch)
    are mapped as a `dense_vector` with cosine similarity, searchable with knn.
    """
    index_analyzer, search_analyzer = analyzers(synonym_groups, compound_parts)
    mapping = Mapping()
    for field in FIELD_BOOSTS:
        mapping.field(field, Text(analyzer=index_analyzer, search_analyzer=search_analyzer))
    mapping.field("page_id", Integer())
    mapping.field("external_id", Keyword())
    mapping.field("audience", Keyword())
    mapping.field("url", Keyword(index=False))
    mapping.field("suggest", Completion(analyzer="simple"))
    if vector_dims:
        mapping.field("embedding", DenseVector(dims=vector_dims, index=True, similarity="cosine"))
    index = Index(name or settings.ELASTICSEARCH_INDEX)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.mapping(mapping)
    return index.to_dict()


def search_body(text: str, limit: int, vector=None) -> dict:
    """The query: every field with its weight, plus a fuzzy match on the question fields for typos.

    With a query `vector` the request is hybrid: the BM25 query and a knn search on the
    `embedding` field in one request, their scores added with QUERY_BOOST and KNN_BOOST.
    """
    search = Search().query(
        Q(
            "bool",
            should=[
                Q(
                    "multi_match",
                    query=text,
                    fields=[f"{field}^{boost}" for field, boost in FIELD_BOOSTS.items()],
                    type="most_fields",
                ),
                Q(
                    "multi_match",
                    query=text,
                    fields=list(TYPO_FIELDS),
                    fuzziness="AUTO",
                    prefix_length=1,
                ),
            ],
            minimum_should_match=1,
        )
    )
    search = search.highlight("short_answer", "body", fragment_size=160, number_of_fragments=1)
    body = search.source(["page_id"])[:limit].to_dict()
    if vector is not None:
        body["query"]["bool"]["boost"] = QUERY_BOOST
        body["knn"] = {
            "field": "embedding",
            "query_vector": [float(value) for value in vector],
            "k": limit,
            "num_candidates": limit * KNN_CANDIDATES_FACTOR,
            "boost": KNN_BOOST,
        }
    return body


def suggest_body(prefix: str, size: int = 8) -> dict:
    return {
        "_source": ["title", "url"],
        "suggest": {
            "questions": {
                "prefix": prefix,
                "completion": {"field": "suggest", "size": size, "skip_duplicates": True},
            }
        },
    }


def document_for(page: AnswerPage) -> dict:
    """What Elasticsearch stores of an answer. Never the internal notes."""
    title = page.title
    questions = [question.question for question in page.alternative_questions.all()]
    return {
        "page_id": page.pk,
        "external_id": page.external_id,
        "title": title,
        "questions": questions,
        "keywords": [tag.name for tag in page.keywords.all()],
        "headings": AnswerPage.heading_text(page.body),
        "short_answer": page.short_answer,
        "body": body_text(page.body),
        "audience": page.audience,
        "url": page.url,
        "suggest": {"input": [title, *questions]},
        **_embedding_of(page.pk),
    }


def _embedding_of(page_id: int) -> dict:
    """{"embedding": [...]} with the answer's vector for the current model, if it has one."""
    from search.embeddings import model_name
    from search.embeddings.store import from_bytes
    from search.models import AnswerEmbedding

    name = model_name()
    if name is None:
        return {}
    vector = (
        AnswerEmbedding.objects.filter(page_id=page_id, model_name=name)
        .values_list("vector", flat=True)
        .first()
    )
    return {} if vector is None else {"embedding": from_bytes(vector).tolist()}


def vector_dims() -> int | None:
    from search.embeddings import get_backend

    backend = get_backend()
    return backend.dim if backend is not None else None


def current_synonyms() -> list[list[str]]:
    return [group.phrase_list for group in SynonymGroup.objects.filter(is_active=True)]


def current_compound_parts() -> list[str]:
    from search.index import get_index

    return [
        word
        for word in get_index().vocabulary
        if len(word) >= MIN_COMPOUND_PART and not word.isdigit()
    ]


def client() -> Elasticsearch:
    if not settings.ELASTICSEARCH_URL:
        raise ElasticsearchUnavailable("ELASTICSEARCH_URL is not set")
    return Elasticsearch(
        settings.ELASTICSEARCH_URL,
        request_timeout=settings.ELASTICSEARCH_TIMEOUT_SECONDS,
        max_retries=0,
    )


def _call(operation):
    """Run an Elasticsearch operation; after a failure, back off (see the module docstring)."""
    global _unavailable_until, _failures_in_a_row
    if time.monotonic() < _unavailable_until:
        raise ElasticsearchUnavailable("Elasticsearch was unreachable a moment ago")
    try:
        result = operation(client())
    except (
        es_exceptions.ConnectionError,
        es_exceptions.ConnectionTimeout,
        es_exceptions.TransportError,
        # Something answers, but not as Elasticsearch (a proxy's error page, another product).
        es_exceptions.ApiError,
    ) as error:
        _failures_in_a_row += 1
        wait = min(RETRY_AFTER_SECONDS * 2 ** (_failures_in_a_row - 1), MAX_BACKOFF_SECONDS)
        _unavailable_until = time.monotonic() + wait
        logger.warning(
            "Elasticsearch unavailable (%s); the database answers searches for the next %d s",
            error,
            wait,
        )
        raise ElasticsearchUnavailable(str(error)) from error
    _failures_in_a_row = 0
    return result


class ElasticsearchEngine:
    name = "elasticsearch"

    def candidates(self, text: str, limit: int) -> list[int]:
        if not text:
            return []
        try:
            response = _call(
                lambda es: es.search(
                    index=settings.ELASTICSEARCH_INDEX,
                    body=search_body(text, limit, query_vector(text)),
                )
            )
        except ElasticsearchUnavailable:
            # Logged once per back-off period by _call, not once per search.
            return DatabaseEngine().candidates(text, limit)
        return [hit["_source"]["page_id"] for hit in response["hits"]["hits"]]

    def suggest(self, prefix: str, size: int = 8) -> list[dict]:
        response = _call(
            lambda es: es.search(
                index=settings.ELASTICSEARCH_INDEX, body=suggest_body(prefix, size)
            )
        )
        return [
            {"title": option["_source"]["title"], "url": option["_source"]["url"]}
            for option in response["suggest"]["questions"][0]["options"]
        ]


class ElasticsearchIndexer:
    """Keeps the Elasticsearch index in step with publishing; see search.signals."""

    def rebuild(self, pages, progress=None) -> int:
        """Recreate the index from scratch with `pages` (live, public answers)."""
        name = settings.ELASTICSEARCH_INDEX
        body = index_body(current_synonyms(), current_compound_parts(), name, vector_dims())

        def recreate(es):
            es.options(ignore_status=404).indices.delete(index=name)
            es.indices.create(
                index=name, settings=body.get("settings", {}), mappings=body["mappings"]
            )

        _call(recreate)
        count = 0
        for page in pages:
            self.index_page(page)
            count += 1
            if progress:
                progress()
        _call(lambda es: es.indices.refresh(index=name))
        return count

    def index_page(self, page: AnswerPage):
        _call(
            lambda es: es.index(
                index=settings.ELASTICSEARCH_INDEX, id=str(page.pk), document=document_for(page)
            )
        )

    def remove_page(self, page_id: int):
        _call(
            lambda es: es.options(ignore_status=404).delete(
                index=settings.ELASTICSEARCH_INDEX, id=str(page_id)
            )
        )

    def update_synonyms(self):
        """Synonyms live in the index settings: close, update, reopen (a fraction of a second)."""
        name = settings.ELASTICSEARCH_INDEX
        analysis = index_body(current_synonyms(), current_compound_parts(), name)["settings"][
            "analysis"
        ]

        def update(es):
            es.indices.close(index=name)
            try:
                es.indices.put_settings(index=name, settings={"analysis": analysis})
            finally:
                es.indices.open(index=name)

        _call(update)
