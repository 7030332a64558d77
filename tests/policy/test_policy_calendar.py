"""Business days and window ends in the shop's country and timezone (plugin/values/calendar.py)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from plugin.values.calendar import (
    CalendarError,
    add_business_days,
    holiday_dates,
    is_business_day,
    local_date,
    window_end,
)

NY = ZoneInfo("America/New_York")


def test_business_days_skip_weekend():
    # Friday 2026-03-06 + 1 business day = Monday 2026-03-09.
    assert add_business_days(date(2026, 3, 6), 1, "US") == date(2026, 3, 9)


def test_business_days_skip_thanksgiving_and_weekend():
    # Wednesday 2026-11-25; Thursday 26 is Thanksgiving; 28/29 the weekend.
    assert date(2026, 11, 26) in holiday_dates("US", 2026)
    assert add_business_days(date(2026, 11, 25), 1, "US") == date(2026, 11, 27)
    assert add_business_days(date(2026, 11, 25), 2, "US") == date(2026, 11, 30)


def test_zero_business_days_is_the_same_day():
    assert add_business_days(date(2026, 11, 28), 0, "US") == date(2026, 11, 28)


def test_holidays_are_per_country():
    # Thanksgiving is not a holiday in France; Bastille Day is.
    assert is_business_day(date(2026, 11, 26), "FR")
    assert not is_business_day(date(2026, 7, 14), "FR")


def test_unknown_country_has_weekends_only():
    assert holiday_dates("ZZ", 2026) == frozenset()
    assert add_business_days(date(2026, 3, 6), 1, "ZZ") == date(2026, 3, 9)


def test_window_end_counts_local_days():
    # Delivered 22:30 in New York on March 5 (already March 6 in UTC): day 0 is March 5.
    delivered = datetime(2026, 3, 5, 22, 30, tzinfo=NY)
    assert local_date(delivered, "America/New_York") == date(2026, 3, 5)
    last, closes = window_end(delivered.astimezone(UTC), 28, False, "America/New_York", "US")
    assert last == date(2026, 4, 2)
    assert closes == datetime(2026, 4, 3, 0, 0, tzinfo=NY)
    assert closes.tzinfo is UTC


def test_window_end_across_dst_change():
    # US clocks move forward on 2026-03-08: the window still closes at local midnight.
    delivered = datetime(2026, 3, 1, 12, tzinfo=NY)
    _, closes = window_end(delivered, 10, False, "America/New_York", "US")
    assert closes == datetime(2026, 3, 12, 0, 0, tzinfo=NY)
    assert closes.utcoffset() == timedelta(0)
    assert closes.astimezone(NY).utcoffset() == timedelta(hours=-4)


def test_business_window_end():
    delivered = datetime(2026, 11, 25, 9, tzinfo=NY)
    last, _ = window_end(delivered, 3, True, "America/New_York", "US")
    assert last == date(2026, 12, 1)


def test_naive_datetimes_are_refused():
    with pytest.raises(CalendarError):
        local_date(datetime(2026, 3, 5, 12), "America/New_York")


def test_unknown_timezone_is_refused():
    with pytest.raises(CalendarError):
        local_date(datetime(2026, 3, 5, tzinfo=UTC), "Mars/Olympus")
