"""The refund quote: money for the returned units, original shipping, fees, credits.

Rules, each chosen so that repeated partial returns can never pay out more than was paid:

* What a line cost = unit price x quantity - the line's discount + its tax (tax only when the
  policy refunds taxes), never below zero.
* Units are allocated cumulatively: returning ``k`` units after ``a`` were already returned pays
  ``round(paid * (a + k) / qty) - round(paid * a / qty)``, so all returns of a line add up to
  exactly what it cost, whatever the rounding.
* Original shipping, when refundable, is refunded pro rata to the merchandise value (price x
  quantity - discount) of the qualifying units against the order subtotal, at most what was paid.
* Credits are return postage paid to the customer (e.g. Allegra K's $6.99), so they count as
  refundable shipping: the ceiling is items + original shipping refunded + postage credits.
* The total is clamped to ``[0, ceiling]``; a clamp shows as an ADJUSTMENT line, so the lines
  always add up to the total. Fees can therefore never push a refund below zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from plugin.values.money import Money, money_exact, quantum
from plugin.policy.decision import Quote, QuoteLine

ZERO = Decimal(0)
# What an adjustment line says when the refund is held between zero and what was paid (the
# customer reads it: plugin/i18n/locales has it in each language).
QUOTE_ADJUSTMENTS = ("Deductions can't exceed the refund.", "The refund can't exceed what was paid for these items.")


def line_cost(unit_price: Decimal, quantity: int, discount: Decimal, tax: Decimal, taxes: bool) -> Decimal:
    """What a whole line cost the customer (the refund ceiling for it); see the module docstring.

    The evaluator inlines this on its hot path; callers (e.g. a refund ledger) use it directly.
    """
    paid = unit_price * quantity - discount
    if taxes:
        paid += tax
    return paid if paid > ZERO else ZERO


def allocate(cost: Decimal, quantity: int, already: int, take: int, q: Decimal) -> Decimal:
    """The share of ``cost`` for ``take`` more units after ``already`` (see module docstring).

    ``q`` is the currency's quantum (``plugin.values.money.quantum``).
    """
    if quantity <= 0 or take <= 0:
        return ZERO
    already = min(max(already, 0), quantity)
    upto = min(already + take, quantity)
    hi = cost if upto == quantity else cost * upto / quantity
    hi = hi.quantize(q, ROUND_HALF_UP)
    if already == 0:
        return hi
    return hi - (cost * already / quantity).quantize(q, ROUND_HALF_UP)


def builder(currency: str) -> QuoteBuilder:
    # Sums start from a zero already at the currency's exponent, so every running total stays
    # rounded and only the clamped total needs quantizing in ``build``.
    q = quantum(currency)
    zero = ZERO.quantize(q)
    return QuoteBuilder(currency, [], q, zero, zero, zero, zero)


@dataclass(slots=True)
class QuoteBuilder:
    """Accumulates signed quote lines; ``build`` clamps and totals them."""

    currency: str
    lines: list[QuoteLine]
    q: Decimal = Decimal(1)
    items: Decimal = ZERO
    shipping: Decimal = ZERO
    fees: Decimal = ZERO
    credits: Decimal = ZERO

    def item(self, line_id: str, quantity: int, title: str, amount: Decimal) -> None:
        self.items += amount
        self.lines.append(QuoteLine("ITEM", "ITEM", title, Money(amount, self.currency), line_id, quantity))

    def shipping_refund(self, amount: Decimal, description: str) -> None:
        if amount > ZERO:
            self.shipping += amount
            self.lines.append(
                QuoteLine("SHIPPING", "ORIGINAL_SHIPPING", description, Money(amount, self.currency))
            )

    def fee(self, code: str, description: str, amount: Decimal, line_id: str | None = None) -> None:
        if amount > ZERO:
            self.fees += amount
            self.lines.append(
                QuoteLine("FEE", code, description, Money(-amount, self.currency), line_id)
            )

    def credit(self, code: str, description: str, amount: Decimal) -> None:
        if amount > ZERO:
            self.credits += amount
            self.lines.append(QuoteLine("CREDIT", code, description, Money(amount, self.currency)))

    def build(self) -> Quote:
        cap = self.items + self.shipping + self.credits
        total = cap - self.fees
        if total < ZERO:
            self._adjust(-total, QUOTE_ADJUSTMENTS[0])
            total = ZERO
        elif total > cap:
            self._adjust(cap - total, QUOTE_ADJUSTMENTS[1])
            total = cap
        c, q = self.currency, self.q
        return Quote(
            c,
            tuple(self.lines),
            money_exact(self.items, c),
            money_exact(self.shipping, c),
            money_exact(self.fees, c),
            money_exact(self.credits, c),
            money_exact(total.quantize(q, ROUND_HALF_UP), c),
        )

    def _adjust(self, amount: Decimal, description: str) -> None:
        self.lines.append(QuoteLine("ADJUSTMENT", "LIMIT", description, Money(amount, self.currency)))

