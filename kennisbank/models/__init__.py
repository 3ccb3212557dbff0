from .answers import (
    AlternativeQuestion,
    AnswerPage,
    AnswerPageTag,
    Audience,
    KennisbankIndexPage,
    RelatedAnswer,
)
from .contact import ContactSettings
from .contacts import AnswerFeedback, ContactChannel, ContactRegistration, ContactResult
from .departments import Department
from .reminders import ReviewReminder
from .workflows import OwnerDepartmentApprovalTask

__all__ = [
    "AlternativeQuestion",
    "AnswerFeedback",
    "AnswerPage",
    "AnswerPageTag",
    "Audience",
    "ContactChannel",
    "ContactRegistration",
    "ContactResult",
    "ContactSettings",
    "Department",
    "KennisbankIndexPage",
    "OwnerDepartmentApprovalTask",
    "RelatedAnswer",
    "ReviewReminder",
]
