"""Refunds the platform reports: each confirms the refund we asked for, or counts as its own.

A refund reaches Shopify either because the host acted on our `refund.created` (it then carries our
refund's id, `gid://recourse/Refund/N`, in its note) or because staff refunded in Shopify's admin.
The first confirms our PENDING row; the second is a platform refund nobody here asked for, and it
still lowers what may be refunded. Without our id a refund is ours when one PENDING row of the order
has the same amount and the same lines (or either side names no lines).
"""

from __future__ import annotations

import re
from collections import Counter

from tortoise.transactions import in_transaction

from models.enums import RefundStatus
from models.order import Order, OrderLine
from models.platform_refund import PlatformRefund
from models.refund import Refund
from models.shop import Shop
from plugin.platform import port, shopify
from plugin.actions.deferred import defer
from plugin.actions.events import record
from plugin.actions.ledger import bump, lock_order
from plugin.actions.platform_outcomes import release_emails
from plugin.actions.upsert import Outcome
from plugin.values.ids import PREFIX
from plugin.values.money import quantize

OUR_ID = re.compile(re.escape(f"{PREFIX}Refund/") + r"(\d{1,18})\b")  # our refund's global id


async def _our_lines(shop: Shop, refund: Refund) -> list[tuple[str, int]]:
    """The platform line ids and quantities a refund of ours pays for (its ITEM breakdown lines)."""
    wanted: Counter = Counter()
    for entry in refund.breakdown or []:
        if entry.get("kind") == "ITEM" and entry.get("line_id") and entry.get("quantity"):
            wanted[int(entry["line_id"])] += int(entry["quantity"])
    if not wanted:
        return []
    ids = dict(await OrderLine.filter(shop_id=shop.id, id__in=list(wanted)).values_list("id", "platform_id"))
    return sorted((ids[line_id], quantity) for line_id, quantity in wanted.items() if line_id in ids)


async def _match(shop: Shop, order: Order, payload: shopify.Refund) -> Refund | None:
    pending = Refund.filter(shop_id=shop.id, order_id=order.id, status=RefundStatus.PENDING)
    named = OUR_ID.search(payload.note or "")
    if named:
        return await pending.filter(id=int(named.group(1))).first()
    amount = quantize(payload.amount, order.currency)
    for refund in await pending.order_by("created_at", "id"):
        if quantize(refund.amount, order.currency) != amount:
            continue
        ours = await _our_lines(shop, refund)
        if not ours or not payload.lines or ours == payload.lines:
            return refund
    return None


async def mirror_platform_refund(shop: Shop, order: Order, payload: shopify.Refund) -> Outcome:
    """Record one platform refund of `order` once; call inside a transaction."""
    # Under the order's lock: a refund reported twice at once (refunds/create and the order's
    # refunds[]) is then seen by the second report.
    order = await lock_order(shop, order.id)
    if await PlatformRefund.exists(shop_id=shop.id, platform_id=port.canonical_id(payload.id)):
        return Outcome.STALE  # refunds never change once made: a second report adds nothing
    ours = await _match(shop, order, payload)
    processed = payload.processed_at or payload.created_at
    if ours is not None:
        if not await Refund.filter(id=ours.id, status=RefundStatus.PENDING).update(
            status=RefundStatus.SUCCEEDED, platform_refund_id=payload.id, processed_at=processed
        ):
            ours = None  # settled meanwhile: this one then counts on its own
        else:
            await record(shop, subject=("Refund", ours.id), actor="platform", action="refund.succeeded",
                         before={"status": RefundStatus.PENDING},
                         after={"status": RefundStatus.SUCCEEDED, "platform_refund_id": payload.id})
            await release_emails(shop, ours.id)  # a refund carried out through the port: its email goes now
    mirrored = await PlatformRefund.create(
        shop_id=shop.id, order_id=order.id, platform_id=payload.id, amount=payload.amount, currency=order.currency,
        lines=[list(pair) for pair in payload.lines], note=(payload.note or "")[:1000] or None,
        processed_at=processed, refund_id=ours.id if ours else None,
    )
    if ours is None:
        await record(shop, subject=("Order", order.id), actor="platform", action="order.refunded_on_platform",
                     after={"platform_refund_id": payload.id, "amount": str(payload.amount), "id": mirrored.id})
    await bump(order)
    return Outcome.CREATED


async def import_platform_refund(shop: Shop, payload: shopify.Refund) -> Outcome:
    """The `refunds/create` webhook."""
    async with in_transaction():
        order = await Order.get_or_none(shop_id=shop.id, platform_id=payload.order_id)
        if order is None:
            return await defer(shop, "REFUND", payload.order_id, payload)
        return await mirror_platform_refund(shop, order, payload)
