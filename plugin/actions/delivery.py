"""Customers confirming that their parcel arrived: most shipments are never tracked to the door."""

from __future__ import annotations

from datetime import datetime, timezone

from tortoise.transactions import in_transaction

from models.enums import FulfillmentStatus
from models.order import Fulfillment, Order
from models.shop import Shop
from plugin.actions.decisions import line_eligibility
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.policy import policy_in_force
from plugin.policy import LineEligibility

INACTIVE = (FulfillmentStatus.CANCELLED, FulfillmentStatus.FAILURE, FulfillmentStatus.ERROR)


async def confirm_receipt(shop: Shop, order: Order, actor: str, now: datetime | None = None) -> list[LineEligibility]:
    """Mark every shipped, not yet delivered parcel of the order as received now; the order's lines
    as they stand after it."""
    now = now or datetime.now(timezone.utc)
    async with in_transaction():
        policy, _ = await policy_in_force(shop)
        if not policy.delivery.customer_confirms_receipt:
            raise ActionError("INVALID", "this shop does not take receipt confirmations", ["orderId"])
        if order.cancelled_at is not None:
            raise ActionError("INVALID_STATE", "the order was cancelled", ["orderId"])
        pending = Fulfillment.filter(
            shop_id=shop.id, order_id=order.id, delivered_at__isnull=True, received_at__isnull=True,
            shipped_at__lte=now,
        ).exclude(status__in=INACTIVE)
        ids = await pending.values_list("id", flat=True)
        if not ids:
            raise ActionError("INVALID_STATE", "nothing shipped is waiting for delivery", ["orderId"])
        # Conditional on still being unconfirmed: a double click confirms once, at the first moment.
        await Fulfillment.filter(id__in=ids, received_at__isnull=True).update(received_at=now)
        await record(shop, subject=("Order", order.id), actor=actor, action="order.receipt_confirmed",
                     after={"fulfillments": len(ids), "received_at": now.isoformat()})
    return await line_eligibility(shop, order, now)
