"""Order cancellations: customers within the policy, staff at their discretion."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from tortoise.transactions import in_transaction

from models.order import Order
from models.refund import Cancellation
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.facts import order_facts
from plugin.actions.ledger import lock_order, refunded
from plugin.actions.policy import policy_in_force
from plugin.actions.refunds import add_refund
from plugin.actions.risk import assess_request
from plugin.money import quantize
from plugin.policy import decision_data, evaluate_cancellation

REASONS = ("CUSTOMER", "FRAUD", "INVENTORY", "DECLINED", "STAFF", "OTHER")  # Shopify's OrderCancelReason


def event(order: Order, cancellation: Cancellation) -> dict:
    return {
        "order_id": f"gid://recourse/Order/{order.id}", "order_name": order.name, "reason": cancellation.reason,
        # Quantized: columns keep four decimals, the wire has the currency's own.
        "refund": {"amount": str(quantize(cancellation.refund_amount, order.currency)), "currency": order.currency},
        "restock": cancellation.restock, "policy_version": cancellation.policy_version,
    }


async def _create(
    shop: Shop, order: Order, *, reason: str, refund_amount, actor: str, decision: dict, version: int | None,
    restock: bool, notify: bool, staff_note: str | None, status: str = "ACCEPTED",
) -> Cancellation:
    return await Cancellation.create(
        shop_id=shop.id, order_id=order.id, requested_by=actor, reason=reason, staff_note=staff_note, status=status,
        refund_amount=refund_amount, restock=restock, notify_customer=notify, policy_version=version, decision=decision,
    )


async def apply(shop: Shop, order: Order, cancellation: Cancellation, actor: str, now: datetime) -> None:
    """Cancel the order as `cancellation` says: mark it, announce it, refund it. Inside a transaction
    that holds the order's lock."""
    await Order.filter(id=order.id).update(cancelled_at=now, cancel_reason=cancellation.reason.lower())
    await record(
        shop, subject=("Order", order.id), actor=actor, action="order.cancelled", note=cancellation.staff_note,
        before={"cancelled_at": None}, after={"cancelled_at": now.isoformat(), "reason": cancellation.reason},
        webhook=("order.cancelled", event(order, cancellation)),
        email=("cancellation_confirmed", {"to": order.email, "order_id": order.id}) if cancellation.notify_customer else None,
    )
    if cancellation.refund_amount > 0:
        await add_refund(shop, order, cancellation.refund_amount, reason="CANCELLATION", actor=actor,
                         cancellation_id=cancellation.id)


async def _open_order(shop: Shop, order_id: int) -> Order:
    order = await lock_order(shop, order_id)
    if order.cancelled_at is not None or await Cancellation.exists(order_id=order.id):
        raise ActionError("INVALID_STATE", "the order is already cancelled or its cancellation is under review", ["orderId"])
    return order


async def request_cancellation(shop: Shop, order: Order, actor: str, now: datetime | None = None) -> dict:
    """A customer's request: accepted at once when the policy allows it, otherwise refused with the next step."""
    now = now or datetime.now(timezone.utc)
    async with in_transaction():
        order = await _open_order(shop, order.id)
        policy, version = await policy_in_force(shop)
        decision = evaluate_cancellation(policy, await order_facts(shop, order), now, policy_version=version)
        data = decision_data(decision)
        if not decision.allowed:
            await record(
                shop, subject=("Order", order.id), actor=actor, action="order.cancel_refused",
                after={"reasons": [r.code for r in decision.reasons]},
                email=("cancellation_refused", {"to": order.email, "order_id": order.id, "decision": data}),
            )
            return {"cancelled": False, "decision": data}
        # The estimate is of the whole payment; what was already refunded is not refunded twice.
        amount = min(decision.refund_estimate.amount, order.total_paid - await refunded(order))
        cancellation = await _create(shop, order, reason="CUSTOMER", refund_amount=amount, actor=actor,
                                     decision=data, version=version, restock=True, notify=True, staff_note=None)
        if await _held(shop, order, policy, cancellation, now):
            return {"cancelled": False, "held": True, "decision": data}
        await apply(shop, order, cancellation, actor, now)
    return {"cancelled": True, "decision": data}


async def _held(shop: Shop, order: Order, policy, cancellation: Cancellation, now: datetime) -> bool:
    """Score the request for fraud; a hold keeps the order as it is until a review decides."""
    if not policy.risk.enabled:
        return False
    assessment, _ = await assess_request(shop, order, policy, subject=("Cancellation", cancellation.id),
                                         kind="CANCELLATION", amount=order.total_paid, now=now)
    if policy.risk.consequence(assessment.level) != "HOLD":
        return False
    await Cancellation.filter(id=cancellation.id).update(status="ON_HOLD")
    await record(
        shop, subject=("Order", order.id), actor="policy", action="order.cancel_held",
        email=("held_for_verification", {"to": order.email, "order_id": order.id}) if assessment.hold_email_customer else None,
    )
    return True


async def cancel_order(
    shop: Shop, order_id: int, *, reason: str, refund: bool, restock: bool, notify: bool, staff_note: str | None,
    actor: str,
) -> dict:
    """Staff cancel an order, refunding what is left of the payment when asked to."""
    if reason not in REASONS:
        raise ActionError("INVALID", f"reason must be one of {', '.join(REASONS)}", ["reason"])
    now = datetime.now(timezone.utc)
    async with in_transaction():
        order = await _open_order(shop, order_id)
        policy, version = await policy_in_force(shop)
        decision = decision_data(evaluate_cancellation(policy, await order_facts(shop, order), now, policy_version=version))
        amount = order.total_paid - await refunded(order) if refund else Decimal(0)
        cancellation = await _create(shop, order, reason=reason, refund_amount=amount, actor=actor, decision=decision,
                                     version=version, restock=restock, notify=notify, staff_note=staff_note)
        await apply(shop, order, cancellation, actor, now)
    return {"cancelled": True, "decision": decision}
