import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

# Words as the scorer reads them: letters (with accents), digits, dots, hyphens and apostrophes.
_WORDS = re.compile(r"^[\w.'’-]+( [\w.'’-]+)*$")


def normalise_phrase(value: str) -> str:
    """A phrase as the scorer matches it: lower case, single spaces."""
    return " ".join(value.lower().split())


def split_forms(value: str) -> list[str]:
    """The other forms of a phrase, as editors separate them: by commas or lines."""
    return [normalise_phrase(part) for part in value.replace("\n", ",").split(",") if part.strip()]


class OfficialesePhrase(models.Model):
    """A word or phrase of officialese ("ambtelijke taal") that the readability check flags,
    with the plain alternative it suggests. The Redactie keeps the list; the migration
    officialese_phrases loads the list that ships with the scorer. Changes count in the
    next check (kennisbank.readability_check.officialese), without a restart."""

    phrase = models.CharField(
        _("officialese"),
        max_length=100,
        unique=True,
        help_text=_("The word or words to flag, e.g. “teneinde” or “in het kader van”."),
    )
    plain = models.CharField(
        _("plain alternative"),
        max_length=100,
        help_text=_("What to write instead, e.g. “om”."),
    )
    other_forms = models.TextField(
        _("other forms"),
        blank=True,
        help_text=_(
            "Other forms that are flagged the same way, separated by commas, e.g. the forms of "
            "a verb: “verstrek, verstrekt, verstrekte, verstrekten”."
        ),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Only active phrases are flagged."),
    )

    panels = [
        FieldPanel("phrase"),
        FieldPanel("plain"),
        FieldPanel("other_forms"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("officialese")
        verbose_name_plural = _("officialese")

    def __str__(self):
        return f"{self.phrase} → {self.plain}"

    def clean(self):
        self.phrase = normalise_phrase(self.phrase)
        self.plain = " ".join(self.plain.split())
        self.other_forms = ", ".join(split_forms(self.other_forms))
        errors = {}
        if self.phrase and not _WORDS.match(self.phrase):
            errors["phrase"] = _("Use words only: letters, digits, hyphens and dots.")
        bad = [form for form in split_forms(self.other_forms) if not _WORDS.match(form)]
        if bad:
            errors["other_forms"] = _("Use words only: letters, digits, hyphens and dots.")
        if errors:
            raise ValidationError(errors)

    @property
    def forms(self) -> tuple[str, ...]:
        return tuple(split_forms(self.other_forms))
