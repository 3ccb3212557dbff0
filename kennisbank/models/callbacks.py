"""A call-back request ("terugbelverzoek"): the contact centre asks the owner department to call
a citizen back (kennisbank.callbacks).

The question is scrubbed like every contact moment. The citizen's name and number are kept only
when the agent ticked that the citizen agreed, and are erased when the call-back is marked done.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CONTACT_MAX_LENGTH = 100


class CallbackRequest(models.Model):
    registration = models.OneToOneField(
        "kennisbank.ContactRegistration",
        verbose_name=_("contact moment"),
        on_delete=models.CASCADE,
        related_name="callback",
    )
    department = models.ForeignKey(
        "kennisbank.Department",
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="callbacks",
    )
    question = models.CharField(_("question"), max_length=255)
    contact = models.CharField(
        _("name and phone number"),
        max_length=CONTACT_MAX_LENGTH,
        blank=True,
        help_text=_("Only when the citizen agreed; erased when the call-back is done."),
    )
    created_at = models.DateTimeField(_("requested at"), default=timezone.now, db_index=True)
    handled_at = models.DateTimeField(_("done at"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("call-back request")
        verbose_name_plural = _("call-back requests")
        indexes = [models.Index(fields=["department", "handled_at"])]

    def __str__(self):
        return f"{self.department}: {self.question}"

    @property
    def is_open(self) -> bool:
        return self.handled_at is None
