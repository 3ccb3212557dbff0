from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReviewReminder(models.Model):
    """A review e-mail the mail server accepted. send_review_reminders reads these to send
    nothing twice; a mail that failed has no row, so the next run sends it again."""

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("Reminder to the department")
        ESCALATION = "escalation", _("Escalation to the head of department")
        EDITORS = "editors", _("Report to the editors")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    department = models.ForeignKey(
        "kennisbank.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_reminders",
        help_text=_("Empty for the report to the editors."),
    )
    sent_on = models.DateField(_("sent on"), help_text=_("The local date of sending."))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    recipients = models.TextField(_("recipients"))
    items = models.JSONField(
        _("items"),
        default=list,
        help_text=_("What the e-mail reported, e.g. answer ids with their review state."),
    )

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        # Who gets the review report for the editors when REVIEW_EDITORS_EMAILS is empty
        # (kennisbank.review.reminders); granted to the Redactie by migration.
        permissions = [("receive_editors_report", _("Receives the review report for the editors"))]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "department", "sent_on"],
                condition=Q(department__isnull=False),
                name="one_reminder_per_department_kind_and_day",
            ),
            models.UniqueConstraint(
                fields=["kind", "sent_on"],
                condition=Q(department__isnull=True),
                name="one_editors_report_per_day",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.department or ''} {self.sent_on}".strip()
