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
    assert status.hours_today == "8.30–17.00, 18.00–20.00 uur"


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
    assert schedule[3] == ("donderdag", "8.30–17.00, 18.00–20.00 uur")
    assert schedule[6] == ("zondag", "gesloten")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2026, 11, 28, 23), "maandag vanaf 8.30 uur"),  # Saturday night
        (at(2026, 11, 29, 12), "morgen vanaf 8.30 uur"),  # Sunday
        (at(2026, 11, 23, 7, 45), "vandaag vanaf 8.30 uur"),  # Monday before opening
        (at(2026, 11, 23, 17, 0), "morgen vanaf 8.30 uur"),  # Monday at closing time
        (at(2026, 11, 26, 17, 30), "vandaag vanaf 18.00 uur"),  # Thursday, before the evening
        (at(2026, 12, 24, 21), "maandag vanaf 8.30 uur"),  # Christmas Eve, after the evening
    ],
)
def test_a_closed_channel_says_when_it_opens_again(moment, expected):
    from django.utils import translation

    closed = {**CHRISTMAS, datetime.date(2026, 12, 26): "Tweede Kerstdag"}
    with translation.override("nl"):
        status = channel_status([*WEEKDAYS, THURSDAY_EVENING], closed, moment)
    assert not status.open_now
    assert status.next_opening == expected


def test_an_open_or_always_available_channel_names_no_next_opening():
    assert channel_status(WEEKDAYS, {}, at(2026, 11, 23, 10)).next_opening == ""
    assert channel_status([], {}, at(2026, 11, 28, 23)).next_opening == ""


def test_after_a_long_closure_the_date_is_named():
    from django.utils import translation

    closed = {
        datetime.date(2026, 12, 25) + datetime.timedelta(days=n): "Kerstreces" for n in range(8)
    }
    with translation.override("nl"):
        status = channel_status(WEEKDAYS, closed, at(2026, 12, 24, 21))
    assert status.next_opening == "op 4 januari vanaf 8.30 uur"
