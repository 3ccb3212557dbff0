import importlib.util
import logging

import numpy as np
import pytest

from search import embeddings


def test_vectors_have_one_row_per_text_and_unit_length():
    vectors = embeddings.embed_passages(["Hoe vraag ik een paspoort aan?", "Afval", ""])
    assert vectors.shape == (3, embeddings.get_backend().dim)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_query_and_a_passage_of_the_same_text_differ_by_their_prefix():
    query = embeddings.embed_queries(["paspoort kwijt"])[0]
    passage = embeddings.embed_passages(["paspoort kwijt"])[0]
    assert not np.allclose(query, passage)
    assert float(query @ passage) > 0.5


@pytest.mark.parametrize(
    "text", ["", "😀😀😀", "a\x00b", "paspoort " * 5000, "مرحبا paspoort Привіт", "\ud800"]
)
def test_bad_input_gives_a_vector_never_an_error(text):
    vector = embeddings.embed_queries([text])[0]
    assert np.isfinite(vector).all()


def test_a_query_embedded_in_the_background_is_the_same_vector():
    vector = embeddings.query_vector_soon("mijn paspoort is verlopen").result(timeout=10)
    assert np.array_equal(vector, embeddings.query_vector("mijn paspoort is verlopen"))


def test_a_model_that_cannot_load_means_words_only_with_one_warning(settings, caplog):
    settings.SEARCH_EMBEDDINGS_BACKEND = "sentence-transformers"
    settings.SEARCH_EMBEDDINGS_MODEL = "/nonexistent/model"
    with caplog.at_level(logging.WARNING, logger="search.embeddings"):
        assert embeddings.get_backend() is None
        assert embeddings.get_backend() is None
    assert len([r for r in caplog.records if "could not be loaded" in r.message]) == 1
    with pytest.raises(RuntimeError):
        embeddings.embed_queries(["paspoort"])


def test_off_means_no_model_and_no_warning(settings, caplog):
    settings.SEARCH_EMBEDDINGS_BACKEND = "off"
    assert embeddings.get_backend() is None
    assert not caplog.records


@pytest.mark.skipif(
    importlib.util.find_spec("sentence_transformers") is None,
    reason="sentence-transformers is not installed (optional backend)",
)
def test_sentence_transformers_backend_uses_the_same_interface(settings):
    settings.SEARCH_EMBEDDINGS_BACKEND = "sentence-transformers"
    backend = embeddings.get_backend()
    if backend is None:
        pytest.skip("no sentence-transformers model in the local cache")
    vectors = embeddings.embed_queries(["paspoort"])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


class TestRealModel:
    def test_shape_and_normalisation(self, real_model):
        vectors = embeddings.embed_passages(["Hoe vraag ik een paspoort aan?", "Grofvuil"])
        assert vectors.shape == (2, 384)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)

    def test_a_question_in_english_is_closest_to_the_dutch_answer_it_means(self, real_model):
        passages = embeddings.embed_passages(
            [
                "Mijn paspoort is kwijt of gestolen. Wat moet ik doen?",
                "Wanneer wordt mijn afval opgehaald?",
                "Hoe vraag ik een parkeervergunning aan?",
            ]
        )
        query = embeddings.embed_queries(["I lost my passport"])[0]
        assert int(np.argmax(passages @ query)) == 0

    def test_text_longer_than_the_model_window_is_embedded(self, real_model):
        vector = embeddings.embed_passages(["paspoort aanvragen " * 2000])[0]
        assert np.isfinite(vector).all()
