"""Platform operations written beside the change that needs them, in its transaction.

A shop whose platform carries outcomes out (`Shop.platform`, e.g. "shopify") gets, for each refund,
cancellation and return step, an outbox row of kind PLATFORM holding the port's request
(plugin/platform/port.py); the worker hands it to the shop's adapter. A `manual` shop gets none: its
platform acts on the outbound webhooks written beside the change (refund.created, order.cancelled,
return.*) and confirms refunds with `refundConfirm`, as before this existed.

Rows of one order form a chain (OutboxMessage.chain) carried out in the order written, so a return is
opened on the platform before it is approved, processed before it is refunded, refunded before it
is closed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timezone
from decimal import Decimal

from models.enums import CreditVia, ReturnStatus
from models.customer import Customer
from models.exchange import StoreCredit
from models.order import Order, OrderLine
from models.outbox import OutboxMessage
from models.refund import Cancellation, Refund
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.values.ids import to_gid
from plugin.values.money import Money, quantize
from plugin.policy.reason_library import library_of
from plugin.store.reasons import stored_reasons
from plugin.platform import port
from plugin.platform.operations import encode

MANUAL = "manual"


def carried_out(shop: Shop) -> bool:
    """Whether the shop's platform carries outcomes out through the port (else: webhooks, refundConfirm)."""
    return (shop.platform or MANUAL) != MANUAL


def platform_notifies(shop: Shop) -> bool:
    """The platform emails the customer about the refunds and cancellations it carries out."""
    return carried_out(shop) and bool(shop.platform_notifies_customer)


def chain_of(order_id: int) -> str:
    return f"order:{order_id}"


def inbox_chain(shop_id: int, resource: str, platform_id: object) -> str:
    """The outbox chain of the stored webhooks about one platform order or product (plugin.platform.inbox)."""
    return f"inbox:{shop_id}:{resource}:{platform_id}"[:64]


async def enqueue(shop: Shop, order_id: int, operation: str, subject: tuple[str, int], build) -> OutboxMessage:
    """Write one operation; `build(key)` makes its request with the row's idempotency key."""
    message_id = f"{uuid.uuid4()}@recourse"
    key = f"recourse-{uuid.uuid4().hex}"
    return await OutboxMessage.create(
        shop_id=shop.id, kind="PLATFORM", topic=operation, subject_type=subject[0], subject_id=subject[1],
        payload=encode(build(key)), message_id=message_id, chain=chain_of(order_id),
        next_attempt_at=datetime.now(timezone.utc),
    )


async def _platform_lines(shop: Shop, wanted: Counter) -> dict[int, str]:
    if not wanted:
        return {}
    return dict(await OrderLine.filter(shop_id=shop.id, id__in=list(wanted)).values_list("id", "platform_id"))


def _item_lines(breakdown: list) -> Counter:
    wanted: Counter = Counter()
    for entry in breakdown or []:
        if entry.get("kind") == "ITEM" and entry.get("line_id") and entry.get("quantity"):
            wanted[int(entry["line_id"])] += int(entry["quantity"])
    return wanted


def _shipping(breakdown: list, amount: Decimal) -> Decimal:
    shipping = sum((Decimal(entry["amount"]["amount"]) for entry in breakdown or []
                    if entry.get("kind") == "SHIPPING" and isinstance(entry.get("amount"), dict)), Decimal(0))
    return max(Decimal(0), min(shipping, amount))


