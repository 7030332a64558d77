"""Which lines of an order can still be returned: the storefront's order page."""

from __future__ import annotations

from datetime import datetime

from plugin.values.calendar import local_date, require_aware
from plugin.policy import reasons as R
from plugin.policy.compiled import Compiled, Profile, compile_policy
from plugin.policy.decision import LineEligibility
from plugin.policy.eligibility import (
    cancellable,
    exclusions,
    held_quantities,
    is_eu,
    line_end,
    order_reasons,
    profile_of,
    window_start,
    withdrawn,
)
from plugin.policy.facts import LineFacts, OrderFacts, PriorReturn
from plugin.policy.model import Policy


_NEVER = (None, None)  # no window end, no start: the line's window cannot start yet


def returnable_lines(
    policy: Policy,
    order: OrderFacts,
    prior_returns: tuple[PriorReturn, ...] | list[PriorReturn],
    now: datetime,
) -> list[LineEligibility]:
    """Each order line with what can still be returned and why not, for a storefront listing.

    Judged for an ordinary return (no at-fault reason); ``fault_override_available`` says when a
    damaged, defective or wrong item could still come back through the fault override.
    Request-level requirements (proof of purchase, photos, condition) are not judged here.
    """
    c = compile_policy(policy)
    require_aware(now, "now")
    tz, country = order.shop.timezone, order.shop.country
    held, _ = held_quantities(prior_returns)
    eu = is_eu(c, order)
    base = order_reasons(c, order)
    out = []
    for line in order.lines:
        returnable = max(0, line.fulfilled_quantity - held.get(line.line_id, 0))
        profile = profile_of(c, line)
        ordinary = withdrawn(c, profile) if eu else profile
        blocking, _ = exclusions(c, ordinary, False)
        end = line_end(c, order, line, ordinary, False, False, eu, tz, country)
        return_by, closes_at = end if end is not None else _NEVER
        reasons = list(base) if base else _line_reasons(c, line, ordinary, returnable, blocking, closes_at, now)
        override = (
            bool(blocking) and returnable > 0 and not base and any([e.overridable for e in ordinary.exclusions])
            and _fault_override_open(c, order, line, profile, now, eu)
        )
        start = window_start(ordinary.window, line, order) if line.fulfilled_quantity > 0 else None
        counts_from, basis = start if start is not None else _NEVER
        out.append(
            LineEligibility(
                line_id=line.line_id,
                returnable_quantity=returnable,
                allowed=not reasons,
                reasons=tuple(reasons),
                return_by=return_by,
                closes_at=closes_at,
                fault_override_available=override,
                whole_set_only=c.sets_whole and line.set_id is not None,
                counts_from=counts_from,
                counts_from_basis=basis,
                counts_from_note=_start_note(start, tz, c.receipt_confirmation) if start else None,
            )
        )
    return out


def _line_reasons(
    c: Compiled, line: LineFacts, profile: Profile, returnable: int, blocking: tuple[Reason, ...],
    closes_at: datetime | None, now: datetime,
) -> list[Reason]:
    """Why one line of an order that may otherwise be returned can't be, in sentences that agree:
    an excluded item is never told it may be returned "once it arrives" (an order-level refusal,
    such as a cancelled order, stands alone and never gets here)."""
    reasons: list[Reason] = []
    if line.fulfilled_quantity <= 0:
        if cancellable(c, profile):
            reasons.append(R.NOT_FULFILLED)
        elif not blocking:
            reasons.append(R.NOT_FULFILLED_KEPT)
    elif returnable == 0:
        reasons.append(R.ALREADY_RETURNED)
    reasons.extend(blocking)
    if closes_at is None:
        if line.fulfilled_quantity > 0 and not blocking:
            reasons.append(R.NOT_DELIVERED)
    elif now >= closes_at:
        reasons.append(R.RETURN_PERIOD_ENDED)
    return reasons


def _fault_override_open(
    c: Compiled, order: OrderFacts, line: LineFacts, profile: Profile, now: datetime, eu: bool,
) -> bool:
    """Whether an excluded line could come back as damaged, defective or wrong: the fault override
    lifts every exclusion on it and the window that then applies is still open."""
    tz, country = order.shop.timezone, order.shop.country
    fault_blocking, overridden = exclusions(c, profile, True)
    if fault_blocking:
        return False
    fault_end = line_end(c, order, line, profile, True, overridden, eu, tz, country)
    if fault_end is None:
        return False
    _, closes_at = fault_end
    return now < closes_at


def _start_note(start: tuple[datetime, str], tz: str, can_confirm: bool) -> str:
    """Which date the return period counts from, in the customer's words."""
    moment, basis = start
    day = local_date(moment, tz).isoformat()
    if basis == "ESTIMATED_DELIVERY":
        note = (f"We have no delivery date from the carrier, so the return period counts from the "
                f"estimated delivery on {day}.")
        if can_confirm:
            note += " If your parcel arrived earlier, you can confirm receipt on your order page."
        return note
    return {
        "DELIVERY": f"The return period counts from delivery on {day}.",
        "CONFIRMED_RECEIPT": f"The return period counts from {day}, when you confirmed receipt.",
        "PURCHASE": f"The return period counts from your order date, {day}.",
        "SHIPMENT": f"The return period counts from the shipping date, {day}.",
    }[basis]
