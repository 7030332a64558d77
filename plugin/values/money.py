"""Money as Decimal with its currency; never a float.

Every amount is rounded to the currency's own minor units (JPY has none, KWD three), using the
ISO 4217 data that babel ships, so the API, the policy engine and the emails agree on a figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import get_currency_precision

# Far above any real order, far below what would overflow a NUMERIC(18, 4) column.
MAX_AMOUNT = Decimal("1000000000000")


class MoneyError(ValueError):
    """An amount or currency that cannot be money."""


@lru_cache(maxsize=512)
def minor_units(currency: str) -> int:
    return get_currency_precision(currency)


@lru_cache(maxsize=512)
def quantum(currency: str) -> Decimal:
    """The smallest unit of ``currency`` as a Decimal exponent (0.01 for USD, 1 for JPY).

    For hot loops: ``amount.quantize(quantum(c), rounding=ROUND_HALF_UP)`` equals ``quantize``
    with the lookup hoisted out of the loop.
    """
    return Decimal(1).scaleb(-minor_units(currency))


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round half up to the currency's minor units, as payment processors do."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def is_currency(code: str) -> bool:
    if not (isinstance(code, str) and len(code) == 3 and code.isalpha() and code.isupper()):
        return False
    try:
        minor_units(code)
    except Exception:  # babel raises different errors across versions for unknown codes
        return False
    from babel.numbers import list_currencies

    return code in list_currencies()


def parse_amount(value: object, *, allow_negative: bool = False) -> Decimal:
    """Turn wire input (a string or Decimal, never a float) into a finite, bounded Decimal."""
    if isinstance(value, float):
        raise MoneyError("amounts must be strings or decimals, not floats")
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise MoneyError(f"{value!r} is not a decimal amount") from None
    if not amount.is_finite():
        raise MoneyError("amount must be a finite number")
    if abs(amount) > MAX_AMOUNT:
        raise MoneyError("amount is out of range")
    if amount < 0 and not allow_negative:
        raise MoneyError("amount must not be negative")
    return amount


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        return cls(quantize(Decimal(amount), currency), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls.of(0, currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def times(self, factor: Decimal | int) -> Money:
        return Money.of(self.amount * Decimal(factor), self.currency)

    def wire(self) -> str:
        """The amount as the API sends it: a string with the currency's own decimals."""
        return str(quantize(self.amount, self.currency))


_new_object = object.__new__
_set_amount = Money.__dict__["amount"].__set__
_set_currency = Money.__dict__["currency"].__set__


def money_exact(amount: Decimal, currency: str) -> Money:
    """``Money(amount, currency)`` for an amount already rounded to the currency, built without
    the frozen dataclass ``__init__`` (about half the cost; for hot loops such as refund quotes).
    """
    money = _new_object(Money)
    _set_amount(money, amount)
    _set_currency(money, currency)
    return money
