"""The order's cancellation carried out: the steps a cancellation use case (cancellations) and a
cleared fraud review (holds) both take once a cancellation is decided. A step module: it calls the
ledger, events and the platform port, never another use case."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from models.enums import EmailKind, RefundReason
from models.order import Order, OrderLine
from models.refund import Cancellation
from models.shop import Shop
from plugin.actions import platform_ops
from plugin.actions.events import record
from plugin.actions.ledger import add_refund, captured, refundable
from plugin.values.ids import to_gid
from plugin.values.money import quantize


def event(order: Order, cancellation: Cancellation) -> dict:
    return {
        "order_id": to_gid("Order", order.id), "order_name": order.name, "reason": cancellation.reason,
        # Quantized: columns keep four decimals, the wire has the currency's own.
        "refund": {"amount": str(quantize(cancellation.refund_amount, order.currency)), "currency": order.currency},
        "restock": cancellation.restock, "policy_version": cancellation.policy_version,
        # VOID: nothing was captured, so the host voids the authorization instead of refunding.
        "payment": "VOID" if captured(order) <= 0 else "REFUND",
    }


async def apply(shop: Shop, order: Order, cancellation: Cancellation, actor: str, now: datetime) -> None:
    """Cancel the order as `cancellation` says: mark it, announce it, refund it. Inside a transaction
    that holds the order's lock."""
    if cancellation.lines:
        await _apply_lines(shop, order, cancellation, actor)
        return
    await Order.filter(id=order.id).update(cancelled_at=now, cancel_reason=cancellation.reason.lower())
    order.cancelled_at, order.cancel_reason = now, cancellation.reason.lower()
    await record(
        shop, subject=("Order", order.id), actor=actor, action="order.cancelled", note=cancellation.staff_note,
        before={"cancelled_at": None}, after={"cancelled_at": now.isoformat(), "reason": cancellation.reason},
        webhook=("order.cancelled", event(order, cancellation)),
        email=(EmailKind.CANCELLATION_CONFIRMED, {"to": order.email, "order_id": order.id}) if _we_email(shop, cancellation) else None,
    )
    refund = None
    if cancellation.refund_amount > 0:
        # The platform's cancellation carries this refund: the row gets no operation of its own.
        refund = await add_refund(shop, order, cancellation.refund_amount, reason=RefundReason.CANCELLATION, actor=actor,
                                  cancellation_id=cancellation.id, carry=False)
    await platform_ops.cancel(shop, order, cancellation, refund)


def _we_email(shop: Shop, cancellation: Cancellation) -> bool:
    """Recourse confirms a cancellation unless staff said not to, or the platform emails the customer."""
    return cancellation.notify_customer and not platform_ops.platform_notifies(shop)


async def _apply_lines(shop: Shop, order: Order, cancellation: Cancellation, actor: str) -> None:
    """A partial cancellation: the named lines leave the order, each refunded on its own ledger row
    (its breakdown the line); the customer gets one confirmation and one refund email for them."""
    for line in cancellation.lines:
        await OrderLine.filter(shop_id=shop.id, order_id=order.id, id=int(line["line_id"])).update(
            cancelled_quantity=line["quantity"])
    await record(
        shop, subject=("Order", order.id), actor=actor, action="order.lines_cancelled", note=cancellation.staff_note,
        after={"lines": [{"line_id": line["line_id"], "quantity": line["quantity"]} for line in cancellation.lines]},
        email=("cancellation_confirmed", {"to": order.email, "order_id": order.id}) if _we_email(shop, cancellation) else None,
    )
    # Each line's refund, as far as captured money still allows (nothing when the payment was only
    # authorized: the host voids it, see event()).
    left = await refundable(order)
    amounts = []
    for line in cancellation.lines:
        amount = min(Decimal(line["refund"]["amount"]), left)
        left -= amount
        amounts.append(amount)
    paid = [(line, amount) for line, amount in zip(cancellation.lines, amounts) if amount > 0]
    rows: list[int] = []
    for n, (line, amount) in enumerate(paid):
        breakdown = [{"kind": "ITEM", "code": "ITEM", "description": line["title"], "amount": line["refund"],
                      "line_id": line["line_id"], "quantity": line["quantity"]}]
        last = n == len(paid) - 1
        refund = await add_refund(shop, order, amount, reason="CANCELLATION", actor=actor,
                                  cancellation_id=cancellation.id, breakdown=breakdown, notify=last,
                                  email_with=tuple(rows) if last else ())
        rows.append(refund.id)
