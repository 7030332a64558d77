"""Ask the policy what a customer may do with an order, now, under the policy in force.

Read-only: nothing is written. Each answer carries the policy version it was decided under.
"""

from __future__ import annotations

from datetime import datetime, timezone

from models.order import Order
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions.chosen_reasons import checked_lines
from plugin.actions.commands import ReturnRequestLine
from plugin.actions.errors import ActionError
from plugin.actions.facts import OrderReads, order_facts
from plugin.actions.ledger import prior_returns
from plugin.actions import exchange_offers
from plugin.actions.policy import policy_in_force, policy_version
from plugin.policy import (
    CancellationDecision,
    CurrencyMismatch,
    LineEligibility,
    OrderFacts,
    ReturnDecision,
    ReturnLineRequest,
    ReturnRequestFacts,
    decision_data,
    default_policy,
    evaluate_cancellation,
    evaluate_return,
    decision_data,
    returnable_lines,
)
from plugin.policy.reason_library import library_of
from plugin.store.reasons import stored_reasons


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _currency_refusal(order: Order) -> ActionError:
    return ActionError(
        "CURRENCY_MISMATCH", f"orders in {order.currency} cannot be decided under a policy in another currency", ["orderId"]
    )


async def _facts(shop: Shop, order: Order, reads: OrderReads | None) -> OrderFacts:
    return await (reads.facts(shop, order) if reads is not None else order_facts(shop, order))


async def cancellation_eligibility(
    shop: Shop, order: Order, now: datetime | None = None, *, reads: OrderReads | None = None
) -> CancellationDecision:
    """`reads`: the request's shared reads, so fields asking about the same order build its facts once."""
    policy, version = await policy_in_force(shop)
    try:
        return evaluate_cancellation(policy, await _facts(shop, order, reads), now or _now(), policy_version=version)
    except CurrencyMismatch:
        raise _currency_refusal(order) from None


async def line_eligibility(
    shop: Shop, order: Order, now: datetime | None = None, *, reads: OrderReads | None = None
) -> list[LineEligibility]:
    policy, _ = await policy_in_force(shop)
    try:
        return returnable_lines(policy, await _facts(shop, order, reads), await prior_returns(order), now or _now())
    except CurrencyMismatch:
        raise _currency_refusal(order) from None


def validate_lines(facts: OrderFacts, lines: list[ReturnRequestLine]) -> None:
    """Every requested line belongs to the order, once."""
    known = {line.line_id for line in facts.lines}
    seen: set[int] = set()
    for index, line in enumerate(lines):
        if str(line.line_id) not in known:
            raise ActionError("LINE_NOT_FOUND", "not a line of this order", ["lines", str(index), "lineId"])
        if line.line_id in seen:
            raise ActionError("DUPLICATE_LINE", "each line may appear once", ["lines", str(index), "lineId"])
        seen.add(line.line_id)


async def quote_return(
    shop: Shop,
    order: Order,
    lines: list[ReturnRequestLine],
    *,
    resolution: str,
    shipping_method: str,
    proof_of_purchase: bool,
    now: datetime | None = None,
    reads: OrderReads | None = None,
) -> dict:
    """The full decision for a prospective return, as stored data (plugin.policy.decision_data):
    eligibility, deadlines, refund quote, instructions, and every resolution's value side by side
    (`options`; see plugin.actions.exchange_offers)."""
    now = now or _now()
    facts = await _facts(shop, order, reads)
    validate_lines(facts, lines)
    lines = checked_lines(library_of(await stored_reasons(shop.id)), lines)
    request = ReturnRequestFacts(
        lines=tuple(
            ReturnLineRequest(str(line.line_id), line.quantity, line.reason, line.condition, line.photos, line.at_fault)
            for line in lines
        ),
        resolution=resolution,
        shipping_method=shipping_method,
        proof_of_purchase=proof_of_purchase,
    )
    policy, version = await policy_in_force(shop)
    priors = await prior_returns(order)
    try:
        decision = evaluate_return(policy, facts, priors, request, now, policy_version=version)
    except CurrencyMismatch:
        raise _currency_refusal(order) from None
    return await with_options(shop, policy, facts, priors, request, decision, version, lines, now, required=False)


async def with_options(shop: Shop, policy, facts: OrderFacts, priors, request: ReturnRequestFacts,
                       decision: ReturnDecision, version, lines: list[RequestedLine], now: datetime, *,
                       required: bool) -> dict:
    """The decision's data with the resolutions side by side. `required`: a request for an exchange
    must name an in-stock variant for every line (ActionError otherwise); a quote may name none."""
    exchange = None
    if resolution_is_exchange(decision) or any(getattr(line, 'exchange_variant_id', None) is not None for line in lines):
        if not resolution_is_exchange(decision):
            index = next(i for i, line in enumerate(lines) if getattr(line, 'exchange_variant_id', None) is not None)
            raise ActionError("INVALID", "a variant is chosen only for an exchange", ["lines", str(index), "exchangeVariantId"])
        exchange = await exchange_offers.chosen_exchange(shop, policy, lines, required=required and decision.allowed)
    allowed = exchange_offers.offered(policy, facts, priors, request, now, decision, version)
    opts = exchange_offers.options(policy, shop, decision, allowed, exchange, now)
    data = decision_data(decision)
    data.update(exchange_offers.resolution_data(policy, shop, decision, opts, now))
    return data


def resolution_is_exchange(decision: ReturnDecision) -> bool:
    return decision.resolution == "EXCHANGE"


async def accepted_quote(shop: Shop, ret: Return) -> dict:
    """The policy's quote for the units accepted at inspection, under the version the return was decided by."""
    lines = await ReturnLine.filter(shop_id=shop.id, return_request_id=ret.id)
    if not any(line.inspected_at for line in lines):
        return ret.decision["quote"]  # not inspected: the quote made at request time
    accepted = [line for line in lines if line.accepted_quantity > 0]
    if not accepted:
        return {"total": {"amount": "0", "currency": ret.currency}, "lines": []}
    order = await Order.get(id=ret.order_id, shop_id=shop.id)
    facts = await order_facts(shop, order)
    # No version: decided under the defaults, which stay the defaults whatever the shop saved since.
    policy = (await policy_version(shop, ret.policy_version))[0] if ret.policy_version else default_policy(shop.currency)
    at_fault = {reason.handle: reason.merchant_at_fault for reason in library_of(await stored_reasons(shop.id))}
    request = ReturnRequestFacts(
        lines=tuple(
            ReturnLineRequest(str(l.order_line_id), l.accepted_quantity, l.reason, frozenset(l.condition), len(l.photos),
                              at_fault.get(l.reason_handle or l.reason))
            for l in accepted
        ),
        resolution=ret.resolution, shipping_method=ret.shipping_method, proof_of_purchase=bool(ret.proof_of_purchase),
        received_at=ret.received_at,
    )
    # Decided as of the request, so the window that was open then is open now; this return's own
    # units are not "prior" to it.
    decision = evaluate_return(policy, facts, await prior_returns(order, exclude=ret.id), request, ret.requested_at,
                               policy_version=ret.policy_version)
    return decision_data(decision)["quote"]
