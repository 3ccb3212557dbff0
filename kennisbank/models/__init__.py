from .answers import (
    AlternativeQuestion,
    AnswerPage,
    AnswerPageTag,
    Audience,
    KennisbankIndexPage,
    RelatedAnswer,
)
from .callbacks import CallbackRequest
from .channels import ChannelKind
from .contact_channels import ContactSettings
from .contact_moments import ContactRegistration, ContactResult
from .corrections import AnswerCorrection
from .departments import Department
from .municipality import MunicipalitySettings
from .objects_api import ObjectsApiToken, SyncAction, VacSync
from .officialese import OfficialesePhrase
from .reminders import ReviewReminder
from .upl import UplProduct
from .workflows import OwnerDepartmentApprovalTask

__all__ = [
    "AlternativeQuestion",
    "AnswerCorrection",
    "AnswerPage",
    "AnswerPageTag",
    "Audience",
    "CallbackRequest",
    "ChannelKind",
    "ContactRegistration",
    "ContactResult",
    "ContactSettings",
    "Department",
    "KennisbankIndexPage",
    "MunicipalitySettings",
    "ObjectsApiToken",
    "OfficialesePhrase",
    "OwnerDepartmentApprovalTask",
    "RelatedAnswer",
    "ReviewReminder",
    "SyncAction",
    "UplProduct",
    "VacSync",
]
