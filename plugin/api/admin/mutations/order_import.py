"""`orderImport`: an order from the JSON a Shopify orders/create webhook carries."""

from __future__ import annotations

import enum

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from plugin.api.admin.order import AdminOrder
from plugin.api.errors import UserError, refusals
from plugin.platform import shopify
from plugin.platform.orders import import_order


@strawberry.enum
class ImportOutcome(enum.Enum):
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    STALE = "STALE"


@strawberry.type
class OrderImportPayload:
    order: AdminOrder | None = None
    outcome: ImportOutcome | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderImportMutation:
    @strawberry.mutation(
        description="Create or update an order from the same JSON a Shopify orders/create webhook carries. "
        "An update older than what is stored (by updated_at) changes nothing and reports STALE."
    )
    @refusals(["order"], validation=True)
    async def order_import(self, info: Info, order: JSON) -> OrderImportPayload:
        result = await import_order(info.context.shop, shopify.Order.model_validate(order))
        return OrderImportPayload(order=AdminOrder(row=result.order), outcome=ImportOutcome(result.outcome.value))
