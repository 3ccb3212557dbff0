"""The Elasticsearch side of meaning-based search: our vectors in a dense_vector field and
one hybrid request (BM25 query + knn with boosts, nothing that needs a paid licence)."""

import numpy as np
import pytest

from search.embeddings.store import embed_answers
from search.engines.elasticsearch import (
    KNN_BOOST,
    QUERY_BOOST,
    document_for,
    index_body,
    search_body,
)
from tests.kennisbank.factories import AnswerPageFactory


class TestMapping:
    def test_vectors_are_a_dense_vector_with_cosine_similarity(self):
        properties = index_body([], [], "antwoorden", vector_dims=384)["mappings"]["properties"]
        assert properties["embedding"] == {
            "type": "dense_vector",
            "dims": 384,
            "index": True,
            "similarity": "cosine",
        }

    def test_without_a_model_there_is_no_vector_field(self):
        properties = index_body([], [], "antwoorden")["mappings"]["properties"]
        assert "embedding" not in properties


class TestHybridQuery:
    def test_bm25_and_knn_in_one_request_with_boosts(self):
        vector = np.array([0.6, 0.8, 0.0], dtype=np.float32)
        body = search_body("paspoort kwijt", 20, vector)
        assert body["knn"] == {
            "field": "embedding",
            "query_vector": pytest.approx([0.6, 0.8, 0.0]),
            "k": 20,
            "num_candidates": 80,
            "boost": KNN_BOOST,
        }
        assert body["query"]["bool"]["boost"] == QUERY_BOOST
        assert body["query"]["bool"]["should"][0]["multi_match"]["query"] == "paspoort kwijt"
        assert body["size"] == 20

    def test_no_paid_features(self):
        body = search_body("paspoort", 10, np.ones(3, dtype=np.float32))
        assert "rank" not in body and "retriever" not in body

    def test_without_a_vector_the_query_is_words_only(self):
        assert "knn" not in search_body("paspoort", 10)


@pytest.mark.django_db
def test_the_document_carries_the_answer_vector(index):
    page = AnswerPageFactory(parent=index, title="Wat kost een paspoort?")
    assert "embedding" not in document_for(page)
    embed_answers()
    embedding = document_for(page)["embedding"]
    assert len(embedding) == 256
    assert abs(np.linalg.norm(embedding) - 1.0) < 1e-5
