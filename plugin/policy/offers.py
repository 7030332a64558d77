"""What a return could become, side by side: a refund, store credit with its bonus, an exchange.

Pure, like the rest of the engine: the catalogue arrives as ``VariantFacts`` (built by the actions
from the mirrored variants and their stock), the money as the decision's quote. The answers are:

* ``exchange_variants``: which variants a returned line may be exchanged for under the policy's
  ``resolutions.exchange_terms`` (options that may change, the price rules, stock above the buffer);
* ``store_credit``: the credit a refund of ``base`` becomes, with the bonus (percent and flat,
  capped) and the expiry of ``resolutions.store_credit_terms``;
* ``resolution_options``: one ``ResolutionOption`` per resolution the shop offers, with its value
  and a sentence ("Store credit $27.50 (+10%)"), for the quote and for the stored decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from plugin.policy.decision import Quote
from plugin.policy.model import Policy
from plugin.values.money import Money, quantize

_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class VariantFacts:
    """A variant of the shop's catalogue as an exchange sees it."""

    variant_id: str  # Recourse's id (ProductVariant.id)
    product_id: str  # Recourse's product id
    title: str  # "M / Blue"
    options: tuple[tuple[str, str], ...]  # (name, value) in the product's option order
    price: Decimal
    available: int | None  # units available; None: the platform does not limit it (untracked, sells past zero)
    active: bool = True


@dataclass(frozen=True, slots=True)
class ExchangeCandidate:
    variant: VariantFacts
    in_stock: bool  # more units available than the policy's buffer
    difference: Decimal  # per unit: its price less the returned unit's value (+: the customer pays)


@dataclass(slots=True)
class ExchangeLine:
    line_id: str
    quantity: int
    variant_id: str
    title: str  # the variant's title
    options: tuple[tuple[str, str], ...]
    price: Money  # per unit
    in_stock: bool
    difference: Money  # for the line's units: + customer pays, − refunded


@dataclass(slots=True)
class ResolutionOption:
    resolution: str  # REFUND | STORE_CREDIT | EXCHANGE
    offered: bool  # the policy allows it for every requested line (and, for an exchange, a variant is chosen and in stock)
    amount: Money | None  # to the card, or the credit with its bonus; None for an exchange
    bonus: Money | None = None
    bonus_percent: Decimal | None = None
    expires_on: date | None = None
    difference: Money | None = None  # exchange: + the customer pays (platform invoice), − refunded
    difference_handling: str | None = None  # CUSTOMER_PAYS | REFUND_REST (None: even)
    lines: tuple[ExchangeLine, ...] = ()
    summary: str = ""


def _allowed_change(returned: VariantFacts, other: VariantFacts, changeable: frozenset[str]) -> bool:
    """Every option that differs is one the customer may change (all, when the policy names none)."""
    if not changeable:
        return True
    mine = {name.lower(): value for name, value in returned.options}
    for name, value in other.options:
        if mine.get(name.lower()) != value and name.lower() not in changeable:
            return False
    return True


def in_stock(policy: Policy, variant: VariantFacts) -> bool:
    """Offered while more than the buffer is available (always, when the platform does not limit it)."""
    return variant.active and (variant.available is None or variant.available > policy.resolutions.exchange_terms.stock_buffer)


def exchange_variants(
    policy: Policy, returned: VariantFacts | None, candidates: list[VariantFacts], unit_value: Decimal,
    *, returned_product_id: str | None = None,
) -> list[ExchangeCandidate]:
    """The variants a returned unit worth ``unit_value`` may be exchanged for, in stock or not
    (``in_stock`` says; a storefront offers only those in stock). A same-product exchange takes the
    returned product's other variants whose differing options may change; any-product exchanges take
    any variant. The price rules drop what costs more (or less) when the policy does not allow it."""
    terms = policy.resolutions.exchange_terms
    changeable = frozenset(name.lower() for name in terms.changeable_options)
    product_id = returned.product_id if returned is not None else returned_product_id
    out = []
    for variant in candidates:
        if not variant.active or (returned is not None and variant.variant_id == returned.variant_id):
            continue
        if terms.scope == "SAME_PRODUCT":
            if variant.product_id != product_id:
                continue
            if returned is not None and not _allowed_change(returned, variant, changeable):
                continue
        difference = variant.price - unit_value
        if difference > 0 and terms.higher_price == "NOT_ALLOWED":
            continue
        if difference < 0 and terms.lower_price == "NOT_ALLOWED":
            continue
        out.append(ExchangeCandidate(variant, in_stock(policy, variant), difference))
    return out


