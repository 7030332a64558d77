"""Order cancellations: customers within the policy, staff at their discretion.

A customer may cancel the whole order, or, when only item exclusions (final sale, personalized)
keep the whole order from being cancelled, the lines that may be cancelled on their own: a partial
cancellation, refunded line by line, that leaves the kept lines to ship."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Self

from tortoise.transactions import in_transaction

from models.enums import CancellationStatus, EmailKind, OrderCancelReason, RefundReason
from models.order import Order, OrderLine
from models.refund import Cancellation
from models.shop import Shop
from plugin.actions import platform_ops
from plugin.actions.commands import CancelOrder, RequestCancellation
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.facts import order_facts
from plugin.actions.idempotency import once
from plugin.actions.ledger import captured, lock_order, refundable
from plugin.actions.policy import policy_in_force
from plugin.actions.refunds import add_refund
from plugin.actions.risk import assess_request
from plugin.values.ids import to_gid
from plugin.values.money import quantize
from plugin.policy import decision_data, evaluate_cancellation

REASONS = tuple(OrderCancelReason)


@dataclass(frozen=True)
class CancelAnswer:
    """A customer's cancellation request: cancelled at once, held for a fraud review, or refused; the
    policy's decision (JSON-ready) says why, and `line_ids` are the lines a partial one cancelled."""

    decision: dict
    cancelled: bool = False
    held: bool = False
    line_ids: tuple[int, ...] = ()

    def stored(self) -> dict:
        return {"cancelled": self.cancelled, "held": self.held, "decision": self.decision,
                "lines": [str(pk) for pk in self.line_ids]}

    @classmethod
    async def replayed(cls, shop: Shop, command: RequestCancellation, stored: dict) -> Self:
        return cls(stored["decision"], stored["cancelled"], stored.get("held", False),
                   tuple(int(pk) for pk in stored.get("lines", [])))


@dataclass(frozen=True)
class OrderCancelled:
    """Staff's cancellation: the order as it now stands, and the policy's decision it was made beside."""

    order: Order
    decision: dict

    def stored(self) -> dict:
        return {"cancelled": True, "decision": self.decision}

    @classmethod
    async def replayed(cls, shop: Shop, command: CancelOrder, stored: dict) -> Self:
        return cls(await Order.get(shop_id=shop.id, id=command.order_id), stored["decision"])


def event(order: Order, cancellation: Cancellation) -> dict:
    return {
        "order_id": to_gid("Order", order.id), "order_name": order.name, "reason": cancellation.reason,
        # Quantized: columns keep four decimals, the wire has the currency's own.
        "refund": {"amount": str(quantize(cancellation.refund_amount, order.currency)), "currency": order.currency},
        "restock": cancellation.restock, "policy_version": cancellation.policy_version,
        # VOID: nothing was captured, so the host voids the authorization instead of refunding.
        "payment": "VOID" if captured(order) <= 0 else "REFUND",
    }


async def _create(
    shop: Shop, order: Order, *, reason: str, refund_amount, actor: str, decision: dict, version: int | None,
    restock: bool, notify: bool, staff_note: str | None, customer_message: str | None = None,
    status: CancellationStatus = CancellationStatus.ACCEPTED, lines: list | None = None,
) -> Cancellation:
    return await Cancellation.create(
        shop_id=shop.id, order_id=order.id, requested_by=actor, reason=reason, staff_note=staff_note, status=status,
        customer_message=customer_message,
        refund_amount=refund_amount, restock=restock, notify_customer=notify, policy_version=version, decision=decision,
        lines=lines or [],
    )


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


def _chosen_lines(decision, line_ids: list[int]) -> list[dict]:
    """The decision's lines the customer named, each of which must be cancellable."""
    by_id = {line.line_id: line for line in decision.lines}
    chosen = []
    for line_id in dict.fromkeys(str(i) for i in line_ids):
        line = by_id.get(line_id)
        if line is None:
            raise ActionError("LINE_NOT_FOUND", "this item is not part of the order, or was already cancelled", ["lineIds"])
        if not line.cancellable:
            why = " ".join(r.message for r in line.reasons) or decision.next_step
            raise ActionError("NOT_CANCELLABLE", f"{line.title} can't be cancelled: {why}", ["lineIds"])
        chosen.append({"line_id": line.line_id, "title": line.title, "quantity": line.quantity,
                       "refund": {"amount": str(line.refund.amount), "currency": line.refund.currency}})
    return chosen


async def _open_order(shop: Shop, order_id: int) -> Order:
    order = await lock_order(shop, order_id)
    if order.cancelled_at is not None or await Cancellation.exists(order_id=order.id):
        raise ActionError("INVALID_STATE", "the order is already cancelled or its cancellation is under review", ["orderId"])
    return order


