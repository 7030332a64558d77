"""The storefront API: customers (customer token) and guests (order name + email)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from models.order import Order
from plugin.actions.decisions import DecisionRefused, quote_return
from plugin.actions.policy import policy_in_force
from plugin.api.errors import UserError, UserErrorCode
from plugin.api.ids import from_gid
from plugin.api.policy_page import ReturnPolicy
from plugin.api.policy_types import ReturnQuote, ReturnQuoteInput
from plugin.api.return_input import requested_lines
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

    @strawberry.field(description="The shop's return, refund and cancellation policy, rendered from the rules it enforces.")
    async def return_policy(self, info: Info) -> ReturnPolicy:
        policy, version = await policy_in_force(info.context.shop)
        return ReturnPolicy.of(info.context.shop, policy, version)


@strawberry.type
class ReturnQuotePayload:
    quote: ReturnQuote | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _refused(field: list[str], message: str, code: UserErrorCode) -> ReturnQuotePayload:
    return ReturnQuotePayload(user_errors=[UserError(field=field, message=message, code=code)])


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="What the policy says about a prospective return: eligibility per line, deadlines, the refund "
        "line by line, return shipping and instructions. Has no side effects."
    )
    async def return_quote(self, info: Info, input: ReturnQuoteInput) -> ReturnQuotePayload:
        order = await find_order(info, input.order_id, input.order_name, input.email)
        if order is None:
            return _refused(["input", "orderId"], "no such order for this customer", UserErrorCode.ORDER_NOT_FOUND)
        lines, errors = requested_lines(input.lines)
        if errors:
            return ReturnQuotePayload(user_errors=errors)
        try:
            decision = await quote_return(
                info.context.shop, order, lines, resolution=input.resolution.value,
                shipping_method=input.shipping_method.value, proof_of_purchase=input.proof_of_purchase,
            )
        except DecisionRefused as exc:
            return _refused(["input", *exc.field], exc.message, UserErrorCode(exc.code))
        return ReturnQuotePayload(quote=ReturnQuote.of(decision))


schema = build_schema(Query, Mutation)
