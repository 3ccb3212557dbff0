import numpy as np
import pytest

from kennisbank.models import AnswerPage
from search import embeddings, fusion
from search.embeddings import store
from search.embeddings.latent import LATENT_TOP_K, LatentTerms, overlaps
from search.index import get_index
from search.models import AnswerEmbedding
from search.retrieval import find_answers
from tests.kennisbank.factories import AnswerPageFactory


class TestLatentTerms:
    def test_terms_are_padded_normalised_and_survive_storage(self):
        terms = LatentTerms.of([7, 3, 12], [3.0, 4.0, 0.0])
        assert len(terms.indices) == len(terms.values) == LATENT_TOP_K
        assert float(np.linalg.norm(terms.values.astype(np.float32))) == pytest.approx(1, abs=1e-3)
        stored = LatentTerms.from_bytes(terms.to_bytes())
        assert np.array_equal(stored.indices, terms.indices)
        assert np.array_equal(stored.values, terms.values)

    def test_a_row_stored_without_terms_has_none(self):
        assert LatentTerms.from_bytes(b"") is None
        assert LatentTerms.from_bytes(None) is None

    def test_text_without_any_term_overlaps_nothing(self):
        empty = LatentTerms.of([], [])
        query = LatentTerms.of([5], [1.0]).as_array(16)
        assert overlaps(query, [empty]).tolist() == [0.0]

    def test_overlap_is_the_cosine_of_the_shared_terms(self):
        query = LatentTerms.of([1, 2], [1.0, 1.0]).as_array(8)
        same, half, other = (
            LatentTerms.of([1, 2], [2.0, 2.0]),
            LatentTerms.of([2, 3], [1.0, 1.0]),
            LatentTerms.of([4], [1.0]),
        )
        assert overlaps(query, [same, half, other]) == pytest.approx([1.0, 0.5, 0.0], abs=1e-3)


def test_the_real_model_s_terms_tell_apart_answers_that_differ_in_one_detail(real_model, settings):
    settings.SEARCH_LATENT_WEIGHT = 0.2
    abroad, teenager, passport = embeddings.latent_passages(
        [
            "Krijg ik kinderbijslag als mijn kind in het buitenland woont?",
            "Krijg ik kinderbijslag voor mijn kind van 16 of 17 jaar?",
            "Hoe vraag ik een paspoort aan?",
        ]
    )
    question = embeddings.query_latent(
        "stopt het kindergeld als mijn dochter een jaar in amerika op school zit"
    )
    abroad_overlap, teenager_overlap, passport_overlap = overlaps(
        question, [abroad, teenager, passport]
    )
    assert abroad_overlap > teenager_overlap > passport_overlap
    # Across languages too: the terms are concepts, not words.
    english = overlaps(embeddings.query_latent("child benefit abroad"), [abroad, passport])
    assert english[0] > english[1]


@pytest.mark.parametrize("text", ["", "😀😀😀", "a\x00b", "paspoort " * 5000, "\ud800"])
def test_bad_input_gives_terms_never_an_error(real_model, settings, text):
    settings.SEARCH_LATENT_WEIGHT = 0.2
    assert np.isfinite(embeddings.query_latent(text)).all()


@pytest.fixture
def answers(db, settings):
    settings.SEARCH_LATENT_WEIGHT = 0.2
    pages = {
        "abroad": AnswerPageFactory(
            title="Kinderbijslag als uw kind in het buitenland woont",
            short_answer="Woont uw kind in het buitenland? Dan krijgt u soms kinderbijslag.",
        ),
        "passport": AnswerPageFactory(
            title="Paspoort aanvragen", short_answer="U vraagt een paspoort aan bij de gemeente."
        ),
    }
    store.embed_answers()
    return pages


@pytest.mark.django_db
class TestStoredTerms:
    def test_every_answer_gets_the_latent_terms_of_its_passage(self, answers):
        for page in answers.values():
            terms = LatentTerms.from_bytes(AnswerEmbedding.objects.get(page=page).latent_terms)
            assert terms is not None and terms.values.any()

    def test_latent_terms_off_are_neither_made_nor_waited_for(self, answers, settings):
        settings.SEARCH_LATENT_WEIGHT = 0
        assert embeddings.latent_passages(["Paspoort aanvragen"]) is None
        # Rows with latent terms are embedded again without them, once.
        assert store.embed_answers() == len(answers)
        assert store.embed_answers() == 0

    def test_rows_embedded_before_latent_terms_are_embedded_again_once(self, answers):
        texts = store.answer_texts([page.pk for page in answers.values()])
        for page in answers.values():
            AnswerEmbedding.objects.filter(page=page).update(
                content_hash=texts[page.pk].digest, latent_terms=b""
            )
        assert store.embed_answers() == len(answers)
        assert store.embed_answers() == 0

    def test_a_model_without_latent_terms_stores_none_and_searches_on(
        self, answers, settings, monkeypatch
    ):
        monkeypatch.setattr(embeddings.get_backend(), "latent_dim", 0)
        AnswerEmbedding.objects.all().delete()
        assert store.embed_answers() == len(answers)
        assert {
            bytes(terms) for terms in AnswerEmbedding.objects.values_list("latent_terms", flat=True)
        } == {b""}
        settings.SEARCH_SEMANTIC_WEIGHT = 0.6
        assert find_answers("paspoort aanvragen").results[0].page_id == answers["passport"].pk


@pytest.mark.django_db
def test_shared_latent_terms_move_what_meaning_found(answers, settings):
    """The fake model's latent terms are the words: the answer about a child abroad shares
    many with the question and rises, the passport answer shares none and falls."""
    settings.SEARCH_SEMANTIC_WEIGHT = 0.6
    question = "kinderbijslag kind buitenland"
    settings.SEARCH_LATENT_WEIGHT = 0.0
    vector = embeddings.query_vector(question)
    index = get_index().vectors
    ids = [page.pk for page in AnswerPage.objects.all()]
    without = index.similarities(vector, 10, ids)
    settings.SEARCH_LATENT_WEIGHT = 0.2
    moved = index.similarities(
        vector, 10, ids, latent=embeddings.query_latent(question), fusion_settings=fusion.current()
    )
    assert moved[answers["abroad"].pk] > without[answers["abroad"].pk]
    assert moved[answers["passport"].pk] < without[answers["passport"].pk]
    assert find_answers(question).results[0].page_id == answers["abroad"].pk
