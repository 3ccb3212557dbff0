"""The contact moment and the feedback form of the workbench.

Neither stores anything about the citizen: free text passes through search.scrubbing.scrub
before it is saved, and there is no field for a name, number or other identifier.
"""

from django import forms
from django.db.models import Case, IntegerField, When
from django.utils.translation import gettext_lazy as _

from kennisbank.models import (
    AnswerCorrection,
    AnswerPage,
    ChannelKind,
    ContactRegistration,
    ContactResult,
    Department,
)
from kennisbank.models.contact_moments import QUESTION_MAX_LENGTH
from search.scrubbing import scrub

REMARK_MAX_LENGTH = AnswerCorrection._meta.get_field("remark").max_length


def scrubbed(text: str, max_length: int) -> str:
    """`text` without personal data; the placeholders may make it longer, so it is cut."""
    return scrub(text.strip())[:max_length].strip()


class ContactRegistrationForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Channel"), choices=ChannelKind.choices, widget=forms.RadioSelect
    )
    answers = forms.ModelMultipleChoiceField(
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
        label=_("Result"), choices=ContactResult.choices, widget=forms.RadioSelect
    )
    department = forms.ModelChoiceField(
        label=_("Department"),
        queryset=Department.objects.filter(is_active=True),
        required=False,
        empty_label=_("(none)"),
        help_text=_("The department the question was about or that you transferred to."),
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
        return scrubbed(self.cleaned_data["question"], QUESTION_MAX_LENGTH)

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
        return cleaned_data

    def save(self, user) -> ContactRegistration:
        registration = ContactRegistration.objects.create(
            channel=self.cleaned_data["channel"],
            question=self.cleaned_data["question"],
            result=self.cleaned_data["result"],
            department=self.cleaned_data["department"],
            registered_by=user,
        )
        registration.answers.set(self.cleaned_data["answers"])
        return registration


class AnswerCorrectionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What is wrong?"), choices=AnswerCorrection.Kind.choices, widget=forms.RadioSelect
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

    def save(self, answer, user) -> AnswerCorrection:
        return AnswerCorrection.objects.create(
            answer=answer,
            kind=self.cleaned_data["kind"],
            remark=self.cleaned_data["remark"],
            department=answer.owner_department,
            created_by=user,
        )
