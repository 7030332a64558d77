"""Which orders a storefront caller may see: never says whether someone else's order exists."""

from __future__ import annotations

from strawberry.types import Info

from models.order import Order
from plugin.api.ids import from_gid


async def find_order(info: Info, id: str | None, name: str | None, email: str | None) -> Order | None:
    """The caller's order, or None; never says whether someone else's order exists."""
    context = info.context
    scoped = Order.filter(shop_id=context.shop.id)
    if id is not None:
        parsed = from_gid(id, "Order")
        if parsed is None or context.customer is None:
            return None
        return await scoped.get_or_none(id=parsed[1], customer_id=context.customer.id)
    if name and email:
        wanted = name.strip() if name.strip().startswith("#") else f"#{name.strip()}"
        return await scoped.filter(name=wanted, email=email.strip().lower()).first()
    return None
