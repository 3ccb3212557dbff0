"""The readability of an answer: the text a citizen reads, scored by kennisbank.readability.

The short answer and the full answer are scored on their own (the editor panel shows both)
and together; the answer is judged on both together, or on its short answer when that reads
harder (AnswerReadability.judged: stored for the publish check and the report). Internal notes are
never part of it: citizens never read them.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import floatformat
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from kennisbank.readability import (
    LEVEL_B1,
    LEVEL_B2,
    LEVEL_C1,
    LEVEL_UNKNOWN,
    Analysis,
    analyse,
    text_from_html,
)
from kennisbank.readability_check.officialese import current_lexicon


class ReadabilityLevel(models.TextChoices):
    B1 = "b1", _("B1 or simpler")
    B2 = "b2", _("B2")
    C1 = "c1", _("C1 or harder")
    UNKNOWN = "unknown", _("Unknown")


HARDER_THAN_B1 = (ReadabilityLevel.B2, ReadabilityLevel.C1)
# A short answer is judged on its own from this many words: a few words say little about how
# a text reads ("Spoedwijziging." alone scores as C1).
SHORT_ANSWER_MIN_WORDS = 8
# From easiest to hardest; a text too short to score is no reason to refuse anything.
_RANK = {
    ReadabilityLevel.UNKNOWN: 0,
    ReadabilityLevel.B1: 1,
    ReadabilityLevel.B2: 2,
    ReadabilityLevel.C1: 3,
}

_LEVELS = {
    LEVEL_B1: ReadabilityLevel.B1,
    LEVEL_B2: ReadabilityLevel.B2,
    LEVEL_C1: ReadabilityLevel.C1,
    LEVEL_UNKNOWN: ReadabilityLevel.UNKNOWN,
}


def level_of(analysis: Analysis) -> ReadabilityLevel:
    return _LEVELS[analysis.level]


def body_text(body) -> str:
    """The running text of a full answer (a StreamValue), one block per paragraph.

    Links to other answers and buttons are left out: they are navigation, not sentences, and
    their two-word labels would make every answer look easier than it reads.
    """
    parts = []
    for block in body or ():
        kind, value = block.block_type, block.value
        if kind == "heading":
            parts.append(value)
        elif kind == "paragraph":
            parts.append(text_from_html(value.source))
        elif kind in ("list", "steps"):
            parts.extend(value)
        elif kind == "contact":
            parts.append(value["intro"])
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def difficulty_text(value: float) -> str:
    """A difficulty as every screen shows it: one decimal, rounded half up as the panel's
    template (floatformat) does, in Dutch notation. number_format cuts the rest off, so the
    refusal on publishing said 71,5 where the panel beside it said 71,6."""
    return str(floatformat(value, 1))


@dataclass(frozen=True)
class AnswerReadability:
    short_answer: Analysis
    body: Analysis
    overall: Analysis

    @property
    def judged(self) -> Analysis:
        """What the answer is judged on: both texts together, or the short answer alone when
        that reads harder. The short answer is what the chatbot says and every list shows; a
        C1 short answer above an easy full answer read as B1 together (14,8) and was published.
        """
        short = self.short_answer
        harder = _RANK[level_of(short)] > _RANK[level_of(self.overall)]
        if short.words >= SHORT_ANSWER_MIN_WORDS and harder:
            return short
        return self.overall

    @property
    def level(self) -> ReadabilityLevel:
        return level_of(self.judged)

    @property
    def harder_than_b1(self) -> bool:
        return self.level in HARDER_THAN_B1


def analyse_answer(short_answer: str, body) -> AnswerReadability:
    """Analyses of the short answer, the full answer (a StreamValue) and both together, with
    the Redactie's current officialese list."""
    short_text = (short_answer or "").strip()
    full_text = body_text(body)
    lexicon = current_lexicon()
    return AnswerReadability(
        short_answer=analyse(short_text, lexicon),
        body=analyse(full_text, lexicon),
        overall=analyse("\n\n".join(text for text in (short_text, full_text) if text), lexicon),
    )


CONFIRM_FIELD = "confirm-harder-than-b1"
CONFIRM_FINDINGS = 5
# A finding on a whole long sentence quotes its start only.
FINDING_EXCERPT_CHARS = 60


def check_confirmed(short_answer: str, body, confirmed: bool):
    """Raise a ValidationError listing the findings if the answer reads harder than B1 and
    the editor has not ticked CONFIRM_FIELD: publishing above B1 is asked before, not
    warned about after."""
    if confirmed:
        return
    readability = analyse_answer(short_answer, body)
    if readability.level not in HARDER_THAN_B1:
        return
    # One error per finding: the editor reads them as a list under the message.
    raise ValidationError(
        [
            ValidationError(
                _(
                    "Not published yet: this answer reads at level %(level)s (difficulty "
                    "%(difficulty)s), above B1 (below 25). Simplify it, or tick “Publish "
                    "anyway, above B1” in the readability panel and publish again."
                ),
                code="confirm_harder_than_b1",
                params={
                    "level": readability.level.label,
                    "difficulty": difficulty_text(readability.judged.difficulty),
                },
            ),
            *(
                ValidationError(
                    "“%(excerpt)s”: %(message)s",
                    code="readability_finding",
                    params={
                        "excerpt": Truncator(finding.excerpt).chars(FINDING_EXCERPT_CHARS),
                        "message": finding.message,
                    },
                )
                for finding in readability.judged.findings[:CONFIRM_FINDINGS]
            ),
        ]
    )
