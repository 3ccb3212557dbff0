"""The hand-over to a person: every contact channel with whether it is open right now."""

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
        }
        for channel in ContactSettings.for_site(site).channel_list(now)
    ]
