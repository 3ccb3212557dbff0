"""The hand-over to a person: every contact channel with whether it is open right now, when a
closed one opens again, and what is open at any hour."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from kennisbank.models import ContactSettings, MunicipalitySettings
from kennisbank.models.channels import ChannelKind, contact_href
from search.crisis import HELP_LINES, Crisis


def _channel(
    name, kind, contact, href, *, note="", status=None, open_now=False, always_available=False
):
    """One way to reach a person, as the chat API and its clients read it. Without a `status`
    (kennisbank.content.opening_hours.ChannelStatus), no opening hours are known."""
    return {
        "name": name,
        # kennisbank.models.ChannelKind: lets a client offer to call or write.
        "kind": kind,
        "contact": contact,
        # Call, write or open a chat where a device can (kennisbank.models.contact_href).
        "href": href,
        # "Alleen op afspraak": what a citizen must know before setting out.
        "note": note,
        "open_now": status.open_now if status else open_now,
        "hours_today": status.hours_today if status else "",
        "always_available": status.always_available if status else always_available,
        "next_opening": status.next_opening if status else "",
    }


def contact_channels(now=None) -> list[dict]:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return []
    return [
        _channel(
            channel["name"],
            channel["kind"],
            channel["contact"],
            channel["href"],
            note=channel["note"],
            status=channel["status"],
        )
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
        # Writing is possible at any hour; the phone's hours are not known.
        _channel(
            name,
            kind,
            contact,
            contact_href(kind, contact),
            always_available=kind == ChannelKind.EMAIL,
        )
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
        _channel(
            line.name,
            "phone",
            line.number,
            line.href,
            note=str(line.note),
            open_now=True,
            always_available=True,
        )
        for line in HELP_LINES[crisis]
    ]


def crisis_handoff(crisis: Crisis, now=None) -> dict:
    """The help lines first, then the municipality's own channels, which may be closed."""
    return {
        **handoff(_("Help is available day and night."), now),
        "channels": help_line_channels(crisis) + contact_channels(now),
    }
