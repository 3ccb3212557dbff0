import datetime
import zoneinfo

import pytest

from kennisbank.content.opening_hours import Period, channel_status, weekly_schedule

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
WEEKDAYS = [Period(day, datetime.time(8, 30), datetime.time(17, 0)) for day in range(5)]
THURSDAY_EVENING = Period(3, datetime.time(18, 0), datetime.time(20, 0))
CHRISTMAS = {datetime.date(2026, 12, 25): "Eerste Kerstdag"}


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(
    ("moment", "open_now"),
    [
        (at(2026, 11, 23, 10), True),  # Monday morning
        (at(2026, 11, 23, 8, 29), False),  # one minute before opening
        (at(2026, 11, 23, 17, 0), False),  # closing time itself is closed
        (at(2026, 11, 26, 19), True),  # Thursday evening opening
        (at(2026, 11, 24, 19), False),  # Tuesday evening
        (at(2026, 11, 28, 10), False),  # Saturday
    ],
)
def test_open_now(moment, open_now):
    assert channel_status([*WEEKDAYS, THURSDAY_EVENING], {}, moment).open_now is open_now


def test_hours_today_lists_every_period():
    status = channel_status([*WEEKDAYS, THURSDAY_EVENING], {}, at(2026, 11, 26, 12))
    assert status.hours_today == "08:30–17:00, 18:00–20:00"


def test_holiday_closes_the_channel_and_says_why():
    status = channel_status(WEEKDAYS, CHRISTMAS, at(2026, 12, 25, 10))
    assert status.open_now is False
    assert "Eerste Kerstdag" in status.hours_today


def test_weekend_says_closed():
    assert channel_status(WEEKDAYS, {}, at(2026, 11, 29, 10)).hours_today == "gesloten"


def test_channel_without_hours_is_always_available():
    status = channel_status([], CHRISTMAS, at(2026, 12, 25, 3))
    assert status.open_now is True
    assert status.always_available is True


def test_utc_moment_is_judged_in_amsterdam_time():
    # 07:45 UTC on a winter Monday is 08:45 in Amsterdam: open.
    moment = datetime.datetime(2026, 11, 23, 7, 45, tzinfo=datetime.UTC)
    assert channel_status(WEEKDAYS, {}, moment).open_now is True


def test_weekly_schedule_has_seven_days():
    schedule = weekly_schedule([*WEEKDAYS, THURSDAY_EVENING])
    assert schedule[3] == ("donderdag", "08:30–17:00, 18:00–20:00")
    assert schedule[6] == ("zondag", "gesloten")
