"""Ask the policy what a customer may do with an order, now, under the policy in force.

Read-only: nothing is written. Each answer carries the policy version it was decided under.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from models.order import Order
from models.shop import Shop
from plugin.actions.facts import order_facts
from plugin.actions.policy import policy_in_force
from plugin.policy import (
    CancellationDecision,
    CurrencyMismatch,
    LineEligibility,
    ReturnDecision,
    ReturnLineRequest,
    ReturnRequestFacts,
    evaluate_cancellation,
    evaluate_return,
    returnable_lines,
)


class DecisionRefused(Exception):
    """The request cannot be decided at all (as opposed to being decided "no")."""

    def __init__(self, field: list[str], message: str, code: str) -> None:
        super().__init__(message)
        self.field, self.message, self.code = field, message, code


@dataclass(frozen=True)
class RequestedLine:
    line_id: int
    quantity: int
    reason: str
    condition: frozenset[str]
    photos: int


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _currency_refusal(order: Order) -> DecisionRefused:
    return DecisionRefused(
        ["orderId"], f"orders in {order.currency} cannot be decided under a policy in another currency", "CURRENCY_MISMATCH"
    )


async def cancellation_eligibility(shop: Shop, order: Order, now: datetime | None = None) -> CancellationDecision:
    policy, version = await policy_in_force(shop)
    try:
        return evaluate_cancellation(policy, await order_facts(shop, order), now or _now(), policy_version=version)
    except CurrencyMismatch:
        raise _currency_refusal(order) from None


async def line_eligibility(shop: Shop, order: Order, now: datetime | None = None) -> list[LineEligibility]:
    policy, _ = await policy_in_force(shop)
    try:
        return returnable_lines(policy, await order_facts(shop, order), (), now or _now())
    except CurrencyMismatch:
        raise _currency_refusal(order) from None


async def quote_return(
    shop: Shop,
    order: Order,
    lines: list[RequestedLine],
    *,
    resolution: str,
    shipping_method: str,
    proof_of_purchase: bool,
    now: datetime | None = None,
) -> ReturnDecision:
    """The full decision for a prospective return: eligibility, deadlines, refund quote, instructions."""
    facts = await order_facts(shop, order)
    known = {line.line_id for line in facts.lines}
    seen: set[int] = set()
    for index, line in enumerate(lines):
        if str(line.line_id) not in known:
            raise DecisionRefused(["lines", str(index), "lineId"], "not a line of this order", "LINE_NOT_FOUND")
        if line.line_id in seen:
            raise DecisionRefused(["lines", str(index), "lineId"], "each line may appear once", "DUPLICATE_LINE")
        seen.add(line.line_id)
    request = ReturnRequestFacts(
        lines=tuple(
            ReturnLineRequest(str(line.line_id), line.quantity, line.reason, line.condition, line.photos) for line in lines
        ),
        resolution=resolution,
        shipping_method=shipping_method,
        proof_of_purchase=proof_of_purchase,
    )
    policy, version = await policy_in_force(shop)
    try:
        return evaluate_return(policy, facts, (), request, now or _now(), policy_version=version)
    except CurrencyMismatch:
        raise _currency_refusal(order) from None
