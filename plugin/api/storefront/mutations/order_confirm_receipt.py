"""`orderConfirmReceipt`: a customer confirms the parcels arrived when the carrier said nothing."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import delivery
from plugin.actions.errors import ActionError
from plugin.api.errors import UserError, refusals
from plugin.api.policy_types import ReturnableLine
from plugin.api.storefront.access import find_order
from plugin.api.storefront.returns import actor


@strawberry.type
class OrderConfirmReceiptPayload:
    received: bool = False
    returnable_lines: list[ReturnableLine] | None = strawberry.field(
        default=None, description="The order's lines as they stand now, counted from the confirmed receipt."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderConfirmReceiptMutation:
    @strawberry.mutation(description="Confirm that the order's parcels arrived, when the carrier reported no delivery: "
                         "return periods then count from now (or from the estimated delivery, if earlier).")
    @refusals()
    async def order_confirm_receipt(
        self, info: Info, order_id: strawberry.ID | None = None, order_name: str | None = None, email: str | None = None,
        phone: str | None = None,
    ) -> OrderConfirmReceiptPayload:
        order = await find_order(info, order_id, order_name, email, phone)
        if order is None:
            raise ActionError("ORDER_NOT_FOUND", "no such order for this customer", ["orderId"])
        lines = await delivery.confirm_receipt(info.context.shop, order, actor(info))
        return OrderConfirmReceiptPayload(received=True, returnable_lines=[ReturnableLine.of(e) for e in lines])
