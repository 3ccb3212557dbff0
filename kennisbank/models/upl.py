"""The Uniforme Productnaamlijst (UPL): the national names of government products.

An answer about a product names it by its UPL entry, so that overheid.nl (Samenwerkende
Catalogi) and KISS (gerelateerdeProducten) know which product it is. The list ships with the
project (kennisbank/interop/data/upl.csv) and is refreshed with `update_upl`; a name that
leaves the list is kept and marked withdrawn, so the answers that use it can be flagged.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UplProductQuerySet(models.QuerySet):
    def for_choosing(self):
        """Municipal names first: those are what a municipality's answers are about."""
        return self.order_by("-municipal", "label")


class UplProduct(models.Model):
    uri = models.URLField(_("URI"), max_length=255, unique=True)
    label = models.CharField(_("UPL name"), max_length=255)
    for_citizens = models.BooleanField(_("for citizens"), default=False)
    for_businesses = models.BooleanField(_("for businesses"), default=False)
    municipal = models.BooleanField(
        _("municipal"), default=False, help_text=_("A product that municipalities provide.")
    )
    listed = models.BooleanField(
        _("in the current list"),
        default=True,
        help_text=_("Not in the list: withdrawn from it, or entered by an import."),
    )
    withdrawn_at = models.DateField(_("withdrawn on"), null=True, blank=True)

    objects = UplProductQuerySet.as_manager()

    class Meta:
        verbose_name = _("UPL name")
        verbose_name_plural = _("UPL names")
        ordering = ["-municipal", "label"]

    def __str__(self):
        if not self.listed:
            return _("%(label)s (not in the UPL)") % {"label": self.label}
        return self.label

    @property
    def audience_label(self) -> str:
        if self.for_citizens and self.for_businesses:
            return _("citizens and businesses")
        if self.for_businesses:
            return _("businesses")
        if self.for_citizens:
            return _("citizens")
        return ""
