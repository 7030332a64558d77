"""Impact preview: what a draft policy would change for real orders, before it is saved.

Pure: it takes the orders' facts and two policies and compares, for each order at one moment, what
the storefront would answer under each (which lines may be returned, and why not) and what a
return of every returnable unit would refund, with which fees. Nothing is written.

The prospective return stands for a cooperative customer (reason UNWANTED, refund, self-shipped,
every condition declared, photos and proof given), so differences come from the rules, not from
what a particular customer happened to fill in.

Retained revenue: where a policy offers an exchange or store credit for that return, a share of
customers takes it instead of the refund (``Retention``: by default 30% exchange, 20% store credit,
stated on the admin page as assumptions, never as measurements). Their value stays with the shop;
the store credit bonus is reported as what retaining it costs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from typing import get_args

from plugin.policy.decision import LineEligibility
from plugin.policy.evaluate import CurrencyMismatch, evaluate_return, returnable_lines
from plugin.policy.facts import OrderFacts, PriorReturn, ReturnLineRequest, ReturnRequestFacts
from plugin.policy.model import Policy
from plugin.policy.offers import store_credit
from plugin.policy.types import ConditionItem

_EVERY_CONDITION = frozenset(get_args(ConditionItem))
_PHOTOS = 10


@dataclass(frozen=True)
class Retention:
    """What share of customers offered an alternative take it instead of a refund (0 to 1)."""

    exchange_share: Decimal = Decimal("0.30")
    store_credit_share: Decimal = Decimal("0.20")


@dataclass(frozen=True)
class Outcome:
    """One policy's answer for one order."""

    lines: dict[str, LineEligibility]
    refund: Decimal
    fees: Decimal
    keepable: bool = False  # the cooperative return would be refunded without coming back (if LOW risk)
    exchanges: Decimal = Decimal(0)  # value kept as exchanges (the share that takes one)
    store_credit: Decimal = Decimal(0)  # value kept as store credit
    bonus: Decimal = Decimal(0)  # the bonus credit those customers get on top


@dataclass(frozen=True)
class LineChange:
    line_id: str
    title: str
    before: LineEligibility
    after: LineEligibility


@dataclass(frozen=True)
class OrderChange:
    order_id: str
    name: str
    lines: tuple[LineChange, ...]
    refund_before: Decimal
    refund_after: Decimal


@dataclass
class Impact:
    currency: str
    orders: int = 0
    lines: int = 0
    returnable_before: int = 0
    returnable_after: int = 0
    became_returnable: int = 0
    became_not_returnable: int = 0
    orders_changed: int = 0
    refund_before: Decimal = Decimal(0)
    refund_after: Decimal = Decimal(0)
    fees_before: Decimal = Decimal(0)
    fees_after: Decimal = Decimal(0)
    # Orders whose cooperative return the keep-the-item rules would refund without the items coming
    # back, should the request score LOW risk.
    kept_before: int = 0
    kept_after: int = 0
    # Retained revenue (exchanges + store credit) and what stays refunded in money, next to refunds.
    exchanges_before: Decimal = Decimal(0)
    exchanges_after: Decimal = Decimal(0)
    store_credit_before: Decimal = Decimal(0)
    store_credit_after: Decimal = Decimal(0)
    bonus_before: Decimal = Decimal(0)
    bonus_after: Decimal = Decimal(0)

    @property
    def retained_before(self) -> Decimal:
        return self.exchanges_before + self.store_credit_before

    @property
    def retained_after(self) -> Decimal:
        return self.exchanges_after + self.store_credit_after

    @property
    def money_refunded_before(self) -> Decimal:
        return self.refund_before - self.retained_before

    @property
    def money_refunded_after(self) -> Decimal:
        return self.refund_after - self.retained_after
    other_currency_orders: int = 0  # counted in lines, left out of the money totals
    samples: list[OrderChange] = field(default_factory=list)


