"""``{% municipality as gemeente %}``: the municipality's name and general contact details for
any template, the error pages included.

With a request they come from the site setting (Instellingen → Gemeente); without one (the 500
page, rendered when the database may be down) from the environment (MUNICIPALITY_NAME,
MUNICIPALITY_PHONE, MUNICIPALITY_EMAIL). Nothing configured means nothing shown: never a
made-up number.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db import DatabaseError

from kennisbank.models import MunicipalitySettings
from kennisbank.models.channels import dialable

register = template.Library()


@dataclass(frozen=True)
class Municipality:
    name: str
    phone: str
    email: str
    # A wagtailimages Image from the site setting; None: the header shows a plain emblem.
    logo: object = None

    @property
    def phone_link(self) -> str:
        """The number as a tel: address: digits and a leading plus only."""
        return dialable(self.phone)

    @property
    def has_contact(self) -> bool:
        return bool(self.phone or self.email)


def from_environment() -> Municipality:
    return Municipality(
        name=settings.MUNICIPALITY_NAME,
        phone=settings.MUNICIPALITY_PHONE,
        email=settings.MUNICIPALITY_EMAIL,
    )


@register.simple_tag(takes_context=True)
def municipality(context) -> Municipality:
    fallback = from_environment()
    request = context.get("request")
    if request is None:
        return fallback
    try:
        stored = MunicipalitySettings.for_request(request)
    except (DatabaseError, AttributeError):
        return fallback
    return Municipality(
        name=stored.name or fallback.name,
        phone=stored.phone or fallback.phone,
        email=stored.email or fallback.email,
        logo=stored.logo,
    )
