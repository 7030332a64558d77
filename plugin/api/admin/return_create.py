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
from models.returns import Return
from plugin.actions import returns
from plugin.actions.errors import ActionError
from plugin.actions.idempotency import once
from plugin.api.errors import UserError, UserErrorCode, user_error
from plugin.api.ids import from_gid
from plugin.api.policy_types import ReturnQuote, ReturnResolution, ReturnShippingMethod
from plugin.api.return_types import AdminReturn
from plugin.photos import PhotoStore

# The storefront's line input and its checks: the same request, whoever files it.
from plugin.api.storefront.returns import ReturnRequestLineInput, _request_lines


@strawberry.input
class ReturnCreateInput:
    order_id: strawberry.ID
    lines: list[ReturnRequestLineInput]
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
    async def return_create(self, info: Info, input: ReturnCreateInput) -> ReturnCreatePayload:
        shop = info.context.shop
        parsed = from_gid(input.order_id, "Order")
        order = await Order.get_or_none(id=parsed[1], shop_id=shop.id) if parsed else None
        if order is None:
            return ReturnCreatePayload(user_errors=[UserError(field=["input", "orderId"], message="no such order", code=UserErrorCode.ORDER_NOT_FOUND)])
        request = {"order": order.id, "lines": [vars(line) for line in input.lines], "resolution": input.resolution,
                   "shipping": input.shipping_method, "proof": input.proof_of_purchase, "note": input.customer_note,
                   "override": input.override_reason}

        async def work() -> dict:
            override = _text(input.override_reason, 1000, "overrideReason")
            if override is not None and not override.strip():
                raise ActionError("BLANK", "say why the policy is overridden", ["overrideReason"])
            return await returns.request_return(
                shop, order, _request_lines(input.lines, PhotoStore(info.context.request.app.state.settings.photo_dir), order),
                resolution=input.resolution.value,
                shipping_method=input.shipping_method.value, proof_of_purchase=_text(input.proof_of_purchase, 255, "proofOfPurchase"),
                customer_note=_text(input.customer_note, 1000, "customerNote"), actor=info.context.staff,
                override_reason=override.strip() if override else None,
            )

        try:
            result = await once(shop, "returnCreate", input.idempotency_key, request, work)
        except ActionError as exc:
            return ReturnCreatePayload(user_errors=[user_error(exc.data(), ["input"])])
        if "error" in result:
            return ReturnCreatePayload(user_errors=[user_error(result["error"], ["input"])])
        decision = ReturnQuote.from_data(result["decision"])
        if result["return_id"] is None:
            errors = []
            if input.override_reason and not result.get("overridable"):
                errors.append(UserError(field=["input", "overrideReason"], code=UserErrorCode.INVALID,
                                        message="this refusal cannot be overridden: the items are not there to return"))
            return ReturnCreatePayload(decision=decision, overridable=bool(result.get("overridable")), user_errors=errors)
        ret = await Return.get(id=result["return_id"], shop_id=shop.id)
        return ReturnCreatePayload(return_=AdminReturn(row=ret), decision=decision)
