"""Who the municipality is: its name, its identifier in the national catalogue (OWMS) and its
general contact details. Set by `setup_municipality`, editable by the Beheerders
(Instellingen → Gemeente)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class MunicipalitySettings(BaseSiteSetting):
    name = models.CharField(
        _("name"),
        max_length=100,
        blank=True,
        help_text=_("As citizens know it, for example “Gemeente Zuidwaarde”."),
    )
    owms_identifier = models.URLField(
        _("OWMS identifier"),
        blank=True,
        help_text=_(
            "The municipality in the national catalogue, for example "
            "“https://standaarden.overheid.nl/owms/terms/Zuidwaarde_(gemeente)”."
        ),
    )
    phone = models.CharField(
        _("general phone number"),
        max_length=30,
        blank=True,
        help_text=_("Shown when the contact channels cannot be read, for example “14 0123”."),
    )
    email = models.EmailField(_("general e-mail address"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the page header beside the name; preferably an SVG or a wide PNG."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("owms_identifier"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    class Meta:
        verbose_name = _("municipality")
