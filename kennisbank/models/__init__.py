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
from .reminders import ReviewReminder
from .workflows import OwnerDepartmentApprovalTask

__all__ = [
    "AlternativeQuestion",
    "AnswerPage",
    "AnswerPageTag",
    "Audience",
    "ContactSettings",
    "Department",
    "KennisbankIndexPage",
    "OwnerDepartmentApprovalTask",
    "RelatedAnswer",
    "ReviewReminder",
]
