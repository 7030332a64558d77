"""Events about orders not mirrored yet: kept, so nothing Shopify sends is lost.

Shopify retries a failing delivery for hours, then drops it (and eventually the subscription), so a
fulfillment of an order placed before install, or one that overtook its order, used to be lost for
good. It is kept here and applied when the order comes in (webhook or import), in arrival order.
"""

from __future__ import annotations

from pydantic import BaseModel

from models.shop import Shop
from models.webhook import DeferredEvent
from plugin.actions.errors import ActionError
from plugin.actions.upsert import Outcome

# A bound, so a stream of events for orders that never come cannot grow without end.
MAX_PER_SHOP = 10_000


async def defer(shop: Shop, kind: str, order_platform_id: str, payload: BaseModel) -> Outcome:
    if await DeferredEvent.filter(shop_id=shop.id).count() >= MAX_PER_SHOP:
        raise ActionError("ORDER_NOT_FOUND", "unknown order for this shop, and too many events wait for theirs",
                          ["order_id"])
    await DeferredEvent.create(shop_id=shop.id, kind=kind, order_platform_id=order_platform_id,
                               payload=payload.model_dump(mode="json"))
    return Outcome.DEFERRED


async def waiting(shop: Shop, order_platform_id: str) -> list[DeferredEvent]:
    return await DeferredEvent.filter(shop_id=shop.id, order_platform_id=order_platform_id).order_by("id")
