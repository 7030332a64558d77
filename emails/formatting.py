"""Money and dates as the customer reads them, in their locale (babel's CLDR data)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency


def money(value: dict | None, locale: str) -> str:
    """{"amount": "12.50", "currency": "USD"} -> "$12.50" (en), "12,50 $" (de), ..."""
    if not value:
        return ""
    return format_currency(Decimal(value["amount"]), value["currency"], locale=locale)


def day(value: str | date | None, locale: str) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return format_date(value, format="long", locale=locale)


def moment(value: str | datetime | None, locale: str) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return format_datetime(value, format="medium", locale=locale)
