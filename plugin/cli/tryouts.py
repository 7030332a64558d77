"""What `serve` suggests a first-time visitor try in each demo shop's customer portal: an order with
an item to return and one to cancel, by name and email, as a shopper would type them.

Chosen from the data, never hard-coded, so the suggestion still works when the demo changes: the
newest order with a returnable item and no return yet, and the newest the policy lets be cancelled
(whole or in part); another returnable one when none can be cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.order import Order
from models.returns import Return
from models.shop import Shop
from plugin.actions.decisions import cancellation_eligibility, line_eligibility


@dataclass(frozen=True)
class Tryout:
    name: str
    email: str
    what: str  # "return an item" | "cancel it"


async def tryouts(shop: Shop, limit: int = 40) -> list[Tryout]:
    returned = set(await Return.filter(shop_id=shop.id).values_list("order_id", flat=True))
    to_return: list[Tryout] = []
    to_cancel: Tryout | None = None
    for order in await Order.filter(shop_id=shop.id, cancelled_at__isnull=True, email__isnull=False).order_by("-placed_at").limit(limit):
        if order.id in returned:
            continue
        if to_cancel is None:
            cancellation = await cancellation_eligibility(shop, order)
            if cancellation.allowed or cancellation.partial_allowed:
                to_cancel = Tryout(order.name, order.email, "cancel it")
                continue
        if len(to_return) < 2 and any(e.allowed and e.returnable_quantity > 0 for e in await line_eligibility(shop, order)):
            to_return.append(Tryout(order.name, order.email, "return an item"))
        if to_return and to_cancel:
            break
    picked = to_return[:1] + ([to_cancel] if to_cancel else to_return[1:2])
    return picked
