"""What the contact centre records while helping someone: contact moments and feedback on answers.

Neither holds anything about the citizen: no name, no identifier, and free text passes through
search.scrubbing before it is saved (in search/workbench/forms.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

QUESTION_MAX_LENGTH = 180


class ContactChannel(models.TextChoices):
    PHONE = "telefoon", _("Phone")
    DESK = "balie", _("Desk")
    EMAIL = "email", _("E-mail")
    CHAT = "chat", _("Chat")
    WHATSAPP = "whatsapp", _("WhatsApp")
    SOCIAL = "social", _("Social media")
    LETTER = "brief", _("Letter")


class ContactResult(models.TextChoices):
    HANDLED = "afgehandeld", _("Handled by me")
    TRANSFERRED = "doorverbonden", _("Transferred")
    CALL_BACK = "terugbelverzoek", _("Call-back request")
    REFERRED = "doorverwezen", _("Referred to another organisation")


class ContactRegistration(models.Model):
    """One contact moment ("contactmoment"): why someone got in touch and how it ended."""

    registered_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    channel = models.CharField(_("channel"), max_length=20, choices=ContactChannel.choices)
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


class AnswerFeedback(models.Model):
    """A colleague's remark that an answer is wrong, outdated or incomplete; it goes to the owner
    department (dashboard, reminder digest) and to the editors until someone handles it."""

    class Kind(models.TextChoices):
        INCORRECT = "klopt_niet", _("Not correct")
        OUTDATED = "verouderd", _("Outdated")
        MISSING = "mist_informatie", _("Information is missing")

    answer = models.ForeignKey(
        "kennisbank.AnswerPage",
        verbose_name=_("answer"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    remark = models.TextField(_("remark"), max_length=1000, blank=True)
    # The owner when the feedback was given; the answer's owner may change later.
    department = models.ForeignKey(
        "kennisbank.Department",
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="answer_feedback",
    )
    created_at = models.DateTimeField(_("given at"), default=timezone.now, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("given by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("feedback on an answer")
        verbose_name_plural = _("feedback on answers")
        indexes = [models.Index(fields=["department", "handled_at"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.answer}"

    @property
    def is_open(self) -> bool:
        return self.handled_at is None