async def refund(shop: Shop, order: Order, row: Refund) -> OutboxMessage | None:
    """Carry out a ledger row: a PAYMENT goes back to the original payment; a REIMBURSEMENT (a credit
    the policy granted on top of the payment) goes as its own operation (store credit where the
    platform can, else handed to staff). Units of a cancellation's lines are released to stock; a
    return's units are restocked when the return is processed, so its refund restocks nothing."""
    if not carried_out(shop):
        return None
    gid = to_gid("Refund", row.id)
    note = f"Recourse {gid}" + (f": {row.note}" if row.note else "")
    amount = Money(quantize(row.amount, row.currency), row.currency)
    notify = platform_notifies(shop)
    if row.kind == "REIMBURSEMENT":
        customer_id = await _postage_credit(shop, order, row)
        written = datetime.now(timezone.utc).replace(microsecond=0)
        return await enqueue(shop, order.id, "credit.create", ("Refund", row.id), lambda key: port.CreditCustomer(
            key=key, order_id=order.platform_id, amount=amount, note=note[:255], notify=notify, refund_ref=gid,
            customer_id=customer_id, written_at=written))
    wanted = _item_lines(row.breakdown)
    ids = await _platform_lines(shop, wanted)
    restock = port.Restock.CANCEL if row.cancellation_id else port.Restock.NO_RESTOCK
    lines = tuple(port.RefundLine(line_id=ids[pk], quantity=n, restock=restock) for pk, n in sorted(wanted.items()) if pk in ids)
    shipping = _shipping(row.breakdown, row.amount)
    return await enqueue(shop, order.id, "refund.create", ("Refund", row.id), lambda key: port.RefundOrder(
        key=key, order_id=order.platform_id, amount=amount, lines=lines,
        shipping=Money(quantize(shipping, row.currency), row.currency) if shipping > 0 else None,
        note=note[:255], notify=notify, refund_ref=gid))


async def _postage_credit(shop: Shop, order: Order, row: Refund) -> str:
    """A postage credit goes as store credit to the order's customer when the shop credits store credit
    accounts (the customer to credit, and a StoreCredit row for the desk); "" hands it to staff."""
    if not order.customer_id or str(shop.store_credit_via or CreditVia.STORE_CREDIT) != CreditVia.STORE_CREDIT:
        return ""
    found = await Customer.filter(shop_id=shop.id, id=order.customer_id).values_list("platform_id", flat=True)
    if not found or not found[0]:
        return ""
    await StoreCredit.create(shop_id=shop.id, order_id=order.id, return_request_id=row.return_request_id, refund_id=row.id,
                             via=CreditVia.STORE_CREDIT, amount=row.amount, currency=row.currency)
    return found[0]


async def cancel(shop: Shop, order: Order, cancellation: Cancellation, refund_row: Refund | None) -> OutboxMessage | None:
    """Cancel the whole order on the platform, with its refund (our ledger row) and restock."""
    if not carried_out(shop):
        return None
    money = Money(quantize(refund_row.amount, refund_row.currency), refund_row.currency) if refund_row else None
    return await enqueue(shop, order.id, "order.cancel", ("Order", order.id), lambda key: port.CancelOrder(
        key=key, order_id=order.platform_id, reason=str(cancellation.reason), refund=money, restock=cancellation.restock,
        notify=platform_notifies(shop), staff_note=cancellation.staff_note,
        refund_ref=to_gid("Refund", refund_row.id) if refund_row else ""))


async def open_return(shop: Shop, ret: Return, approved: bool) -> OutboxMessage | None:
    if not carried_out(shop):
        return None
    rows = await ReturnLine.filter(return_request_id=ret.id).order_by("id")
    ids = await _platform_lines(shop, Counter({row.order_line_id: row.quantity for row in rows}))
    order = await Order.get(id=ret.order_id, shop_id=shop.id).only("id", "platform_id")
    reasons = {reason.handle: reason.platform_handle for reason in library_of(await stored_reasons(shop.id))}
    lines = tuple(port.ReturnLineRequest(line_id=ids[row.order_line_id], quantity=row.quantity, reason=str(row.reason),
                                         note=row.customer_note, reason_handle=reasons.get(row.reason_handle or str(row.reason), ""))
                  for row in rows if row.order_line_id in ids)
    return await enqueue(shop, ret.order_id, "return.open", ("Return", ret.id), lambda key: port.OpenReturn(
        key=key, order_id=order.platform_id, return_ref=to_gid("Return", ret.id), lines=lines, approved=approved))


