"""The in-process vector index: discounting answers that are close to every question."""

from datetime import timedelta

import numpy as np
import pytest

from django.utils import timezone

from search.embeddings.store import to_bytes
from search.fusion import best
from search.index import VectorIndex
from search.models import AnswerEmbedding
from tests.kennisbank.factories import AnswerPageFactory

# Hand-built three-dimensional "meanings": the first axis is what every question to the
# knowledge base shares.
USUAL_QUESTION = [1.0, 0.0, 0.0]


def unit(values):
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def store(page, passage, title_vector=USUAL_QUESTION):
    AnswerEmbedding.objects.create(
        page=page,
        model_name="test/model",
        content_hash="-",
        vector=to_bytes(unit(passage)),
        title_vector=to_bytes(unit(title_vector)) if title_vector else b"",
    )


@pytest.fixture
def answers(index):
    return {
        # Near the usual question: "Hoe maak ik een afspraak?" is a little like every question.
        "appointment": AnswerPageFactory(parent=index, title="Hoe maak ik een afspraak?"),
        "tree": AnswerPageFactory(parent=index, title="Mag ik een boom kappen?"),
    }


def loaded(answers):
    vectors = VectorIndex("test/model")
    vectors.sync({page.pk for page in answers.values()})
    return vectors


# A little closer to the appointment answer than to the tree answer, by the shared part only.
QUERY = unit([0.32, 0.9, 0.3])


@pytest.mark.django_db
class TestGenericDiscount:
    def test_an_answer_close_to_every_question_no_longer_comes_first(self, answers):
        store(answers["appointment"], [0.6, 0.8, 0.0])
        store(answers["tree"], [0.0, 0.8, 0.6])
        vectors = loaded(answers)
        plain = vectors.similarities(QUERY, 10, [], generic_weight=0.0)
        assert best(plain) == answers["appointment"].pk
        discounted = vectors.similarities(QUERY, 10, [], generic_weight=0.5)
        assert best(discounted) == answers["tree"].pk
        # Only the difference between answers changes, not the level the thresholds rely on.
        assert np.mean(list(discounted.values())) == pytest.approx(np.mean(list(plain.values())))

    def test_rows_without_their_question_vector_are_not_discounted(self, answers):
        # Rows embedded before an upgrade, until search_reindex has run.
        store(answers["appointment"], [0.6, 0.8, 0.0], title_vector=None)
        store(answers["tree"], [0.0, 0.8, 0.6], title_vector=None)
        vectors = loaded(answers)
        assert vectors.similarities(QUERY, 10, [], generic_weight=0.5) == pytest.approx(
            vectors.similarities(QUERY, 10, [], generic_weight=0.0)
        )

    def test_the_discount_follows_the_answers_in_the_index(self, answers, index):
        store(answers["appointment"], [0.6, 0.8, 0.0])
        store(answers["tree"], [0.0, 0.8, 0.6])
        vectors = loaded(answers)
        before = generic_of(vectors, answers["appointment"])
        # Another answer close to the usual question: the appointment answer is less of an
        # outlier among the answers now.
        opening_hours = AnswerPageFactory(parent=index, title="Wanneer is het gemeentehuis open?")
        store(opening_hours, [0.9, 0.1, 0.0])
        vectors.sync({page.pk for page in [*answers.values(), opening_hours]})
        assert generic_of(vectors, answers["appointment"]) < before
        # Unpublished again: as before.
        vectors.sync({page.pk for page in answers.values()})
        assert generic_of(vectors, answers["appointment"]) == pytest.approx(before)


