"""Calendar and business-day arithmetic in a shop's own country and timezone.

Policies count days the way a merchant's customer service does: a "30 days from delivery" window
ends when the shop's clock passes midnight at the end of the 30th local day after the delivery day,
and "5 business days" skips weekends and the public holidays of the shop's country (as the
`holidays` package knows them). Everything here is pure and cached, because the policy engine calls
it on its hot path.

The window rule, in one place (``window_end``):

* the day of the event (delivery, purchase, instructions) is day 0, in the shop's timezone;
* ``N`` calendar days later is the last allowed local day; for business days, it is the ``N``-th
  business day after day 0 (day 0 itself never counts, whether or not it is a business day);
* the window closes at the first instant of the following local day (midnight, shop time), so the
  last allowed moment is 23:59:59.999999 local on the last allowed day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as _holidays

_DEFAULT_WEEKEND = frozenset({5, 6})  # Saturday, Sunday
_ONE_DAY = timedelta(days=1)


class CalendarError(ValueError):
    """An unknown timezone or a naive datetime where a moment in time is needed."""


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CalendarError(f"unknown timezone {name!r}") from None


def zone_or_utc(name: str) -> ZoneInfo:
    """A shop's zone for reading its days: UTC when the name is unknown (shops are validated when
    saved; this only keeps a read from failing)."""
    try:
        return zone(name)
    except CalendarError:
        return zone("UTC")


def require_aware(moment: datetime, what: str = "datetime") -> datetime:
    """Naive datetimes are ambiguous by hours across shops; refuse them rather than guess."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise CalendarError(f"{what} must be timezone-aware")
    return moment


def local_date(moment: datetime, tz: str) -> date:
    """The calendar date of an instant as the shop's clock shows it."""
    return require_aware(moment).astimezone(zone(tz)).date()


@lru_cache(maxsize=8192)
def start_of_local_day(day: date, tz: str) -> datetime:
    """The instant (in UTC) at which ``day`` begins in ``tz``.

    Returned in UTC so that comparisons on the hot path do not consult the zone again.
    """
    return datetime.combine(day, time(0), tzinfo=zone(tz)).astimezone(UTC)


# --- holidays -------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _country_calendar(country: str) -> tuple[frozenset[int], bool]:
    """(weekend weekdays, whether the holidays package knows the country)."""
    try:
        calendar = _holidays.country_holidays(country)
    except (NotImplementedError, KeyError, AttributeError):
        return _DEFAULT_WEEKEND, False
    return frozenset(getattr(calendar, "weekend", _DEFAULT_WEEKEND)), True


@lru_cache(maxsize=1024)
def holiday_dates(country: str, year: int) -> frozenset[date]:
    """Public holidays of ``country`` in ``year``; empty for a country the package does not know."""
    if not _country_calendar(country)[1]:
        return frozenset()
    return frozenset(_holidays.country_holidays(country, years=year).keys())


def weekend_days(country: str) -> frozenset[int]:
    return _country_calendar(country)[0]


def is_business_day(day: date, country: str) -> bool:
    return day.weekday() not in weekend_days(country) and day not in holiday_dates(country, day.year)


@lru_cache(maxsize=65536)
def add_business_days(start: date, count: int, country: str) -> date:
    """The ``count``-th business day after ``start`` (``start`` itself never counts).

    ``count == 0`` returns ``start`` unchanged: "within 0 business days" means the same day.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    remaining = count
    while remaining:
        day += _ONE_DAY
        if is_business_day(day, country):
            remaining -= 1
    return day


def add_days(start: date, count: int, *, business: bool, country: str) -> date:
    if business:
        return add_business_days(start, count, country)
    return start + timedelta(days=count)


@lru_cache(maxsize=65536)
def window_end(
    start: datetime, days: int, business: bool, tz: str, country: str
) -> tuple[date, datetime]:
    """(last allowed local date, first refused instant in UTC) for a window opened at ``start``.

    See the module docstring for the rule. Cached: the same delivery moment and window recur for
    every line of an order and every request on it.
    """
    last_day = add_days(local_date(start, tz), days, business=business, country=country)
    return last_day, start_of_local_day(last_day + _ONE_DAY, tz)
