from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, validate_email
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from kennisbank.access.rules import edits_every_answer, member_department_ids
from kennisbank.review import DEFAULT_INTERVAL_MONTHS, MAX_INTERVAL_MONTHS


def split_addresses(value: str) -> list[str]:
    """E-mail addresses from a field where editors separate them by commas, semicolons or lines."""
    return [
        part.strip()
        for part in value.replace(";", ",").replace("\n", ",").split(",")
        if part.strip()
    ]


def validate_email_list(value: str):
    for address in split_addresses(value):
        try:
            validate_email(address)
        except ValidationError as error:
            raise ValidationError(
                _("“%(address)s” is not a valid e-mail address."),
                params={"address": address},
                code="invalid_email",
            ) from error


def has_active_member() -> Exists:
    """Whether a department has an active user in its members group: someone to act on its
    reminders, approvals and call-backs. To annotate or filter departments with."""
    return Exists(get_user_model().objects.filter(is_active=True, groups=OuterRef("group")))


class DepartmentQuerySet(models.QuerySet):
    def with_active_member(self):
        return self.filter(has_active_member())

    def assignable_to(self, user):
        """Departments `user` may make the owner of an answer: any active one for the Redactie,
        only their own for members of a department."""
        departments = self.filter(is_active=True)
        if user is not None and not edits_every_answer(user):
            departments = departments.filter(pk__in=member_department_ids(user))
        return departments


class Department(index.Indexed, models.Model):
    """A department ("vakafdeling") that owns answers and keeps them correct."""

    name = models.CharField(
        _("name"),
        max_length=100,
        unique=True,
        help_text=_("The name as colleagues know it, for example “Burgerzaken”."),
    )
    slug = models.SlugField(
        _("short name"),
        max_length=100,
        unique=True,
        help_text=_("Used in links and imports. Only lowercase letters, digits and hyphens."),
    )
    reminder_emails = models.TextField(
        _("reminder e-mail addresses"),
        blank=True,
        validators=[validate_email_list],
        help_text=_("Where review reminders go. Separate several addresses with commas."),
    )
    escalation_email = models.EmailField(
        _("escalation e-mail address"),
        blank=True,
        help_text=_("Usually the head of department; gets answers that are long overdue."),
    )
    group = models.OneToOneField(
        Group,
        verbose_name=_("members group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="department",
        help_text=_("The user group whose members edit and approve this department's answers."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("review interval (months)"),
        default=DEFAULT_INTERVAL_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_INTERVAL_MONTHS)],
        help_text=_("How often the department checks its answers. New answers get this interval."),
    )
    deputy_department = models.ForeignKey(
        "self",
        verbose_name=_("deputy department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Approves this department's changes when no other member of this department can "
            "(four eyes). Without one, the Redactie approves."
        ),
    )
    contact = models.CharField(
        _("internal contact"),
        max_length=255,
        blank=True,
        help_text=_("How contact-centre agents reach the department, e.g. a team phone extension."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive departments no longer exist; their answers need a new owner."),
    )

    objects = DepartmentQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("is_active")], _("Department")
        ),
        MultiFieldPanel(
            [FieldPanel("reminder_emails"), FieldPanel("escalation_email"), FieldPanel("contact")],
            _("Contact"),
        ),
        FieldRowPanel([FieldPanel("group"), FieldPanel("review_interval_months")], _("Review")),
        FieldPanel("deputy_department"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.deputy_department_id and self.deputy_department_id == self.pk:
            raise ValidationError(
                {"deputy_department": _("A department cannot be its own deputy.")}
            )

    @property
    def reminder_addresses(self) -> list[str]:
        return split_addresses(self.reminder_emails)
