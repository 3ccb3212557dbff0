"""The readability of an answer and where it is stored (kennisbank/answer_readability.py)."""

import json

import pytest

from django.core.management import call_command
from django.template.defaultfilters import floatformat
from django.utils import translation

from wagtail.blocks import StreamValue

from kennisbank.models import AnswerPage
from kennisbank.readability_check.analysis import (
    ReadabilityLevel,
    analyse_answer,
    body_text,
    difficulty_text,
)
from tests.kennisbank.factories import AnswerPageFactory
from tests.kennisbank.readability_texts import (
    HARD_PARAGRAPH,
    HARD_SHORT_ANSWER,
    PLAIN_SHORT_ANSWER,
    hard_body,
    plain_body,
)


def stream(*blocks):
    return StreamValue(AnswerPage._meta.get_field("body").stream_block, list(blocks), is_lazy=True)


class TestBodyText:
    def test_text_a_citizen_reads_is_kept_one_block_per_paragraph(self):
        body = stream(
            {"type": "heading", "value": "Wat neemt u mee?"},
            {"type": "paragraph", "value": '<p>Uw <a href="/id/">paspoort</a> &amp; foto.</p>'},
            {"type": "list", "value": ["een pasfoto", "uw oude paspoort"]},
            {"type": "steps", "value": ["Maak een afspraak."]},
            {"type": "contact", "value": {"intro": "Bel ons als u vragen heeft."}},
        )
        assert body_text(body) == (
            "Wat neemt u mee?\n\nUw paspoort & foto.\n\neen pasfoto\n\nuw oude paspoort"
            "\n\nMaak een afspraak.\n\nBel ons als u vragen heeft."
        )

    def test_buttons_and_links_to_answers_are_left_out(self):
        body = stream(
            {"type": "call_to_action", "value": {"label": "Aanvragen", "url": "/aanvragen/"}},
            {"type": "answer_link", "value": {"answer": None, "label": "Paspoort kwijt"}},
        )
        assert body_text(body) == ""


# The check reads the Redactie's officialese list from the database.
@pytest.mark.django_db
class TestAnalyseAnswer:
    def test_parts_are_scored_on_their_own_and_together(self):
        readability = analyse_answer(PLAIN_SHORT_ANSWER, stream(*hard_body()))
        assert readability.short_answer.level == "B1 of eenvoudiger"
        assert readability.body.level == "C1 of moeilijker"
        assert readability.overall.text.startswith(PLAIN_SHORT_ANSWER)
        assert "Derhalve" in readability.overall.text

    @pytest.mark.django_db
    def test_a_hard_short_answer_is_not_hidden_by_an_easy_full_answer(self):
        """The short answer is what the chatbot says: a C1 one above a long, plain full
        answer read as B1 together and was published."""
        plain = [
            "Maak eerst een afspraak. U betaalt met uw pinpas.",
            "Neem uw oude paspoort mee. Wij maken geen foto.",
            "Na een week is uw paspoort klaar. U haalt het zelf op.",
            "Bent u ziek? Dan komen wij bij u thuis.",
            "Heeft u vragen? Bel ons op werkdagen.",
        ]
        body = stream(*({"type": "paragraph", "value": f"<p>{text}</p>"} for text in plain * 3))
        readability = analyse_answer(HARD_SHORT_ANSWER, body)
        assert readability.overall.level == "B1 of eenvoudiger"
        assert readability.level == ReadabilityLevel.C1
        assert readability.harder_than_b1
        assert readability.judged is readability.short_answer
        # Easy both ways: judged on both together, as before.
        assert analyse_answer(PLAIN_SHORT_ANSWER, body).level == ReadabilityLevel.B1

    def test_an_empty_answer_has_no_level(self):
        assert analyse_answer("", stream()).level == ReadabilityLevel.UNKNOWN