@pytest.mark.django_db
class TestSync:
    """A sync reads only the rows that may have changed; what is in memory must still match
    the database."""

    @pytest.fixture
    def synced(self, answers):
        store(answers["appointment"], [0.6, 0.8, 0.0])
        store(answers["tree"], [0.0, 0.8, 0.6])
        return loaded(answers)

    def test_a_vector_embedded_again_replaces_the_old_one(self, answers, synced):
        tree = AnswerEmbedding.objects.get(page=answers["tree"])
        tree.vector = to_bytes(unit([0.0, 0.0, 1.0]))
        tree.save()
        synced.sync({page.pk for page in answers.values()})
        assert best(synced.similarities(unit([0.0, 0.0, 1.0]), 2, [])) == answers["tree"].pk
        assert len(synced) == 2

    def test_an_answer_published_again_gets_its_unchanged_vector_back(self, answers, synced):
        tree = answers["tree"]
        # Embedded long ago: older than any row a sync looks at again.
        AnswerEmbedding.objects.filter(page=tree).update(
            updated_at=timezone.now() - timedelta(days=30)
        )
        synced.sync({answers["appointment"].pk})
        assert tree.pk not in synced.page_ids
        synced.sync({page.pk for page in answers.values()})
        assert tree.pk in synced.page_ids

    def test_a_deleted_vector_leaves_memory_while_its_answer_stays(self, answers, synced):
        AnswerEmbedding.objects.filter(page=answers["tree"]).delete()
        synced.sync({page.pk for page in answers.values()})
        assert synced.page_ids.tolist() == [answers["appointment"].pk]

    def test_every_answer_keeps_its_own_vector_as_answers_come_and_change(self, index):
        titles = ("Paspoort", "Rijbewijs", "Boom kappen", "Afval", "Parkeren")
        pages = [AnswerPageFactory(parent=index, title=title) for title in titles]
        meanings = dict(
            zip(
                pages,
                ([0, 1, 0], [0, 0, 1], [0, 0.6, 0.8], [0, 0.8, 0.6], [0.3, 0.4, 0.87]),
                strict=True,
            )
        )
        middle, last = pages[2], pages[-1]
        for page in pages:
            if page != middle:
                store(page, meanings[page])
        vectors = VectorIndex("test/model")
        vectors.sync({page.pk for page in pages})
        # The middle answer's vector arrives later, between rows already in memory, and the
        # last answer is embedded again: the other rows move or stay, each with its vector.
        store(middle, meanings[middle])
        meanings[last] = [0.6, 0.0, 0.8]
        AnswerEmbedding.objects.filter(page=last).update(
            vector=to_bytes(unit(meanings[last])), updated_at=timezone.now()
        )
        vectors.sync({page.pk for page in pages})
        for page, meaning in meanings.items():
            similarities = vectors.similarities(unit(meaning), len(pages), [])
            assert similarities[page.pk] == pytest.approx(1.0, abs=1e-5), page.title


def generic_of(vectors, page):
    return vectors.generic_of([page.pk])[page.pk]


@pytest.mark.django_db
def test_search_discounts_generic_answers_for_a_situation_not_for_a_topic(
    answers, settings, monkeypatch
):
    from search.embeddings.store import embed_answers
    from search.retrieval import find_answers

    embed_answers()
    settings.SEARCH_SEMANTIC_WEIGHT = 0.6
    settings.SEARCH_GENERIC_WEIGHT = 0.5
    asked = []
    similarities = VectorIndex.similarities

    def spy(self, *args, generic_weight=0.0, **kwargs):
        asked.append(generic_weight)
        return similarities(self, *args, generic_weight=generic_weight, **kwargs)

    monkeypatch.setattr(VectorIndex, "similarities", spy)
    find_answers("afspraak")
    find_answers("mijn afspraak van morgen gaat niet door")
    assert asked == [0.0, 0.5]


@pytest.mark.django_db
def test_a_topic_found_by_its_words_is_not_contradicted_by_an_answer_close_to_every_question(
    answers, settings, monkeypatch
):
    """ "kwijtschelding": the words name the right answer; by meaning an answer close to every
    short query came a hair ahead, and that disagreement made it a "Bedoelt u ...?"."""
    from search.embeddings.store import embed_answers
    from search.retrieval import find_answers

    embed_answers()
    settings.SEARCH_SEMANTIC_WEIGHT = 0.6
    settings.SEARCH_GENERIC_WEIGHT = 0.5
    appointment, tree = answers["appointment"].pk, answers["tree"].pk
    monkeypatch.setattr(
        VectorIndex, "similarities", lambda *args, **kwargs: {appointment: 0.90, tree: 0.89}
    )
    monkeypatch.setattr(
        VectorIndex, "generic_of", lambda self, ids: {appointment: 0.06, tree: -0.02}
    )
    response = find_answers("boom")
    assert response.lexical_best == tree
    assert response.semantic_best == tree
