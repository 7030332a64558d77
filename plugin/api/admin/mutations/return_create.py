"""`returnCreate` (Shopify's name): staff open a return for a customer who phoned or wrote.

The policy decides exactly as for the customer's own request. A refusal comes back as `decision`
(with `overridable`); staff may take the return anyway only by giving `overrideReason`, which is
kept on the return and in its audit trail. Refusals for facts (nothing shipped, already returned)
cannot be overridden.
"""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from models.order import Order
from plugin.actions import return_requests
from plugin.actions.commands import CreateReturn
from plugin.actions.errors import ActionError
from plugin.api.admin.types import AdminReturn
from plugin.api.enums import ReturnResolution, ReturnShippingMethod
from plugin.api.errors import UserError, UserErrorCode, refusals
from plugin.api.ids import from_gid
from plugin.api.policy_types import ReturnQuote
from plugin.api.return_input import ReturnLineInput, parse_request, photo_check


@strawberry.input
class ReturnCreateInput:
    order_id: strawberry.ID
    lines: list[ReturnLineInput]
    resolution: ReturnResolution = ReturnResolution.REFUND
    shipping_method: ReturnShippingMethod = ReturnShippingMethod.CUSTOMER_SHIPPED
    proof_of_purchase: str | None = None
    customer_note: str | None = strawberry.field(default=None, description="What the customer said, in their words.")
    override_reason: str | None = strawberry.field(
        default=None, description="Take the return although the policy refuses it; why (audited, shown on the return)."
    )
    idempotency_key: str | None = None


@strawberry.type
class ReturnCreatePayload:
    return_: AdminReturn | None = strawberry.field(default=None, name="return")
    decision: ReturnQuote | None = strawberry.field(default=None, description="The policy's answer, as the customer would get it.")
    overridable: bool = strawberry.field(default=False, description="Refused, and staff may take it anyway with an overrideReason.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _text(value: str | None, limit: int, field: str) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        raise ActionError("INVALID", "must not contain NUL characters", [field])
    if len(value) > limit:
        raise ActionError("TOO_LONG", f"at most {limit} characters", [field])
    return value


@strawberry.type
class ReturnCreateMutation:
    @strawberry.mutation(description="Open a return for a customer. The policy decides as for the customer; a refusal is taken only with an overrideReason.")
    @refusals(["input"])
    async def return_create(self, info: Info, input: ReturnCreateInput) -> ReturnCreatePayload:
        shop = info.context.shop
        gid = from_gid(input.order_id, "Order")
        order = await Order.get_or_none(id=gid[1], shop_id=shop.id) if gid else None
        if order is None:
            raise ActionError("ORDER_NOT_FOUND", "no such order", ["orderId"])
        override = _text(input.override_reason, 1000, "overrideReason")
        if override is not None and not override.strip():
            raise ActionError("BLANK", "say why the policy is overridden", ["overrideReason"])
        parsed = parse_request(input, photo_check(info, order))  # the storefront's check: whoever files it
        command = CreateReturn(order.id, parsed.lines, parsed.resolution, parsed.shipping_method,
                               parsed.proof_of_purchase, parsed.customer_note,
                               override_reason=override.strip() if override else None)
        answer = await return_requests.create(shop, order, command, input.idempotency_key, info.context.staff)
        return _answered(input, answer)


def _answered(input: ReturnCreateInput, answer: return_requests.RequestAnswer) -> ReturnCreatePayload:
    # Taken although refused: the decision shows what the override refunds, not a refusal's zero.
    decision = ReturnQuote.from_data(answer.decision, overridden=answer.return_ is not None)
    if answer.return_ is None:
        errors = []
        if input.override_reason and not answer.overridable:
            errors.append(UserError(field=["input", "overrideReason"], code=UserErrorCode.INVALID,
                                    message="this refusal cannot be overridden: the items are not there to return"))
        return ReturnCreatePayload(decision=decision, overridable=answer.overridable, user_errors=errors)
    return ReturnCreatePayload(return_=AdminReturn(row=answer.return_), decision=decision)
