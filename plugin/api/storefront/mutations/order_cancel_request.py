"""`orderCancelRequest`: a customer asks to cancel an order (or some of its lines)."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from plugin.actions import cancellations
from plugin.actions.commands import RequestCancellation
from plugin.actions.errors import ActionError
from plugin.api.errors import UserError, refusals
from plugin.api.ids import from_gid, to_gid
from plugin.api.language import InCustomerLanguage
from plugin.api.policy_types import CancellationEligibility
from plugin.api.storefront.access import find_order
from plugin.api.storefront.returns import actor

# What a customer whose request is held for review reads: neutral, never the reasons.
HELD_NEXT_STEP = "We will contact you by email to confirm a few details before we cancel your order."


@strawberry.type
class OrderCancelRequestPayload:
    cancelled: bool = False
    cancelled_line_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="The lines a partial cancellation cancelled (empty: the whole order, or nothing).")
    pending_review: bool = strawberry.field(default=False, description="The store will confirm a few details before cancelling.")
    next_step: str | None = strawberry.field(default=None, extensions=[InCustomerLanguage()])
    decision: CancellationEligibility | None = strawberry.field(default=None, description="Why, and what to do instead when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderCancelRequestMutation:
    @strawberry.mutation(description="Ask to cancel an order: accepted at once when the policy allows it, otherwise refused with what to do instead.")
    @refusals()
    async def order_cancel_request(
        self, info: Info, order_id: strawberry.ID | None = None, order_name: str | None = None,
        email: str | None = None, idempotency_key: str | None = None, phone: str | None = None,
        line_ids: Annotated[list[strawberry.ID] | None, strawberry.argument(
            description="Cancel only these lines (a partial cancellation); empty: the whole order.")] = None,
    ) -> OrderCancelRequestPayload:
        order = await find_order(info, order_id, order_name, email, phone)
        if order is None:
            raise ActionError("ORDER_NOT_FOUND", "no such order for this customer", ["orderId"])
        lines = [from_gid(gid, "OrderLine") for gid in line_ids or []]
        if any(parsed is None for parsed in lines):
            raise ActionError("INVALID", "not an order line id", ["lineIds"])
        command = RequestCancellation(order.id, frozenset(parsed[1] for parsed in lines))
        answer = await cancellations.request(info.context.shop, order, command, idempotency_key, actor(info))
        decision = CancellationEligibility.from_data(answer.decision)
        return OrderCancelRequestPayload(
            cancelled=answer.cancelled, pending_review=answer.held, decision=decision,
            cancelled_line_ids=[strawberry.ID(to_gid("OrderLine", pk)) for pk in answer.line_ids],
            next_step=HELD_NEXT_STEP if answer.held else decision.next_step,
        )