@pytest.mark.django_db
class TestStoredOnSave:
    def test_a_new_answer_stores_level_difficulty_and_time(self, index):
        answer = AnswerPageFactory(parent=index, short_answer=HARD_SHORT_ANSWER, body=hard_body())
        answer.refresh_from_db()
        assert answer.readability_level == ReadabilityLevel.C1
        assert answer.readability_difficulty >= 35
        assert answer.readability_checked_at is not None

    def test_internal_notes_do_not_count(self, index):
        plain = AnswerPageFactory(parent=index, internal_notes="")
        with_hard_notes = AnswerPageFactory(parent=index, internal_notes=HARD_PARAGRAPH * 5)
        assert with_hard_notes.readability_difficulty == plain.readability_difficulty

    def test_a_published_revision_brings_its_analysis_along(self, index):
        answer = AnswerPageFactory(parent=index, body=plain_body())
        assert answer.readability_level == ReadabilityLevel.B1
        draft = answer.get_latest_revision_as_object()
        draft.short_answer = HARD_SHORT_ANSWER
        draft.body = hard_body()
        draft.save_revision().publish()
        answer.refresh_from_db()
        assert answer.readability_level == ReadabilityLevel.C1


@pytest.mark.django_db
class TestStoredOnImport:
    def run_import(self, tmp_path, **fields):
        record = {"id": "leges", "title": "Wat kost het?", "department": "Burgerzaken", **fields}
        path = tmp_path / "antwoorden.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        call_command("import_answers", str(path), "--publish", stdout=None, stderr=None)
        return AnswerPage.objects.get(external_id="leges")

    def test_imported_answers_are_scored(self, index, tmp_path):
        answer = self.run_import(
            tmp_path,
            short_answer=HARD_SHORT_ANSWER,
            body="Derhalve wordt u verzocht het formulier alsmede de bescheiden onverwijld te "
            "retourneren, waarna de aanvraag door de gemeente in behandeling wordt genomen.",
        )
        assert answer.readability_level == ReadabilityLevel.C1
        assert answer.readability_checked_at is not None

    def test_importing_a_simpler_text_updates_the_score(self, index, tmp_path):
        hard = self.run_import(tmp_path, short_answer=HARD_SHORT_ANSWER, body=HARD_SHORT_ANSWER)
        plain = self.run_import(
            tmp_path,
            short_answer=PLAIN_SHORT_ANSWER,
            body="Maak eerst een afspraak. U betaalt met uw pinpas.",
        )
        assert plain.pk == hard.pk
        assert plain.readability_level == ReadabilityLevel.B1
        assert plain.readability_difficulty < hard.readability_difficulty

    def test_import_publish_keeps_an_answer_above_b1_as_draft_for_a_blocking_department(
        self, index, tmp_path, settings
    ):
        settings.READABILITY_BLOCK_DEPARTMENTS = ["burgerzaken"]
        answer = self.run_import(tmp_path, short_answer=HARD_SHORT_ANSWER, body=HARD_SHORT_ANSWER)
        assert not answer.live
        assert answer.get_latest_revision_as_object().short_answer == HARD_SHORT_ANSWER

    def test_import_publish_publishes_b1_answers_of_a_blocking_department(
        self, index, tmp_path, settings
    ):
        settings.READABILITY_BLOCK_DEPARTMENTS = ["burgerzaken"]
        answer = self.run_import(
            tmp_path,
            short_answer=PLAIN_SHORT_ANSWER,
            body="Maak eerst een afspraak. U betaalt met uw pinpas.",
        )
        assert answer.live


@pytest.mark.parametrize(
    "value, shown", [(71.55, "71,6"), (13.45, "13,5"), (0.05, "0,1"), (24.0, "24,0")]
)
def test_a_difficulty_reads_the_same_in_every_message_as_in_the_panel(value, shown):
    # The panel's template rounds half up; the refusal on publishing cut the rest off.
    with translation.override("nl"):
        assert difficulty_text(value) == shown
        assert str(floatformat(value, 1)) == shown
