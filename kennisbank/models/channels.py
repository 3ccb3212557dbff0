"""The ways a citizen can reach the municipality: one list for the contact settings (which
channels there are, with their hours) and for the contact moments the KCC registers."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ChannelKind(models.TextChoices):
    PHONE = "phone", _("Phone")
    COUNTER = "counter", _("Desk")
    EMAIL = "email", _("E-mail")
    CHAT = "chat", _("Chat")
    WHATSAPP = "whatsapp", _("WhatsApp")
    SOCIAL = "social", _("Social media")
    LETTER = "letter", _("Letter")


def dialable(number: str) -> str:
    """A phone number as a tel: address wants it: digits and a leading plus only."""
    return "".join(char for char in number if char.isdigit() or char == "+")


def contact_href(kind: str, contact: str) -> str:
    """The link a device can act on for a channel's contact, or "" where there is none.

    A WhatsApp number opens a chat (wa.me wants the number in international form without "+"),
    not a phone call: the number behind it often takes no calls.
    """
    if kind == ChannelKind.EMAIL:
        return f"mailto:{contact.strip()}"
    if kind == ChannelKind.PHONE:
        return "tel:" + dialable(contact)
    if kind == ChannelKind.WHATSAPP:
        # "+31 (0)6 ...": the (0) is dropped when dialling from abroad.
        digits = "".join(char for char in contact.replace("(0)", "") if char.isdigit())
        if contact.strip().startswith("+"):
            international = digits
        elif digits.startswith("00"):
            international = digits[2:]
        elif digits.startswith("0"):
            international = "31" + digits[1:]
        else:
            international = digits
        return f"https://wa.me/{international}" if international else ""
    return ""
