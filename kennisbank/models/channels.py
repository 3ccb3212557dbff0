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
