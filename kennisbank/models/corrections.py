"""A colleague's report that an answer is wrong, outdated or incomplete (kennisbank.corrections).

It holds nothing about the citizen: its remark passes through search.scrubbing before it is
saved (in search/workbench/forms.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AnswerCorrection(models.Model):
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
        related_name="corrections",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    remark = models.TextField(_("remark"), max_length=1000, blank=True)
    # The owner when the correction was reported; the answer's owner may change later.
    department = models.ForeignKey(
        "kennisbank.Department",
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="corrections",
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
        verbose_name = _("correction of an answer")
        verbose_name_plural = _("corrections of answers")
        indexes = [models.Index(fields=["department", "handled_at"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.answer}"

    @property
    def is_open(self) -> bool:
        return self.handled_at is None