def store_credit(policy: Policy, base: Money, today: date) -> tuple[Money, Money, date | None]:
    """(credit, bonus, expires_on) for a refund of ``base`` taken as store credit. The bonus is the
    percentage of the credited value plus the flat amount, at most the cap; nothing is added to nothing."""
    terms = policy.resolutions.store_credit_terms
    currency = base.currency
    if base.amount <= 0:
        return base, Money.zero(currency), None
    bonus = base.amount * terms.bonus_percent / _HUNDRED + terms.bonus_flat
    if terms.bonus_cap is not None:
        bonus = min(bonus, terms.bonus_cap)
    expires = today + timedelta(days=terms.expires_after_days) if terms.expires_after_days else None
    return base, Money.of(quantize(bonus, currency), currency), expires


def _money(amount: Money) -> str:
    """A short figure for a summary sentence; the faces format money themselves."""
    symbol = {"USD": "$", "CAD": "CA$", "AUD": "A$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(amount.currency)
    return f"{symbol}{amount.amount:,}" if symbol else f"{amount.amount:,} {amount.currency}"


def _percent_label(bonus: Money, base: Money) -> str:
    if bonus.amount <= 0 or base.amount <= 0:
        return ""
    percent = (bonus.amount / base.amount * _HUNDRED).quantize(Decimal("0.1")).normalize()
    return f" (+{percent:f}%)"


def resolution_options(
    policy: Policy, quote: Quote, offered: dict[str, bool], exchange: list[ExchangeLine] | None, today: date,
) -> list[ResolutionOption]:
    """One option per resolution the policy offers at all, in the order REFUND, STORE_CREDIT, EXCHANGE,
    REPLACEMENT.

    ``offered`` says, per resolution, whether the policy allows it for this request (the decision
    evaluated with it); ``exchange`` is the chosen variant per line (None: the customer has not chosen
    yet, so the option says which is needed)."""
    currency = quote.currency
    total = quote.total
    options = [ResolutionOption("REFUND", offered.get("REFUND", False), total, summary=f"Refund {_money(total)}")]
    res = policy.resolutions
    if res.store_credit != "NEVER" or policy.refund.method in ("STORE_CREDIT", "CUSTOMER_CHOICE"):
        credit, bonus, expires = store_credit(policy, total, today)
        worth = Money.of(credit.amount + bonus.amount, currency)
        percent = (bonus.amount / credit.amount * _HUNDRED).quantize(Decimal("0.01")) if credit.amount > 0 else None
        options.append(ResolutionOption(
            "STORE_CREDIT", offered.get("STORE_CREDIT", False), worth, bonus=bonus,
            bonus_percent=percent, expires_on=expires,
            summary=f"Store credit {_money(worth)}{_percent_label(bonus, credit)}",
        ))
    if res.exchange != "NEVER" or "EXCHANGE" in policy.fault.remedies:
        options.append(_exchange_option(policy, offered.get("EXCHANGE", False), exchange, currency))
    if res.replacement != "NEVER" or "REPLACEMENT" in policy.fault.remedies:
        options.append(ResolutionOption("REPLACEMENT", offered.get("REPLACEMENT", False), None,
                                        summary="A replacement of the same item"))
    return options


def _exchange_option(policy: Policy, allowed: bool, lines: list[ExchangeLine] | None, currency: str) -> ResolutionOption:
    if not lines:
        return ResolutionOption("EXCHANGE", allowed, None, summary="Exchange for another size or colour")
    difference = Money.of(sum((line.difference.amount for line in lines), Decimal(0)), currency)
    stock = all(line.in_stock for line in lines)
    names = ", ".join(line.title for line in lines)
    handling = None
    if difference.amount > 0:
        handling = "CUSTOMER_PAYS"
    elif difference.amount < 0:
        handling = "REFUND_REST"
    summary = f"Exchange for {names} ({'in stock' if stock else 'out of stock'})"
    if handling == "CUSTOMER_PAYS":
        summary += f", you pay {_money(difference)} more"
    elif handling == "REFUND_REST":
        summary += f", {_money(Money.of(-difference.amount, currency))} refunded"
    return ResolutionOption(
        "EXCHANGE", allowed and stock, None, difference=difference, difference_handling=handling,
        lines=tuple(lines), summary=summary,
    )


def options_data(options: list[ResolutionOption]) -> list[dict]:
    """As stored in a decision (``decision["options"]``): JSON-ready."""
    def money(value: Money | None) -> dict | None:
        return None if value is None else {"amount": str(value.amount), "currency": value.currency}

    return [
        {
            "resolution": o.resolution, "offered": o.offered, "amount": money(o.amount), "bonus": money(o.bonus),
            "bonus_percent": None if o.bonus_percent is None else str(o.bonus_percent),
            "expires_on": o.expires_on.isoformat() if o.expires_on else None,
            "difference": money(o.difference), "difference_handling": o.difference_handling,
            "lines": [
                {"line_id": line.line_id, "quantity": line.quantity, "variant_id": line.variant_id, "title": line.title,
                 "options": [{"name": n, "value": v} for n, v in line.options], "price": money(line.price),
                 "in_stock": line.in_stock, "difference": money(line.difference)}
                for line in o.lines
            ],
            "summary": o.summary,
        }
        for o in options
    ]
