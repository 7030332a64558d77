"""Whether an order may still be cancelled, and what the cancellation would refund."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from plugin.values.calendar import local_date, require_aware
from plugin.values.money import Money, quantize
from plugin.policy import reasons as R
from plugin.policy.compiled import Compiled, compile_policy
from plugin.policy.decision import CancellationDecision, CancellationLine, Reason
from plugin.policy.eligibility import ZERO, Version, add_range, estimated_delivery, profile_of
from plugin.policy.facts import LineFacts, OrderFacts
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

_NO_DATES = (None, None)


def _next_partial(cancellable: list[CancellationLine], kept: list[CancellationLine]) -> str:
    """Names what may be cancelled and what stays, and why: never a dead end. Whole sentences, each
    one a catalogue entry (plugin/locales), so the portal can say it in the customer's language."""
    why = " ".join(dict.fromkeys(r.message for line in kept for r in line.reasons))
    one = len(kept) == 1
    return " ".join(part for part in (
        f"You can cancel {join_words([l.title for l in cancellable])} now, for a refund of those items.",
        f"{join_words([l.title for l in kept])} {'stays' if one else 'stay'} in your order.",
        why,
        "Once it arrives, our return policy applies to it." if one else "Once they arrive, our return policy applies to them.",
    ) if part)


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
    currency = order.currency
    deadline = order.placed_at + c.cancel_hours if c.cancel_hours is not None else None
    shipped = _shipped(order)
    reasons = _order_refusals(c, order, now, deadline, shipped)
    per_line: list[CancellationLine] = []
    excluded: list[Reason] = []  # exclusions that forbid cancelling an item, one per code
    if order.cancelled_at is None and c.cancel_enabled:
        order_level = bool(reasons)
        per_line = [_line(c, line, order_level, currency) for line in order.lines]
        excluded = _exclusion_refusals(per_line)
        reasons += excluded
    allowed = not reasons
    cancellable = [line for line in per_line if line.cancellable]
    kept_lines = [line for line in per_line if not line.cancellable]
    partial = not allowed and bool(cancellable) and bool(kept_lines)
    pay = _payment(c, order, now, allowed, partial)
    if allowed:
        next_step = NEXT_VOID if pay.voids else NEXT_CANCEL
    elif partial:
        next_step = _next_partial(cancellable, kept_lines)
    else:
        next_step = _next_refused(c, order, now, reasons, shipped, bool(excluded))
    return CancellationDecision(
        allowed=allowed,
        reasons=tuple(reasons),
        deadline=deadline,
        refund_estimate=Money(pay.refund, currency),
        refund_expected_from=pay.expected_from,
        refund_expected_to=pay.expected_to,
        next_step=next_step,
        policy_version=policy_version,
        lines=tuple(per_line),
        partial_allowed=partial,
        voids_payment=pay.voids,
    )


def _shipped(order: OrderFacts) -> bool:
    return any(line.fulfilled_quantity > 0 or line.shipped_at is not None for line in order.lines)


class _Payment(NamedTuple):
    refund: Decimal  # what the whole order's cancellation refunds (zero unless it is allowed)
    voids: bool  # nothing was captured: cancelling voids the authorization instead
    expected_from: date | None
    expected_to: date | None


def _payment(c: Compiled, order: OrderFacts, now: datetime, allowed: bool, partial: bool) -> _Payment:
    """What happens to the payment when the order (or part of it) is cancelled, and when."""
    paid = order.total_paid if order.captured is None else min(order.captured, order.total_paid)
    voids = (allowed or partial) and order.captured is not None and paid <= ZERO
    refund = quantize(paid * c.cancel_percent if allowed else ZERO, order.currency)
    refunds = (allowed or partial) and not voids
    expected_from, expected_to = _refund_dates(c, now, order) if refunds else _NO_DATES
    return _Payment(refund, voids, expected_from, expected_to)


def _order_refusals(
    c: Compiled, order: OrderFacts, now: datetime, deadline: datetime | None, shipped: bool,
) -> list[Reason]:
    """Refusals of the order as a whole: already cancelled, not offered, empty, too late, shipped."""
    if order.cancelled_at is not None:
        return [R.ORDER_ALREADY_CANCELLED]
    if not c.cancel_enabled:
        return [R.CANCELLATION_NOT_OFFERED]
    reasons: list[Reason] = []
    if not order.lines:
        reasons.append(R.NOTHING_TO_CANCEL)
    if deadline is not None and now > deadline:
        reasons.append(c.cancel_hours_reason)  # type: ignore[arg-type]
    if c.cancel_until_shipped and shipped:
        reasons.append(R.ALREADY_SHIPPED)
    return reasons


def _line(c: Compiled, line: LineFacts, order_level: bool, currency: str) -> CancellationLine:
    """One line: the exclusions that keep it in the order, and what cancelling it alone refunds."""
    kept = tuple(e.cancel_reason for e in profile_of(c, line).exclusions if e.cancel_reason is not None)
    cancellable = not kept and not order_level
    cost = line_cost(line.unit_price, line.quantity, line.discount, line.tax, True)
    refund = quantize(cost * c.cancel_percent, currency) if cancellable else ZERO
    return CancellationLine(line.line_id, line.title, line.quantity, cancellable, kept, Money(refund, currency))


def _exclusion_refusals(lines: list[CancellationLine]) -> list[Reason]:
    """The exclusions that keep items in the order, as order refusals: the first of each code."""
    found: dict[str, Reason] = {}
    for line in lines:
        for reason in line.reasons:
            found.setdefault(reason.code, reason)
    return list(found.values())


def _refund_dates(c: Compiled, now: datetime, order: OrderFacts) -> tuple[date | None, date | None]:
    """When the refund is expected, counted from today in the shop's timezone (if the policy says)."""
    r = c.cancel_refund_time
    if r is None:
        return _NO_DATES
    today = local_date(now, order.shop.timezone)
    country = order.shop.country
    return add_range(today, r, r.min_days, country), add_range(today, r, r.max_days, country)


def _next_refused(
    c: Compiled, order: OrderFacts, now: datetime, reasons: list[Reason], shipped: bool, excluded: bool,
) -> str:
    """The way on when nothing may be cancelled: a return once the order arrives (or now, if it
    has), unless an exclusion or the shop's settings would refuse that too."""
    if (
        order.cancelled_at is None
        and c.returns_enabled
        and c.only_at_fault is None  # a change of mind never comes back
        and not excluded
        and (shipped or any(r.code == "CANCELLATION_PERIOD_ENDED" for r in reasons))
    ):
        return NEXT_RETURN_NOW if shipped and _arrived(c, order, now) else NEXT_RETURN
    return NEXT_CONTACT


def _arrived(c: Compiled, order: OrderFacts, now: datetime) -> bool:
    """Every shipped line delivered, confirmed, or past its estimated delivery."""
    for line in order.lines:
        if line.shipped_at is None or line.delivered_at or line.received_at:
            continue
        estimate = estimated_delivery(c.window, line, order)
        if estimate is None or estimate > now:
            return False
    return True
