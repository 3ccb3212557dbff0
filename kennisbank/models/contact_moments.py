"""What the contact centre records while helping someone: the contact moment ("contactmoment").

It holds anything about the citizen: no name, no identifier, and free text passes through
search.scrubbing before it is saved (in search/workbench/forms.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kennisbank.models.channels import ChannelKind

QUESTION_MAX_LENGTH = 180


class ContactResult(models.TextChoices):
    HANDLED = "afgehandeld", _("Handled by me")
    TRANSFERRED = "doorverbonden", _("Transferred")
    CALL_BACK = "terugbelverzoek", _("Call-back request")
    REFERRED = "doorverwezen", _("Referred to another organisation")


class ContactRegistration(models.Model):
    """One contact moment ("contactmoment"): why someone got in touch and how it ended."""

    registered_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    channel = models.CharField(_("channel"), max_length=20, choices=ChannelKind.choices)
    answers = models.ManyToManyField(
        "kennisbank.AnswerPage",
        verbose_name=_("answers used"),
        blank=True,
        related_name="contact_registrations",
    )
    question = models.CharField(
        _("question"),
        max_length=QUESTION_MAX_LENGTH,
        blank=True,
        help_text=_(
            "Only when no answer fits: the question in a few words, without personal data."
        ),
    )
    result = models.CharField(_("result"), max_length=20, choices=ContactResult.choices)
    department = models.ForeignKey(
        "kennisbank.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_registrations",
    )
    # Who registered it, for the agent's own recent list; never who called.
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-registered_at"]
        verbose_name = _("contact moment")
        verbose_name_plural = _("contact moments")

    def __str__(self):
        return f"{self.get_channel_display()} {self.registered_at:%Y-%m-%d %H:%M}"

    @property
    def no_answer_found(self) -> bool:
        return bool(self.question)
