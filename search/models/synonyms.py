from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


def split_phrases(value: str) -> list[str]:
    """Phrases of a synonym group; editors separate them with commas or new lines."""
    return list(dict.fromkeys(p.strip() for p in value.replace("\n", ",").split(",") if p.strip()))


class SynonymGroup(index.Indexed, models.Model):
    """Words and phrases that mean the same to a citizen, e.g. "gba, brp, basisregistratie"."""

    phrases = models.TextField(
        _("words and phrases"),
        help_text=_(
            "Separate with commas, e.g. “id-kaart, identiteitskaart”. Put the word the answers "
            "use first. Changes apply to every search channel within seconds."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    panels = [FieldPanel("phrases"), FieldPanel("is_active")]
    search_fields = [index.SearchField("phrases"), index.AutocompleteField("phrases")]

    class Meta:
        ordering = ["phrases"]
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return ", ".join(self.phrase_list)

    @property
    def phrase_list(self) -> list[str]:
        return split_phrases(self.phrases)

    def clean(self):
        if len(self.phrase_list) < 2:
            raise ValidationError({"phrases": _("Give at least two words or phrases.")})
        self.phrases = ", ".join(self.phrase_list)
        # A phrase in two groups would join both groups' meanings in every search.
        mine = {phrase.casefold() for phrase in self.phrase_list}
        for other in SynonymGroup.objects.exclude(pk=self.pk).only("phrases"):
            shared = [phrase for phrase in other.phrase_list if phrase.casefold() in mine]
            if shared:
                raise ValidationError(
                    {
                        "phrases": _(
                            "“%(phrase)s” is already in the synonym group “%(group)s”. A word "
                            "or phrase can be in one group only: add the other words there."
                        )
                        % {"phrase": shared[0], "group": other}
                    }
                )