def outcome(policy: Policy, order: OrderFacts, priors: tuple[PriorReturn, ...], now: datetime,
            retention: Retention = Retention()) -> Outcome:
    listing = returnable_lines(policy, order, priors, now)
    wanted = tuple(
        ReturnLineRequest(e.line_id, e.returnable_quantity, "UNWANTED", _EVERY_CONDITION, _PHOTOS)
        for e in listing if e.allowed and e.returnable_quantity > 0
    )
    refund = fees = exchanges = credit = bonus = Decimal(0)
    keepable = False
    if wanted:
        request = ReturnRequestFacts(lines=wanted, resolution="REFUND", shipping_method="CUSTOMER_SHIPPED", proof_of_purchase=True)
        decision = evaluate_return(policy, order, priors, request, now)
        quote = decision.quote
        refund, fees, keepable = quote.total.amount, quote.fees.amount, decision.keep_item
        res = policy.resolutions
        if refund > 0 and res.exchange != "NEVER" and _allowed(policy, order, priors, request, now, "EXCHANGE"):
            exchanges = refund * retention.exchange_share
        if refund > 0 and (res.store_credit != "NEVER" or policy.refund.method != "ORIGINAL_PAYMENT") \
                and _allowed(policy, order, priors, request, now, "STORE_CREDIT"):
            credit = refund * retention.store_credit_share
            bonus = store_credit(policy, quote.total, now.date())[1].amount * retention.store_credit_share
    return Outcome({e.line_id: e for e in listing}, refund, fees, keepable, exchanges, credit, bonus)


def _allowed(policy: Policy, order: OrderFacts, priors, request: ReturnRequestFacts, now: datetime, resolution: str) -> bool:
    return evaluate_return(policy, order, priors, replace(request, resolution=resolution), now).allowed


def _changed(before: LineEligibility, after: LineEligibility) -> bool:
    return before.allowed != after.allowed or {r.code for r in before.reasons} != {r.code for r in after.reasons}


def simulate(
    current: Policy,
    draft: Policy,
    orders: Iterable[tuple[OrderFacts, tuple[PriorReturn, ...]]],
    now: datetime,
    currency: str,
    *,
    samples: int = 20,
    retention: Retention = Retention(),
) -> Impact:
    """Compare `current` and `draft` over `orders` at `now`; money totals in `currency` only."""
    impact = Impact(currency=currency)
    # The admin page opens on the policy in force as its draft: one evaluation per order, not two.
    same = draft == current
    for order, priors in orders:
        try:
            a = outcome(current, order, priors, now, retention)
            b = a if same else outcome(draft, order, priors, now, retention)
        except CurrencyMismatch:  # a fixed fee in another currency and no rate: not comparable
            impact.other_currency_orders += 1
            continue
        impact.orders += 1
        impact.kept_before += a.keepable
        impact.kept_after += b.keepable
        titles = {line.line_id: line.title for line in order.lines}
        changes = []
        for line_id, before in a.lines.items():
            after = b.lines[line_id]
            impact.lines += 1
            impact.returnable_before += before.allowed
            impact.returnable_after += after.allowed
            impact.became_returnable += after.allowed and not before.allowed
            impact.became_not_returnable += before.allowed and not after.allowed
            if _changed(before, after):
                changes.append(LineChange(line_id, titles.get(line_id, ""), before, after))
        if order.currency == currency:
            impact.refund_before += a.refund
            impact.refund_after += b.refund
            impact.fees_before += a.fees
            impact.fees_after += b.fees
            impact.exchanges_before += a.exchanges
            impact.exchanges_after += b.exchanges
            impact.store_credit_before += a.store_credit
            impact.store_credit_after += b.store_credit
            impact.bonus_before += a.bonus
            impact.bonus_after += b.bonus
        else:
            impact.other_currency_orders += 1
        if changes or a.refund != b.refund:
            impact.orders_changed += 1
            if len(impact.samples) < samples:
                impact.samples.append(OrderChange(order.order_id, order.name, tuple(changes), a.refund, b.refund))
    return impact
