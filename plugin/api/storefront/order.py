"""The storefront's Order: what both APIs show, and the customer's own returns."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.api.return_types import ReturnType
from plugin.api.types import OrderFields


@strawberry.type(name="Order")
class StorefrontOrder(OrderFields):
    @strawberry.field(description="Your returns on this order.")
    async def returns(self, info: Info) -> list[ReturnType]:
        return [ReturnType(row=row) for row in await info.context.loaders.returns_by_order.load(self.row.id)]
