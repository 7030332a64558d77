"""`orderCancel`: staff cancel an order, optionally refunding what is left of the payment."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from plugin.actions import cancellations
from plugin.actions.commands import CancelOrder
from plugin.api.admin.order import AdminOrder
from plugin.api.admin.parsing import note, pk
from plugin.api.enums import OrderCancelReason
from plugin.api.errors import UserError, refusals


@strawberry.type
class OrderCancelPayload:
    order: AdminOrder | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderCancelMutation:
    @strawberry.mutation(description="Cancel an order as staff, optionally refunding what is left of the payment.")
    @refusals()
    async def order_cancel(
        self, info: Info, order_id: strawberry.ID, reason: OrderCancelReason = OrderCancelReason.STAFF, refund: bool = True, restock: bool = True,
        notify_customer: bool = True, staff_note: str | None = None, idempotency_key: str | None = None,
        customer_message: Annotated[str | None, strawberry.argument(description="Said in the customer's email; `staffNote` never is.")] = None,
        line_ids: Annotated[list[strawberry.ID] | None, strawberry.argument(
            description="Cancel only these lines (a partial cancellation, as `cancellation { partialAllowed lines }` allows: "
            "each must be cancellable on its own; NOT_CANCELLABLE otherwise).")] = None,
    ) -> OrderCancelPayload:
        command = CancelOrder(
            order_id=pk(order_id, "Order", "orderId"), reason=reason, refund=refund, restock=restock,
            notify=notify_customer, staff_note=note(staff_note, "staffNote"),
            customer_message=note(customer_message, "customerMessage"),
            line_ids=frozenset(pk(line, "OrderLine", "lineIds") for line in line_ids or ()),
        )
        cancelled = await cancellations.cancel(info.context.shop, command, idempotency_key, info.context.staff)
        return OrderCancelPayload(order=AdminOrder(row=cancelled.order))
