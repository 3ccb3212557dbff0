import numpy as np
import pytest

from search.embeddings import embed_queries, store
from search.models import AnswerEmbedding
from tests.kennisbank.factories import AnswerPageFactory


@pytest.fixture
def answers(index):
    return [
        AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?"),
        AnswerPageFactory(parent=index, title="Wanneer wordt het grofvuil opgehaald?"),
    ]


@pytest.mark.django_db
class TestIncrementalEmbedding:
    def test_everything_is_embedded_once(self, answers):
        assert store.embed_answers() == 2
        assert AnswerEmbedding.objects.count() == 2
        assert store.embed_answers() == 0

    def test_a_vector_is_float32_bytes_of_the_model_dimension(self, answers):
        store.embed_answers()
        row = AnswerEmbedding.objects.get(page=answers[0])
        assert store.from_bytes(row.vector).shape == (256,)

    def test_only_the_changed_answer_is_embedded_again(self, answers):
        store.embed_answers()
        before = bytes(AnswerEmbedding.objects.get(page=answers[0]).vector)
        answers[0].title = "Hoe vraag ik een ID-kaart aan?"
        answers[0].save_revision().publish()
        assert store.embed_answers() == 1
        assert bytes(AnswerEmbedding.objects.get(page=answers[0]).vector) != before

    def test_every_alternative_question_gets_a_vector_embedded_as_a_question(self, answers):
        answers[0].alternative_questions.create(question="Reisdocument aanvragen")
        answers[0].alternative_questions.create(question="Nieuw paspoort")
        answers[0].save_revision().publish()
        store.embed_answers()
        row = AnswerEmbedding.objects.get(page=answers[0])
        questions = store.questions_from_bytes(row.question_vectors, 256)
        expected = embed_queries(["Reisdocument aanvragen", "Nieuw paspoort"])
        np.testing.assert_allclose(questions, expected, rtol=1e-6)

    def test_a_changed_alternative_question_embeds_that_answer_again(self, answers):
        store.embed_answers()
        answers[1].alternative_questions.create(question="Oude bank laten ophalen")
        answers[1].save_revision().publish()
        assert store.embed_answers() == 1
        row = AnswerEmbedding.objects.get(page=answers[1])
        assert store.questions_from_bytes(row.question_vectors, 256).shape == (1, 256)

    def test_an_answer_without_alternative_questions_has_its_passage_only(self, answers):
        store.embed_answers()
        row = AnswerEmbedding.objects.get(page=answers[1])
        assert store.questions_from_bytes(row.question_vectors, 256).shape == (0, 256)

    def test_vectors_stored_before_question_vectors_existed_are_made_again(self, answers):
        answers[0].alternative_questions.create(question="Reisdocument aanvragen")
        answers[0].save_revision().publish()
        store.embed_answers()
        # A database embedded by an earlier version has the passage vector only.
        AnswerEmbedding.objects.update(
            question_vectors=b"", title_vector=b"", content_hash="passage only"
        )
        assert store.embed_answers() == 2
        row = AnswerEmbedding.objects.get(page=answers[0])
        assert store.questions_from_bytes(row.question_vectors, 256).shape == (1, 256)
        assert store.from_bytes(row.title_vector).shape == (256,)

    def test_with_alternative_questions_the_short_answer_and_body_are_left_out(self, answers):
        # The alternative questions say what need the answer serves; the short answer would
        # make the passage twice as long to embed.
        answers[0].alternative_questions.create(question="Reisdocument aanvragen")
        answers[0].save_revision().publish()
        passage = store.answer_texts([answers[0].pk])[answers[0].pk].passage
        assert "Reisdocument aanvragen" in passage
        assert answers[0].short_answer not in passage
        assert "DigiD" not in passage

    def test_without_alternative_questions_the_start_of_the_body_says_what_it_is_about(self, index):
        # Imported content: a question and a body, nothing more.
        page = AnswerPageFactory(
            parent=index,
            title="Wat doe ik met een kapotte koelkast?",
            short_answer="Breng hem naar de milieustraat.",
            body=[
                {"type": "paragraph", "value": "<p>Een koelkast bevat <b>koelgas</b>.</p>"},
                {"type": "paragraph", "value": "<p>" + "Lange uitleg over afval. " * 60 + "</p>"},
            ],
        )
        passage = store.answer_texts([page.pk])[page.pk].passage
        assert passage.startswith(
            "Wat doe ik met een kapotte koelkast?\nBreng hem naar de milieustraat.\n"
            "Een koelkast bevat koelgas."
        )
        assert "<b>" not in passage
        assert len(passage) == store.PASSAGE_MAX_CHARS

    def test_a_short_answer_the_body_opens_with_is_not_embedded_twice(self, index):
        page = AnswerPageFactory(
            parent=index,
            title="Waar is het gemeentehuis?",
            short_answer="Aan de Markt 1.",
            body=[{"type": "paragraph", "value": "<p>Aan de Markt 1. Naast de kerk.</p>"}],
        )
        assert store.answer_texts([page.pk])[page.pk].passage == (
            "Waar is het gemeentehuis?\nAan de Markt 1. Naast de kerk."
        )

    def test_without_a_body_the_short_answer_stands_in(self, index):
        page = AnswerPageFactory(
            parent=index, title="Waar is het gemeentehuis?", short_answer="Aan de Markt 1.", body=[]
        )
        assert store.answer_texts([page.pk])[page.pk].passage == (
            "Waar is het gemeentehuis?\nAan de Markt 1."
        )

    def test_a_body_edit_embeds_only_answers_without_alternative_questions(self, answers):
        answers[0].alternative_questions.create(question="Reisdocument aanvragen")
        answers[0].save_revision().publish()
        store.embed_answers()
        for answer in answers:
            answer.body = [{"type": "paragraph", "value": "<p>Nieuwe uitleg.</p>"}]
            answer.save_revision().publish()
        assert store.embed_answers() == 1
        texts = store.answer_texts([answers[1].pk])
        assert AnswerEmbedding.objects.get(page=answers[1]).content_hash == (
            texts[answers[1].pk].stored_digest()
        )

    def test_an_internal_note_edit_embeds_nothing(self, answers):
        store.embed_answers()
        answers[1].internal_notes = "<p>Alleen intern veranderd.</p>"
        answers[1].save_revision().publish()
        assert store.embed_answers() == 0

    def test_the_answer_s_own_question_is_embedded_as_a_question(self, answers):
        store.embed_answers()
        row = AnswerEmbedding.objects.get(page=answers[0])
        np.testing.assert_allclose(
            store.from_bytes(row.title_vector), embed_queries([answers[0].title])[0], rtol=1e-6
        )

    def test_another_model_embeds_everything_again(self, answers, monkeypatch):
        store.embed_answers()
        from search.embeddings.fake import FakeBackend

        monkeypatch.setattr(FakeBackend, "name", "fake/another-model")
        assert store.embed_answers() == 2
        assert AnswerEmbedding.objects.filter(model_name="fake/another-model").count() == 2

    def test_publish_embeds_the_answer_after_commit(
        self, index, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            page = AnswerPageFactory(parent=index, title="Mag ik een boom kappen?")
            page.save_revision().publish()
        assert AnswerEmbedding.objects.filter(page=page).exists()

    def test_a_publish_without_a_model_still_succeeds(
        self, index, settings, django_capture_on_commit_callbacks
    ):
        settings.SEARCH_EMBEDDINGS_BACKEND = "off"
        with django_capture_on_commit_callbacks(execute=True):
            page = AnswerPageFactory(parent=index, title="Mag ik een boom kappen?")
            page.save_revision().publish()
        assert page.live
        assert not AnswerEmbedding.objects.exists()
