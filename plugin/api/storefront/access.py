"""Which orders a storefront caller may see: never says whether someone else's order exists."""

from __future__ import annotations

from strawberry.types import Info

from models.customer import Customer
from models.order import Order
from models.shop import Shop
from plugin.api.ids import from_gid
from plugin.ratelimit import guest_lookup


async def find_order(info: Info, id: str | None, name: str | None, email: str | None) -> Order | None:
    """The caller's order, or None; never says whether someone else's order exists."""
    if id is None and name and email:
        await guest_lookup(info.context, _order_name(name))  # a guess at an email costs one hit, whatever the answer
    return await find_callers_order(info.context.shop, info.context.customer, id, name, email)


def _order_name(name: str) -> str:
    return name.strip() if name.strip().startswith("#") else f"#{name.strip()}"


async def find_callers_order(
    shop: Shop, customer: Customer | None, id: str | None, name: str | None, email: str | None
) -> Order | None:
    """The same, outside GraphQL (the photo endpoints)."""
    scoped = Order.filter(shop_id=shop.id)
    if id is not None:
        parsed = from_gid(id, "Order")
        if parsed is None or customer is None:
            return None
        return await scoped.get_or_none(id=parsed[1], customer_id=customer.id)
    if name and email:
        return await scoped.filter(name=_order_name(name), email=email.strip().lower()).first()
    return None
