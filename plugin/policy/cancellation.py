"""Whether an order may still be cancelled, and what the cancellation would refund."""

from __future__ import annotations

from datetime import datetime

from plugin.calendar import local_date, require_aware
from plugin.money import Money, quantize
from plugin.policy import reasons as R
from plugin.policy.compiled import compile_policy
from plugin.policy.decision import CancellationDecision, CancellationLine, Reason
from plugin.policy.eligibility import ZERO, Version, add_range, estimated_delivery, profile_of
from plugin.policy.facts import OrderFacts
from plugin.policy.model import Policy
from plugin.policy.quote import line_cost
from plugin.policy.wording import join_words

NEXT_CANCEL = "Cancel the order now; the refund goes back to your original payment method."
NEXT_VOID = (
    "Cancel the order now; your payment was only authorized, not taken, so it is voided and you "
    "are not charged."
)
NEXT_RETURN = "Wait for delivery, then request a return."
NEXT_RETURN_NOW = "Your order has been delivered (or should have arrived by now): request a return instead."
NEXT_CONTACT = "Contact us if you have questions about your order."


def _next_partial(cancellable: list[CancellationLine], kept: list[CancellationLine]) -> str:
    """Names what may be cancelled and what stays, and why: never a dead end."""
    why = " ".join(dict.fromkeys(r.message for line in kept for r in line.reasons))
    return (
        f"You can cancel {join_words([l.title for l in cancellable])} now, for a refund of those items. "
        f"{join_words([l.title for l in kept])} stay{'s' if len(kept) == 1 else ''} in your order: {why} "
        "Once it arrives, you can request a return under our policy."
    )


def evaluate_cancellation(
    policy: Policy, order: OrderFacts, now: datetime, *, policy_version: Version = None
) -> CancellationDecision:
    """Whether the whole order may be cancelled at ``now``, and what it would refund; and, line by
    line, what may be cancelled on its own when only item exclusions forbid the whole order.

    The hours window is inclusive (at exactly ``placed_at + window_hours`` it is allowed). An
    order counts as shipped once any line has a fulfilled quantity or a shipment date.
    """
    c = compile_policy(policy)
    require_aware(now, "now")
    tz, country = order.shop.timezone, order.shop.country
    currency = order.currency
    deadline = order.placed_at + c.cancel_hours if c.cancel_hours is not None else None
    reasons: list[Reason] = []
    excluded: set[str] = set()  # codes of exclusions that forbid cancelling
    per_line: list[CancellationLine] = []
    shipped = any(line.fulfilled_quantity > 0 or line.shipped_at is not None for line in order.lines)
    if order.cancelled_at is not None:
        reasons.append(R.ORDER_ALREADY_CANCELLED)
    elif not c.cancel_enabled:
        reasons.append(R.CANCELLATION_NOT_OFFERED)
    else:
        if not order.lines:
            reasons.append(R.NOTHING_TO_CANCEL)
        if deadline is not None and now > deadline:
            reasons.append(c.cancel_hours_reason)  # type: ignore[arg-type]
        if c.cancel_until_shipped and shipped:
            reasons.append(R.ALREADY_SHIPPED)
        order_level = bool(reasons)
        for line in order.lines:
            kept: list[Reason] = []
            for exclusion in profile_of(c, line).exclusions:
                r = exclusion.cancel_reason
                if r is not None:
                    kept.append(r)
                    if r.code not in excluded:
                        excluded.add(r.code)
                        reasons.append(r)
            cost = line_cost(line.unit_price, line.quantity, line.discount, line.tax, True)
            refund = quantize(cost * c.cancel_percent, currency) if not kept and not order_level else ZERO
            per_line.append(CancellationLine(line.line_id, line.title, line.quantity, not kept and not order_level,
                                             tuple(kept), Money(refund, currency)))
    allowed = not reasons
    cancellable = [line for line in per_line if line.cancellable]
    kept_lines = [line for line in per_line if not line.cancellable]
    partial = not allowed and bool(cancellable) and bool(kept_lines)
    paid = order.total_paid if order.captured is None else min(order.captured, order.total_paid)
    voids = (allowed or partial) and order.captured is not None and paid <= ZERO
    refund = quantize(paid * c.cancel_percent if allowed else ZERO, currency)
    expected_from = expected_to = None
    if (allowed or partial) and not voids and c.cancel_refund_time is not None:
        today = local_date(now, tz)
        r = c.cancel_refund_time
        expected_from = add_range(today, r, r.min_days, country)
        expected_to = add_range(today, r, r.max_days, country)
    if voids and allowed:
        next_step = NEXT_VOID
    elif allowed:
        next_step = NEXT_CANCEL
    elif partial:
        next_step = _next_partial(cancellable, kept_lines)
    elif (
        order.cancelled_at is None
        and c.returns_enabled
        and not excluded
        and (shipped or any(r.code == "CANCELLATION_PERIOD_ENDED" for r in reasons))
    ):
        next_step = NEXT_RETURN_NOW if shipped and _arrived(c, order, now) else NEXT_RETURN
    else:
        next_step = NEXT_CONTACT
    return CancellationDecision(
        allowed=allowed,
        reasons=tuple(reasons),
        deadline=deadline,
        refund_estimate=Money(refund, currency),
        refund_expected_from=expected_from,
        refund_expected_to=expected_to,
        next_step=next_step,
        policy_version=policy_version,
        lines=tuple(per_line),
        partial_allowed=partial,
        voids_payment=voids,
    )


def _arrived(c, order: OrderFacts, now: datetime) -> bool:
    """Every shipped line delivered, confirmed, or past its estimated delivery."""
    for line in order.lines:
        if line.shipped_at is None or line.delivered_at or line.received_at:
            continue
        estimate = estimated_delivery(c.window, line, order)
        if estimate is None or estimate > now:
            return False
    return True
