"""Scalars with the checks Strawberry leaves out: a Decimal that is never NaN, Infinity or huge."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from plugin.values.money import MoneyError, parse_amount


def _parse_decimal(value: object) -> Decimal:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ValueError("Decimal must be given as a string, e.g. \"12.50\"")
    try:
        return parse_amount(value, allow_negative=True)
    except MoneyError as exc:
        raise ValueError(f"Decimal: {exc}") from None


DecimalScalar = strawberry.scalar(
    name="Decimal",
    description="A decimal number sent as a string, e.g. \"12.50\"; never NaN or Infinity.",
    serialize=str,
    parse_value=_parse_decimal,
)

SCALAR_OVERRIDES = {Decimal: DecimalScalar}
