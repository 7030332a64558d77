"""Shared eligibility rules: quantities held by prior returns, windows, exclusions, currency.

Used by the return evaluator, the storefront listing and cancellations, so the three always judge
a line the same way. See ``evaluate.py`` for the rules chosen where the seeds leave room.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from plugin.values.calendar import add_days, window_end
from plugin.values.money import quantize
from plugin.policy import reasons as R
from plugin.policy.compiled import Compiled, CRange, Profile, Window
from plugin.policy.decision import Reason
from plugin.policy.facts import INACTIVE_RETURN_STATUSES, LineFacts, OrderFacts, PriorReturn

ZERO = Decimal(0)
End = tuple[date, datetime]  # (last allowed local day, first refused instant)
Version = int | str | None


class CurrencyMismatch(ValueError):
    """The order is in another currency than the policy's fixed amounts and no rate was given."""


# --- shared pieces --------------------------------------------------------------------------


def held_quantities(prior_returns: tuple[PriorReturn, ...] | list[PriorReturn]) -> tuple[dict[str, int], int]:
    """Quantities still held by active prior returns, per line, and how many returns count."""
    held: dict[str, int] = {}
    active = 0
    for prior in prior_returns:
        if prior.status in INACTIVE_RETURN_STATUSES:
            continue
        active += 1
        for line_id, quantity in prior.lines:
            held[line_id] = held.get(line_id, 0) + quantity
    return held, active


# Which date a window counts from (LineEligibility.counts_from_basis).
DELIVERY, CONFIRMED_RECEIPT, ESTIMATED_DELIVERY = "DELIVERY", "CONFIRMED_RECEIPT", "ESTIMATED_DELIVERY"
PURCHASE, SHIPMENT = "PURCHASE", "SHIPMENT"


def estimated_delivery(window: Window, line: LineFacts, order: OrderFacts) -> datetime | None:
    """Shipment plus the window's own buffer, or plus the transit days to the destination."""
    if line.shipped_at is None:
        return None
    if window.buffer is not None:
        return line.shipped_at + window.buffer
    if window.estimate is not None:
        return line.shipped_at + timedelta(days=window.estimate.days_to(order.shipping_country))
    return None


def window_start(window: Window, line: LineFacts, order: OrderFacts) -> tuple[datetime, str] | None:
    """The moment a window counts from, and which date that is; None while it cannot start."""
    starts = window.starts
    if starts == "PURCHASE":
        return order.placed_at, PURCHASE
    if starts == "SHIPMENT":
        return (line.shipped_at, SHIPMENT) if line.shipped_at is not None else None
    if line.delivered_at is not None:
        return line.delivered_at, DELIVERY
    estimate = estimated_delivery(window, line, order)
    if line.received_at is not None:
        # A late confirmation never stretches the window past the estimate.
        if estimate is not None and estimate < line.received_at:
            return estimate, ESTIMATED_DELIVERY
        return line.received_at, CONFIRMED_RECEIPT
    return (estimate, ESTIMATED_DELIVERY) if estimate is not None else None


def closing(window: Window, line: LineFacts, order: OrderFacts, tz: str, country: str) -> End | None:
    start = window_start(window, line, order)
    if start is None:
        return None
    moment, _ = start
    return window_end(moment, window.days, window.business, tz, country)


def later(a: End | None, b: End | None) -> End | None:
    """The window that closes last (the first, on a tie)."""
    if a is None:
        return b
    if b is None:
        return a
    (_, a_closes), (_, b_closes) = a, b
    return a if a_closes >= b_closes else b


def line_end(
    c: Compiled, order: OrderFacts, line: LineFacts, profile: Profile, at_fault: bool,
    overridden: bool, eu: bool, tz: str, country: str,
) -> End | None:
    if overridden:
        end = closing(c.fault_window or profile.window, line, order, tz, country)
    else:
        end = closing(profile.window, line, order, tz, country)
        if at_fault and c.fault_window is not None:
            end = later(end, closing(c.fault_window, line, order, tz, country))
    if eu:
        end = later(end, closing(c.eu_window, line, order, tz, country))
    return end


def exclusions(c: Compiled, profile: Profile, at_fault: bool) -> tuple[tuple[Reason, ...], bool]:
    """(refusals from exclusions, whether the fault override let the item through one)."""
    found = profile.exclusions
    if not found:
        return (), False
    if at_fault:
        blocking = tuple([e for e in found if not e.overridable])
        overridden = len(blocking) < len(found)
    else:
        blocking, overridden = found, False
    if len(blocking) == 1:  # the usual case: nothing to de-duplicate
        (only,) = blocking
        return (only.reason,), overridden
    out: dict[str, Reason] = {}
    for e in blocking:
        out.setdefault(e.reason.code, e.reason)
    return tuple(out.values()), overridden


def withdrawn(c: Compiled, profile: Profile, at_fault: bool = False) -> Profile:
    """A line an EU consumer sends back for no fault of the shop's: the right of withdrawal takes it for any
    reason, so returns only at fault don't hold for it, and only the withdrawal period does."""
    if c.only_at_fault is None or at_fault:
        return profile
    kept = tuple([e for e in profile.exclusions if e is not c.only_at_fault])
    return Profile(kept, c.eu_window, profile.exchange_only)


def is_free(line: LineFacts) -> bool:
    return line.unit_price * line.quantity - line.discount <= ZERO


def profile_of(c: Compiled, line: LineFacts) -> Profile:
    return c.profile(line.tags, line.product_type, line.non_returnable, is_free(line))


def order_reasons(c: Compiled, order: OrderFacts) -> list[Reason]:
    out = []
    if order.cancelled_at is not None:
        out.append(R.ORDER_CANCELLED)
    if not c.returns_enabled:
        out.append(R.RETURNS_NOT_OFFERED)
    if c.channels is not None and order.sales_channel.lower() not in c.channels:
        out.append(c.channel_reason)
    return out


MISSING_RATE = Decimal("NaN")  # the order's currency differs and no rate was given


def policy_rate(c: Compiled, order: OrderFacts) -> Decimal | None:
    """Multiplier from policy amounts to order amounts; None when they share a currency.

    A missing rate is only an error once a fixed amount actually has to be converted (see
    ``convert``): a policy without fees or credits works in any currency.
    """
    if order.currency == c.currency:
        return None
    if order.policy_to_order_rate is None:
        return MISSING_RATE
    return order.policy_to_order_rate


def convert(amount: Decimal, rate: Decimal | None, currency: str) -> Decimal:
    if rate is None:
        return quantize(amount, currency)
    if rate.is_nan():
        raise CurrencyMismatch(
            f"a fixed amount of the policy must be converted to {currency}: pass "
            "OrderFacts.policy_to_order_rate"
        )
    return quantize(amount * rate, currency)


def is_eu(c: Compiled, order: OrderFacts) -> bool:
    return c.eu_enabled and order.shipping_country in c.eu_countries


def add_range(start: date, r: CRange, days: int, country: str) -> date:
    return add_days(start, days, business=r.business, country=country)


def cancellable(c: Compiled, profile: Profile) -> bool:
    """Whether an unshipped line of this profile could be cancelled (by the shop's settings and the
    line's exclusions; the order's own state is judged by ``evaluate_cancellation``)."""
    return c.cancel_enabled and not any(e.cancel_reason is not None for e in profile.exclusions)
