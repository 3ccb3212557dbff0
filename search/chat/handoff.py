"""The hand-over to a person: every contact channel with whether it is open right now, when a
closed one opens again, and what is open at any hour."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from kennisbank.models import ContactSettings, MunicipalitySettings
from kennisbank.models.channels import ChannelKind, contact_href
from search.crisis import HELP_LINES, Crisis


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
            # Call, write or open a chat where a device can (kennisbank.models.contact_href).
            "href": channel["href"],
            # "Alleen op afspraak": what a citizen must know before setting out.
            "note": channel["note"],
            "open_now": channel["status"].open_now,
            "hours_today": channel["status"].hours_today,
            "always_available": channel["status"].always_available,
            "next_opening": channel["status"].next_opening,
        }
        for channel in ContactSettings.for_site(site).channel_list(now)
    ] or general_contact(site)


def general_contact(site) -> list[dict]:
    """Before the contact channels are filled in: the municipality's general phone number and
    e-mail address, without opening hours (none are known; "Gesloten" would be a guess). The
    hand-over said "Een medewerker helpt u graag verder:" above an empty list."""
    municipality = MunicipalitySettings.for_site(site)
    general = [
        (ChannelKind.PHONE, _("Phone"), municipality.phone),
        (ChannelKind.EMAIL, _("E-mail"), municipality.email),
    ]
    return [
        {
            "name": name,
            "kind": kind,
            "contact": contact,
            "href": contact_href(kind, contact),
            "note": "",
            "open_now": False,
            "hours_today": "",
            # Writing is possible at any hour; the phone's hours are not known.
            "always_available": kind == ChannelKind.EMAIL,
            "next_opening": "",
        }
        for kind, name, contact in general
        if contact
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


def help_line_channels(crisis: Crisis) -> list[dict]:
    """The national help lines for `crisis`, as channels: free and open day and night."""
    return [
        {
            "name": line.name,
            "kind": "phone",
            "contact": line.number,
            "href": line.href,
            "note": str(line.note),
            "open_now": True,
            "hours_today": "",
            "always_available": True,
            "next_opening": "",
        }
        for line in HELP_LINES[crisis]
    ]


def crisis_handoff(crisis: Crisis, now=None) -> dict:
    """The help lines first, then the municipality's own channels, which may be closed."""
    return {
        **handoff(_("Help is available day and night."), now),
        "channels": help_line_channels(crisis) + contact_channels(now),
    }
