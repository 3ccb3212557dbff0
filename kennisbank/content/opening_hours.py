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
    # When a closed channel opens again, in Dutch ("morgen vanaf 8.30 uur"); "" when open,
    # always available, or not within LOOK_AHEAD_DAYS.
    next_opening: str = ""


# How far ahead the next opening is looked for (Christmas and New Year fit in it).
LOOK_AHEAD_DAYS = 14
MONTH_NAMES = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
]  # fmt: skip


def _spoken_time(value: datetime.time) -> str:
    """8.30 uur, as Dutch writes a time in a sentence."""
    return _("%(hour)d.%(minute)02d hours") % {"hour": value.hour, "minute": value.minute}


def next_opening(
    periods: list[Period], closed_days: dict[datetime.date, str], now: datetime.datetime
) -> str:
    """When the channel opens next after `now`: "vandaag vanaf 13.00 uur", "morgen vanaf 8.30
    uur", "maandag vanaf 8.30 uur", or "op 2 januari vanaf 8.30 uur" further ahead."""
    today = now.date()
    for offset in range(LOOK_AHEAD_DAYS + 1):
        day = today + datetime.timedelta(days=offset)
        if day in closed_days:
            continue
        starts = sorted(p.opens for p in periods if p.weekday == day.weekday())
        if offset == 0:
            starts = [start for start in starts if start > now.time()]
        if not starts:
            continue
        time = _spoken_time(starts[0])
        if offset == 0:
            return _("today from %(time)s") % {"time": time}
        if offset == 1:
            return _("tomorrow from %(time)s") % {"time": time}
        if offset < 7:
            return _("%(day)s from %(time)s") % {"day": WEEKDAY_NAMES[day.weekday()], "time": time}
        date = f"{day.day} {MONTH_NAMES[day.month - 1]}"
        return _("on %(date)s from %(time)s") % {"date": date, "time": time}
    return ""


def _clock(value: datetime.time) -> str:
    """8.30, as Dutch writes a time (no leading zero, a dot), the same in a table as in
    "morgen vanaf 8.30 uur"."""
    return f"{value.hour}.{value.minute:02d}"


def _hours(periods: list[Period]) -> str:
    """The hours of one day's periods, in order: "8.30–12.00, 13.00–17.00 uur"."""
    spans = ", ".join(f"{_clock(p.opens)}–{_clock(p.closes)}" for p in periods)
    return _("%(periods)s hours") % {"periods": spans}


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
            next_opening=next_opening(periods, closed_days, now),
        )
    todays = sorted((p for p in periods if p.weekday == today.weekday()), key=lambda p: p.opens)
    if not todays:
        return ChannelStatus(
            open_now=False,
            hours_today=_("closed"),
            next_opening=next_opening(periods, closed_days, now),
        )
    current = now.time()
    open_now = any(p.opens <= current < p.closes for p in todays)
    hours = _hours(todays)
    return ChannelStatus(
        open_now=open_now,
        hours_today=hours,
        next_opening="" if open_now else next_opening(periods, closed_days, now),
    )


def weekly_schedule(periods: list[Period]) -> list[tuple[str, str]]:
    """(day name, hours) for every day of the week, for a table of opening hours."""
    rows = []
    for weekday, name in enumerate(WEEKDAY_NAMES):
        todays = sorted((p for p in periods if p.weekday == weekday), key=lambda p: p.opens)
        rows.append((name, _hours(todays) if todays else _("closed")))
    return rows