async def return_step(shop: Shop, ret: Return, operation: str, **fields) -> OutboxMessage | None:
    """approve / decline / close / cancel / label: the platform's return id is filled in when carried out."""
    if not carried_out(shop):
        return None
    order = await Order.get(id=ret.order_id, shop_id=shop.id).only("id", "platform_id")
    kind = {"return.approve": port.ReturnStep, "return.close": port.ReturnStep, "return.cancel": port.ReturnStep,
            "return.decline": port.DeclineReturn, "return.label": port.AttachLabel}[operation]
    return await enqueue(shop, ret.order_id, operation, ("Return", ret.id), lambda key: kind(
        key=key, order_id=order.platform_id, return_ref=to_gid("Return", ret.id), return_id=ret.platform_id or "",
        **fields))


async def process_return(shop: Shop, ret: Return) -> OutboxMessage | None:
    """Send the units that arrived since the last time to be processed: restocked when inspection
    said so (or not inspected: back to stock, as the platform would by default), else not."""
    if not carried_out(shop):
        return None
    rows = await ReturnLine.filter(return_request_id=ret.id, received_quantity__gt=0).order_by("id")
    pending = [row for row in rows if row.received_quantity > row.processed_quantity]
    if not pending:
        return None
    ids = await _platform_lines(shop, Counter({row.order_line_id: 1 for row in pending}))
    lines: list[port.ProcessLine] = []
    for row in pending:
        units = row.received_quantity - row.processed_quantity
        if row.inspected_at is not None:
            restocked = min(units, row.accepted_quantity) if row.restock else 0
        else:
            restocked = units
        for quantity, restock in ((restocked, True), (units - restocked, False)):
            if quantity > 0 and row.order_line_id in ids:
                lines.append(port.ProcessLine(line_id=ids[row.order_line_id], quantity=quantity, restock=restock))
        # Compare-and-set: two steps of the same return never send the same units twice.
        await ReturnLine.filter(id=row.id, processed_quantity=row.processed_quantity).update(
            processed_quantity=row.received_quantity)
    order = await Order.get(id=ret.order_id, shop_id=shop.id).only("id", "platform_id")
    return await enqueue(shop, ret.order_id, "return.process", ("Return", ret.id), lambda key: port.ProcessReturn(
        key=key, order_id=order.platform_id, return_ref=to_gid("Return", ret.id), lines=tuple(lines),
        return_id=ret.platform_id or ""))


async def _opened(ret: Return) -> bool:
    """The return was (or is being) opened on the platform: its open operation was written."""
    return bool(ret.platform_id) or await OutboxMessage.exists(
        kind="PLATFORM", topic="return.open", subject_type="Return", subject_id=ret.id)


async def after_step(shop: Shop, ret: Return, step: str, *, label: bool = False) -> None:
    """What a return step means on the platform; call in the step's transaction, after the change.

    A return is opened on the platform when it first leaves fraud review's reach (requested, or
    released), approved there when approved here, declined, cancelled, processed for the units that
    arrived (at inspection, refund or close) and closed. A return that never reached the platform
    (held, then declined) costs it nothing; one that should be there but is not (the shop moved to a
    carrying platform meanwhile) is opened, approved, on its next step.
    """
    if not carried_out(shop):
        return
    opened = await _opened(ret)
    if step in ("decline", "cancel"):
        if opened:
            if step == "decline":
                await return_step(shop, ret, "return.decline", reason=str(ret.decline_reason or "OTHER"),
                                  note=ret.decline_note)
            else:
                await return_step(shop, ret, "return.cancel")
        return
    if step in ("request", "release"):
        if not opened and ret.status in (ReturnStatus.REQUESTED, ReturnStatus.OPEN):
            await open_return(shop, ret, approved=ret.status == ReturnStatus.OPEN)
        return
    if not opened:
        await open_return(shop, ret, approved=True)
    elif step == "approve":
        await return_step(shop, ret, "return.approve")
    if step in ("inspect", "close"):
        await process_return(shop, ret)
    if step == "close":
        await return_step(shop, ret, "return.close")
    if label and ret.label_carrier:
        await return_step(shop, ret, "return.label", carrier=ret.label_carrier,
                          tracking_number=ret.label_tracking_number or "", label_url=ret.label_url)

