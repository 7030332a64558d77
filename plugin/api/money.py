"""Money on the wire: a Decimal amount with the currency's own decimals, never a float."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from plugin.values.money import quantize


@strawberry.type(description="An amount in a currency; the amount has the currency's own decimals.")
class Money:
    amount: Decimal
    currency_code: str

    @classmethod
    def of(cls, amount: Decimal, currency: str) -> Money:
        return cls(amount=quantize(amount, currency), currency_code=currency)
