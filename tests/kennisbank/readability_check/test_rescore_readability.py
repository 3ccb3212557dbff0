"""Command rescore_readability (kennisbank/management/commands/rescore_readability.py)."""

import pytest

from django.core.management import call_command

from kennisbank.models import AnswerPage
from kennisbank.readability_check.analysis import ReadabilityLevel
from tests.kennisbank.factories import AnswerPageFactory
from tests.kennisbank.readability_texts import HARD_SHORT_ANSWER, hard_body


def forget_readability(*answers):
    AnswerPage.objects.filter(pk__in=[answer.pk for answer in answers]).update(
        readability_difficulty=None, readability_level="", readability_checked_at=None
    )


@pytest.mark.django_db
class TestRescoreReadability:
    def test_scores_every_answer_without_new_revisions(self, index):
        plain = AnswerPageFactory(parent=index)
        hard = AnswerPageFactory(parent=index, short_answer=HARD_SHORT_ANSWER, body=hard_body())
        hard.save_revision().publish()
        forget_readability(plain, hard)
        revisions = {answer.pk: answer.revisions.count() for answer in (plain, hard)}
        last_edits = dict(AnswerPage.objects.values_list("pk", "latest_revision_created_at"))

        call_command("rescore_readability")

        plain.refresh_from_db()
        hard.refresh_from_db()
        assert plain.readability_level == ReadabilityLevel.B1
        assert hard.readability_level == ReadabilityLevel.C1
        assert hard.readability_difficulty >= 35
        assert plain.readability_checked_at is not None
        assert {answer.pk: answer.revisions.count() for answer in (plain, hard)} == revisions
        assert dict(AnswerPage.objects.values_list("pk", "latest_revision_created_at")) == (
            last_edits
        )

    def test_reports_progress_and_a_dutch_summary(self, index, capsys):
        AnswerPageFactory(parent=index)
        AnswerPageFactory(parent=index, short_answer=HARD_SHORT_ANSWER, body=hard_body())

        call_command("rescore_readability")

        output = capsys.readouterr()
        assert "2/2" in output.err  # the tqdm progress bar
        assert "Antwoorden gecontroleerd: 2" in output.out
        assert "B1 of eenvoudiger: 1" in output.out
        assert "C1 of moeilijker: 1" in output.out

    def test_an_empty_knowledge_base_is_fine(self, db, capsys):
        call_command("rescore_readability")
        assert "Antwoorden gecontroleerd: 0 " in capsys.readouterr().out
