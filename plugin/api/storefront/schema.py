"""The storefront API: customers (customer token) and guests (order name + email)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from models.order import Order
from plugin.api.ids import from_gid
from plugin.api.schema_factory import build_schema
from plugin.api.types import OrderFields


@strawberry.type(name="Order")
class StorefrontOrder(OrderFields):
    pass


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


@strawberry.type
class Query:
    @strawberry.field(
        description="An order by id (signed-in customer's own) or by name and email (anyone who knows both)."
    )
    async def order(
        self,
        info: Info,
        id: strawberry.ID | None = None,
        name: str | None = None,
        email: str | None = None,
    ) -> StorefrontOrder | None:
        row = await find_order(info, id, name, email)
        return StorefrontOrder(row=row) if row else None


schema = build_schema(Query, None)
