"""`returnQuote`: what the policy says about a prospective return; writes nothing."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions.decisions import quote_return
from plugin.actions.errors import ActionError
from plugin.api.errors import UserError, refusals
from plugin.api.policy_types import ReturnQuote
from plugin.api.return_input import ReturnRequestInput, parse_request, photo_check
from plugin.api.storefront.access import find_order


@strawberry.type
class ReturnQuotePayload:
    quote: ReturnQuote | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReturnQuoteMutation:
    @strawberry.mutation(
        description="What the policy says about a prospective return: eligibility per line, deadlines, the refund "
        "line by line, return shipping and instructions. Has no side effects."
    )
    @refusals(["input"])
    async def return_quote(self, info: Info, input: ReturnRequestInput) -> ReturnQuotePayload:
        order = await find_order(info, input.order_id, input.order_name, input.email, input.phone)
        if order is None:
            raise ActionError("ORDER_NOT_FOUND", "no such order for this customer", ["orderId"])
        parsed = parse_request(input, photo_check(info, order))
        data = await quote_return(
            info.context.shop, order, list(parsed.lines), resolution=parsed.resolution,
            shipping_method=parsed.shipping_method, proof_of_purchase=bool(parsed.proof_of_purchase),
        )
        return ReturnQuotePayload(quote=ReturnQuote.from_data(data))
