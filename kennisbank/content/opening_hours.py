"""Whether a contact channel is open at a given moment, and today's hours in Dutch.

Used wherever a citizen gets stuck (answer pages, zero results, the chatbot's hand-over), so
the open/closed state must be right for evenings, Saturdays and public holidays.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

WEEKDAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


@dataclass(frozen=True)
class Period:
    weekday: int  # 0 = Monday, as datetime.weekday()
    opens: datetime.time
    closes: datetime.time


@dataclass(frozen=True)
class ChannelStatus:
    open_now: bool
    hours_today: str
    always_available: bool = False


def _format_time(value: datetime.time) -> str:
    return value.strftime("%H:%M")


def channel_status(
    periods: list[Period],
    closed_days: dict[datetime.date, str],
    now: datetime.datetime | None = None,
) -> ChannelStatus:
    """Open/closed now and today's opening hours for one channel.

    A channel without periods (e-mail, a web form) is always available. A closed day (public
    holiday) closes every channel that has opening hours.
    """
    now = timezone.localtime(now) if now else timezone.localtime()
    if not periods:
        return ChannelStatus(
            open_now=True, hours_today=_("always available"), always_available=True
        )
    today = now.date()
    if today in closed_days:
        return ChannelStatus(
            open_now=False,
            hours_today=_("closed (%(reason)s)") % {"reason": closed_days[today]},
        )
    todays = sorted((p for p in periods if p.weekday == today.weekday()), key=lambda p: p.opens)
    if not todays:
        return ChannelStatus(open_now=False, hours_today=_("closed"))
    current = now.time()
    open_now = any(p.opens <= current < p.closes for p in todays)
    hours = ", ".join(f"{_format_time(p.opens)}–{_format_time(p.closes)}" for p in todays)
    return ChannelStatus(open_now=open_now, hours_today=hours)


def weekly_schedule(periods: list[Period]) -> list[tuple[str, str]]:
    """(day name, hours) for every day of the week, for a table of opening hours."""
    rows = []
    for weekday, name in enumerate(WEEKDAY_NAMES):
        todays = sorted((p for p in periods if p.weekday == weekday), key=lambda p: p.opens)
        hours = ", ".join(f"{_format_time(p.opens)}–{_format_time(p.closes)}" for p in todays)
        rows.append((name, hours or _("closed")))
    return rows
