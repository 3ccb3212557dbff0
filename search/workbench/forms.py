"""The contact moment and the correction form of the workbench.

Neither stores anything about the citizen: free text passes through search.scrubbing.scrub
before it is saved. The one exception is a call-back request: the citizen's name and number
are kept only when the agent ticks that the citizen agreed, and are erased when the department
marks the call-back done (kennisbank.callbacks).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, IntegerField, When
from django.utils.translation import gettext_lazy as _

from kennisbank.callbacks.handling import request_callback
from kennisbank.ids import as_id
from kennisbank.models import (
    AnswerCorrection,
    AnswerPage,
    ChannelKind,
    ContactRegistration,
    ContactResult,
    Department,
)
from kennisbank.models.callbacks import CONTACT_MAX_LENGTH
from kennisbank.models.contact_moments import QUESTION_MAX_LENGTH
from search.scrubbing import Kind, find_personal_data, scrub

REMARK_MAX_LENGTH = AnswerCorrection._meta.get_field("remark").max_length


def scrubbed(text: str, max_length: int) -> str:
    """`text` without personal data; the placeholders may make it longer, so it is cut."""
    return scrub(text.strip())[:max_length].strip()


class AnswerChoiceField(forms.ModelMultipleChoiceField):
    """The answers used; an id no database can hold is an invalid choice (the field's own
    lookup would overflow on it)."""

    def _check_values(self, value):
        for pk in value:
            if as_id(pk) is None:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super()._check_values(value)


class ContactRegistrationForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=ChannelKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the channel the citizen used.")},
    )
    answers = AnswerChoiceField(
        label=_("Answers used"),
        queryset=AnswerPage.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    question = forms.CharField(
        label=_("No answer found? The question in a few words"),
        max_length=QUESTION_MAX_LENGTH,
        required=False,
        help_text=_("At most 180 characters. No names, addresses or numbers of the citizen."),
    )
    result = forms.ChoiceField(
        label=_("Result"),
        choices=ContactResult.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the contact ended.")},
    )
    department = forms.ModelChoiceField(
        label=_("Department"),
        queryset=Department.objects.filter(is_active=True),
        required=False,
        empty_label=_("(none)"),
        help_text=_("The department the question was about or that you transferred to."),
    )

    callback_consent = forms.BooleanField(
        label=_("The citizen agrees that we keep their name and number until we have called back"),
        required=False,
    )
    callback_contact = forms.CharField(
        label=_("Name and phone number for the call back"),
        max_length=CONTACT_MAX_LENGTH,
        required=False,
        help_text=_("Needed for a call-back request, and only with the citizen's consent."),
    )

    def __init__(self, *args, answer_ids=(), **kwargs):
        kwargs.setdefault("auto_id", "wb-contact-%s")
        super().__init__(*args, **kwargs)
        # The answers the agent opened recently, most recent first; any other id is refused.
        order = Case(
            *(When(pk=pk, then=position) for position, pk in enumerate(answer_ids)),
            output_field=IntegerField(),
        )
        answers = AnswerPage.objects.live().filter(pk__in=list(answer_ids))
        self.fields["answers"].queryset = answers.order_by(order) if answer_ids else answers

    def clean_question(self):
        question = self.cleaned_data["question"]
        # Said to the agent after saving (views.register_contact): scrubbed in silence, the
        # agent did not know the BSN they typed was never kept, nor to leave it out next time.
        self.left_out = [str(_KIND_LABELS[kind]) for kind in _kinds_of_personal_data(question)]
        return scrubbed(question, QUESTION_MAX_LENGTH)

    def clean(self):
        cleaned_data = super().clean()
        if (
            not cleaned_data.get("answers")
            and not cleaned_data.get("question")
            and not self.has_error("answers")
            and not self.has_error("question")
        ):
            self.add_error(
                "question",
                _("Tick the answer you used, or type the question when no answer fitted."),
            )
        if cleaned_data.get("result") == ContactResult.TRANSFERRED and not cleaned_data.get(
            "department"
        ):
            # "Contactredenen" counts transfers per department; one without would count for
            # no one.
            self.add_error("department", _("Choose the department you transferred the call to."))
        self.clean_callback(cleaned_data)
        return cleaned_data

    def clean_callback(self, cleaned_data):
        """A call-back needs a department to call (the one chosen, else the owner of the first
        answer used) and a name and number to call; a name or number needs the citizen's
        consent and a call-back."""
        contact = cleaned_data.get("callback_contact", "").strip()
        is_callback = cleaned_data.get("result") == ContactResult.CALL_BACK
        kinds = _kinds_of_personal_data(contact)
        if other_data := _beyond_name_and_phone(kinds):
            # The consent covers a name and a number to call, kept until the call; a BSN or
            # an IBAN typed here would be kept without it.
            self.add_error(
                "callback_contact",
                _(
                    "Fill in only a name and a phone number. Leave this out: %(kinds)s. We do "
                    "not keep it for a call back."
                )
                % {"kinds": ", ".join(other_data)},
            )
        elif contact and not is_callback:
            self.add_error(
                "callback_contact",
                _("Keep a name or number only with a call-back request, or leave it empty."),
            )
        elif contact and not cleaned_data.get("callback_consent"):
            self.add_error(
                "callback_consent",
                _("Tick that the citizen agrees, or leave the name and number empty."),
            )
        elif is_callback and contact and Kind.PHONE not in kinds:
            # The department has no other way to reach the citizen: a request without a
            # number would sit in its list and could never be done.
            self.add_error(
                "callback_contact",
                _(
                    "There is no phone number in it. Add the number on which the citizen wants "
                    "to be called back (for example 06 12345678)."
                ),
            )
        elif is_callback and Kind.PHONE not in kinds:
            self.add_error(
                "callback_contact",
                _(
                    "Fill in the name and phone number to call back, with the citizen's "
                    "consent. Without them the department cannot call back."
                ),
            )
        if is_callback:
            answers = cleaned_data.get("answers") or []
            department = cleaned_data.get("department") or next(
                (answer.owner_department for answer in answers), None
            )
            if department is None:
                self.add_error(
                    "department", _("Choose the department that calls the citizen back.")
                )
            cleaned_data["callback_department"] = department
        cleaned_data["callback_contact"] = contact if is_callback else ""

    @transaction.atomic
    def save(self, user) -> ContactRegistration:
        registration = ContactRegistration.objects.create(
            channel=self.cleaned_data["channel"],
            question=self.cleaned_data["question"],
            result=self.cleaned_data["result"],
            department=self.cleaned_data["department"],
            registered_by=user,
        )
        registration.answers.set(self.cleaned_data["answers"])
        if self.cleaned_data["result"] == ContactResult.CALL_BACK:
            request_callback(
                registration,
                self.cleaned_data["callback_department"],
                contact=self.cleaned_data["callback_contact"],
            )
        return registration


class AnswerCorrectionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What is wrong?"),
        choices=AnswerCorrection.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what is wrong with the answer.")},
    )
    remark = forms.CharField(
        label=_("Remark"),
        max_length=REMARK_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What should be different? No personal data of citizens."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "wb-feedback-%s")
        super().__init__(*args, **kwargs)

    def clean_remark(self):
        return scrubbed(self.cleaned_data["remark"], REMARK_MAX_LENGTH)

    def clean(self):
        cleaned_data = super().clean()
        kind = cleaned_data.get("kind")
        if kind and kind != AnswerCorrection.Kind.OUTDATED and not cleaned_data.get("remark"):
            # "Verouderd" tells the department what to check; "klopt niet" and "mist
            # informatie" alone leave it guessing what.
            self.add_error(
                "remark", _("Write briefly what is wrong or missing, so it can be corrected.")
            )
        return cleaned_data

    def save(self, answer, user) -> AnswerCorrection:
        return AnswerCorrection.objects.create(
            answer=answer,
            kind=self.cleaned_data["kind"],
            remark=self.cleaned_data["remark"],
            department=answer.owner_department,
            created_by=user,
        )


# What the call-back field may hold; the rest of the personal data scrubbing finds is refused.
_CALLBACK_KINDS = frozenset({Kind.NAME, Kind.PHONE})


# Personal data in words for an agent, by kind (the placeholders the analytics show,
# "POSTCODE+HUISNUMMER", are no words for a person).
_KIND_LABELS = {
    Kind.NAME: _("the name"),
    Kind.PHONE: _("the phone number"),
    Kind.IBAN: _("the bank account number (IBAN)"),
    Kind.EMAIL: _("the e-mail address"),
    Kind.BSN: _("the BSN"),
    Kind.POSTCODE_HOUSE_NUMBER: _("the postcode and house number"),
    Kind.ADDRESS: _("the address"),
    Kind.DATE_OF_BIRTH: _("the date of birth"),
    Kind.LICENCE_PLATE: _("the licence plate"),
    Kind.POSTCODE: _("the postcode"),
}


def _kinds_of_personal_data(contact: str) -> list[Kind]:
    """The kinds of personal data in `contact`, each once, in the order found."""
    return list(dict.fromkeys(match.kind for match in find_personal_data(contact)))


def _beyond_name_and_phone(kinds: list[Kind]) -> list[str]:
    """What the call-back field holds besides a name and a phone number, in words ("the
    BSN"), in the order found."""
    return [str(_KIND_LABELS[kind]) for kind in kinds if kind not in _CALLBACK_KINDS]
