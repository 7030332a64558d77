"""`returnRequest`: a customer asks to return items; the policy decides at once."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import return_requests
from plugin.actions.commands import RequestReturn
from plugin.actions.errors import ActionError
from plugin.api.errors import UserError, refusals
from plugin.api.policy_types import ReturnQuote
from plugin.api.return_input import ReturnRequestInput, parse_request, photo_check
from plugin.api.return_types import ReturnType
from plugin.api.storefront.access import find_order
from plugin.api.storefront.returns import actor


@strawberry.type
class ReturnRequestPayload:
    return_: ReturnType | None = strawberry.field(default=None, name="return")
    decision: ReturnQuote | None = strawberry.field(default=None, description="The policy's answer; when it refuses, the reasons say why.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReturnRequestMutation:
    @strawberry.mutation(description="Ask to return items. The policy decides at once; an allowed request is stored with its quote and instructions.")
    @refusals(["input"])
    async def return_request(self, info: Info, input: ReturnRequestInput) -> ReturnRequestPayload:
        order = await find_order(info, input.order_id, input.order_name, input.email, input.phone)
        if order is None:
            raise ActionError("ORDER_NOT_FOUND", "no such order for this customer", ["orderId"])
        parsed = parse_request(input, photo_check(info, order))
        command = RequestReturn(order.id, parsed.lines, parsed.resolution, parsed.shipping_method,
                                parsed.proof_of_purchase, parsed.customer_note)
        answer = await return_requests.request(info.context.shop, order, command, input.idempotency_key, actor(info))
        return ReturnRequestPayload(return_=ReturnType(row=answer.return_) if answer.return_ else None,
                                    decision=ReturnQuote.from_data(answer.decision))
