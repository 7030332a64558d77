"""Field types shared by the policy settings: money, percentages, countries, enumerations.

Money in a policy is a Decimal written as a string in the policy's currency. Floats are refused
(they cannot hold 9.99 exactly), and so are NaN, Infinity and absurd magnitudes. The JSON Schema
says "string with a pattern", which is what a settings form needs to draw a text input.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, PlainSerializer, WithJsonSchema

from plugin.values.money import MoneyError, parse_amount

AMOUNT_PATTERN = r"^[0-9]{1,13}(\.[0-9]{1,4})?$"
PERCENT_PATTERN = r"^[0-9]{1,3}(\.[0-9]{1,4})?$"
_AMOUNT_RE = re.compile(AMOUNT_PATTERN)


def _amount(value: object) -> Decimal:
    if isinstance(value, bool) or isinstance(value, float):  # only an API client sends these (the form sends text)
        raise ValueError("write amounts as decimal strings, e.g. \"9.99\", not numbers")
    if not isinstance(value, (str, Decimal)):
        raise ValueError("enter an amount, e.g. 9.99")
    if isinstance(value, str) and not _AMOUNT_RE.match(value):
        raise ValueError("enter an amount with at most 4 decimals, e.g. 9.99")
    try:
        amount = parse_amount(value)
    except MoneyError as exc:
        raise ValueError(str(exc)) from None
    if amount.as_tuple().exponent < -4:  # type: ignore[operator]
        raise ValueError("amount has more than 4 decimal places")
    return amount


def _percent(value: object) -> Decimal:
    amount = _amount(value)
    if amount > 100:
        raise ValueError("enter a percentage from 0 to 100")
    return amount


def _as_string(value: Decimal) -> str:
    return format(value, "f")


Amount = Annotated[
    Decimal,
    BeforeValidator(_amount),
    PlainSerializer(_as_string, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": AMOUNT_PATTERN,
            "description": "An amount in the policy currency, as a decimal string, e.g. \"9.99\".",
        }
    ),
]

Percent = Annotated[
    Decimal,
    BeforeValidator(_percent),
    PlainSerializer(_as_string, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": PERCENT_PATTERN,
            "description": "A percentage from 0 to 100, as a decimal string, e.g. \"15\".",
        }
    ),
]


# EU member states, for the "EU" shorthand in country lists and for EU consumer mode.
EU_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)


CountryCode = Annotated[
    str,
    BeforeValidator(lambda v: v.strip().upper() if isinstance(v, str) else v),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": "^([A-Z]{2}|EU)$",
            "description": "An ISO 3166-1 alpha-2 country code, or EU for every EU member state.",
        }
    ),
    AfterValidator(lambda v: _check_country(v)),
]


def _check_country(value: str) -> str:
    if value == "EU" or (len(value) == 2 and value.isascii() and value.isalpha()):
        return value
    raise ValueError("enter a two-letter country code such as US, or EU")


def expand_countries(codes: tuple[str, ...]) -> frozenset[str]:
    """Country codes with the EU shorthand expanded to its member states."""
    out: set[str] = set()
    for code in codes:
        out |= EU_COUNTRIES if code == "EU" else {code}
    return frozenset(out)


def _tag(value: object) -> object:
    # Platforms compare tags case-insensitively; the facts carry them lower-case.
    return value.strip().lower() if isinstance(value, str) else value


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    return value


Tag = Annotated[str, BeforeValidator(_tag), AfterValidator(_no_nul)]
Text = Annotated[str, AfterValidator(_no_nul)]

ReturnReason = Literal[
    "DEFECTIVE",
    "DAMAGED",
    "WRONG_ITEM",
    "NOT_AS_DESCRIBED",
    "SIZE_TOO_SMALL",
    "SIZE_TOO_LARGE",
    "COLOR",
    "STYLE",
    "UNWANTED",
    "INCOMPLETE",
    "LATE_DELIVERY",
    "OTHER",
]

ConditionItem = Literal[
    "UNUSED",
    "NOT_WORN",
    "NOT_WASHED",
    "NOT_IRONED",
    "NOT_STAINED",
    "NOT_ALTERED",
    "ORIGINAL_CONDITION",
    "TAGS_ATTACHED",
    "ORIGINAL_PACKAGING",
    "ACCESSORIES_INCLUDED",
    "MANUALS_INCLUDED",
]

DayUnit = Literal["CALENDAR", "BUSINESS"]
Availability = Literal["NEVER", "MERCHANT_AT_FAULT", "ALWAYS"]

__all__ = [
    "Amount",
    "Availability",
    "ConditionItem",
    "CountryCode",
    "DayUnit",
    "EU_COUNTRIES",
    "Percent",
    "ReturnReason",
    "Tag",
    "Text",
    "expand_countries",
]
