"""The hand-over to a person: every contact channel with whether it is open right now, when a
closed one opens again, and what is open at any hour."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from kennisbank.models import ContactSettings


def contact_channels(now=None) -> list[dict]:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return []
    return [
        {
            "name": channel["name"],
            # kennisbank.models.ChannelKind: lets a client offer to call or write.
            "kind": channel["kind"],
            "contact": channel["contact"],
            "open_now": channel["status"].open_now,
            "hours_today": channel["status"].hours_today,
            "always_available": channel["status"].always_available,
            "next_opening": channel["status"].next_opening,
        }
        for channel in ContactSettings.for_site(site).channel_list(now)
    ]


def handoff(reason: str, now=None) -> dict:
    return {
        "reason": reason,
        "channels": contact_channels(now),
        "always_open": _(
            "This digital assistant and the forms on our website are open day and night."
        ),
        "all_hours_url": reverse("contact"),
    }
