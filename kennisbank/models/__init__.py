from .answers import (
    AlternativeQuestion,
    AnswerPage,
    AnswerPageTag,
    Audience,
    KennisbankIndexPage,
    RelatedAnswer,
)
from .contact import ContactSettings
from .departments import Department

__all__ = [
    "AlternativeQuestion",
    "AnswerPage",
    "AnswerPageTag",
    "Audience",
    "ContactSettings",
    "Department",
    "KennisbankIndexPage",
    "RelatedAnswer",
]