async def request_cancellation(
    shop: Shop, order: Order, actor: str, now: datetime | None = None, line_ids: list[int] | None = None,
) -> CancelAnswer:
    """A customer's request: accepted at once when the policy allows it, otherwise refused with the next step.

    With ``line_ids``, only those lines: allowed when the whole order could be cancelled, or when only
    other lines' exclusions stand in the way (``partial_allowed``) and every named line is cancellable.
    """
    now = now or datetime.now(timezone.utc)
    async with in_transaction():
        order = await _open_order(shop, order.id)
        policy, version = await policy_in_force(shop)
        decision = evaluate_cancellation(policy, await order_facts(shop, order), now, policy_version=version)
        data = decision_data(decision)
        if line_ids and (decision.allowed or decision.partial_allowed):
            chosen = _chosen_lines(decision, line_ids)
            if not (decision.allowed and len(chosen) == len(decision.lines)):
                return await _cancel_lines(shop, order, policy, chosen, data, version, actor, now)
        if not decision.allowed:
            await record(
                shop, subject=("Order", order.id), actor=actor, action="order.cancel_refused",
                after={"reasons": [r.code for r in decision.reasons]},
                email=(EmailKind.CANCELLATION_REFUSED, {"to": order.email, "order_id": order.id, "decision": data}),
            )
            return CancelAnswer(data)
        # The estimate is of the whole payment; what was already refunded is not refunded twice.
        amount = min(decision.refund_estimate.amount, await refundable(order))
        cancellation = await _create(shop, order, reason=OrderCancelReason.CUSTOMER, refund_amount=amount, actor=actor,
                                     decision=data, version=version, restock=True, notify=True, staff_note=None)
        if await _held(shop, order, policy, cancellation, now):
            return CancelAnswer(data, held=True)
        await apply(shop, order, cancellation, actor, now)
    return CancelAnswer(data, cancelled=True)


async def _cancel_lines(shop: Shop, order: Order, policy, chosen: list[dict], data: dict, version: int | None,
                        actor: str, now: datetime) -> CancelAnswer:
    amount = sum((Decimal(line["refund"]["amount"]) for line in chosen), Decimal(0))
    amount = min(amount, await refundable(order))
    cancellation = await _create(shop, order, reason="CUSTOMER", refund_amount=amount, actor=actor, decision=data,
                                 version=version, restock=True, notify=True, staff_note=None, lines=chosen)
    if await _held(shop, order, policy, cancellation, now, amount):
        return CancelAnswer(data, held=True)
    await apply(shop, order, cancellation, actor, now)
    return CancelAnswer(data, cancelled=True, line_ids=tuple(int(line["line_id"]) for line in chosen))


async def request(shop: Shop, order: Order, command: RequestCancellation, key: str | None, actor: str) -> CancelAnswer:
    """`request_cancellation` at most once per idempotency key."""
    return await once(shop, key, command, lambda: request_cancellation(
        shop, order, actor, line_ids=sorted(command.line_ids) or None), CancelAnswer)


async def cancel(shop: Shop, command: CancelOrder, key: str | None, actor: str) -> OrderCancelled:
    """`cancel_order` at most once per idempotency key."""
    return await once(shop, key, command, lambda: cancel_order(
        shop, command.order_id, reason=command.reason, refund=command.refund, restock=command.restock,
        notify=command.notify, staff_note=command.staff_note, actor=actor, customer_message=command.customer_message,
        line_ids=sorted(command.line_ids) or None,
    ), OrderCancelled)


async def _held(shop: Shop, order: Order, policy, cancellation: Cancellation, now: datetime,
                amount: Decimal | None = None) -> bool:
    """Score the request for fraud; a hold keeps the order as it is until a review decides."""
    if not policy.risk.enabled:
        return False
    assessment, _ = await assess_request(shop, order, policy, subject=("Cancellation", cancellation.id),
                                         kind="CANCELLATION", amount=order.total_paid if amount is None else amount, now=now)
    if policy.risk.consequence(assessment.level) != "HOLD":
        return False
    await Cancellation.filter(id=cancellation.id).update(status=CancellationStatus.ON_HOLD)
    await record(
        shop, subject=("Order", order.id), actor="policy", action="order.cancel_held",
        email=(EmailKind.HELD_FOR_VERIFICATION, {"to": order.email, "order_id": order.id}) if assessment.hold_email_customer else None,
    )
    return True


async def cancel_order(
    shop: Shop, order_id: int, *, reason: OrderCancelReason, refund: bool, restock: bool, notify: bool,
    staff_note: str | None, actor: str, customer_message: str | None = None, line_ids: list[int] | None = None,
) -> OrderCancelled:
    """Staff cancel an order, refunding what is left of the payment when asked to. `customer_message`
    goes in the customer's email; `staff_note` stays in the admin. With `line_ids`, only those lines,
    each of which must be one the policy lets go on its own (as the customer could)."""
    if reason not in REASONS:
        raise ActionError("INVALID", f"reason must be one of {', '.join(REASONS)}", ["reason"])
    now = datetime.now(timezone.utc)
    async with in_transaction():
        order = await _open_order(shop, order_id)
        policy, version = await policy_in_force(shop)
        evaluated = evaluate_cancellation(policy, await order_facts(shop, order), now, policy_version=version)
        decision = decision_data(evaluated)
        chosen = _chosen_lines(evaluated, line_ids) if line_ids else []
        if chosen and len(chosen) == len(evaluated.lines):
            chosen = []  # every line: the whole order
        if chosen and not refund:
            chosen = [{**line, "refund": {**line["refund"], "amount": "0"}} for line in chosen]
        if chosen:
            amount = min(sum((Decimal(line["refund"]["amount"]) for line in chosen), Decimal(0)), await refundable(order))
        else:
            amount = await refundable(order) if refund else Decimal(0)
        cancellation = await _create(shop, order, reason=reason, refund_amount=amount, actor=actor, decision=decision,
                                     version=version, restock=restock, notify=notify, staff_note=staff_note,
                                     customer_message=customer_message, lines=chosen)
        await apply(shop, order, cancellation, actor, now)
    return OrderCancelled(order, decision)
