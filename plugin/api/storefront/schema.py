"""The storefront API: customers (customer token) and guests (order name + email)."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.tools import merge_types
from strawberry.types import Info

from models.customer import Customer
from models.order import Order
from plugin.actions.decisions import quote_return
from plugin.actions.errors import ActionError
from plugin.actions.policy import policy_in_force
from plugin.api.errors import UserError, UserErrorCode, user_errors
from plugin.api.policy_page import ReturnPolicy
from plugin.api.policy_types import ReturnQuote
from plugin.api.return_input import ReturnRequestInput, parse_request
from plugin.api.return_types import StorefrontOrder
from plugin.api.schema_factory import build_schema
from plugin.api.storefront.access import find_order, find_order_to_read
from plugin.api.storefront.exchange_variants import ExchangeVariantsQuery
from plugin.api.storefront.returns import ReturnsMutation, ReturnsQuery, _photo_check
from plugin.api.storefront.shop import StorefrontShop
from plugin.store.ratelimit import STOREFRONT_MUTATIONS_PER_SHOP


@strawberry.type(name="Customer", description="The signed-in customer (customer token).")
class StorefrontCustomer:
    row: strawberry.Private[Customer]

    @strawberry.field
    def first_name(self) -> str | None:
        return self.row.first_name

    @strawberry.field
    def email(self) -> str | None:
        return self.row.email

    @strawberry.field(description="Your orders, newest first (at most 50).")
    async def orders(self, info: Info, first: int = 20) -> list[StorefrontOrder]:
        rows = await Order.filter(shop_id=info.context.shop.id, customer_id=self.row.id).order_by("-placed_at", "-id").limit(
            max(1, min(first, 50)))
        return [StorefrontOrder(row=row) for row in rows]


@strawberry.type
class Query:
    @strawberry.field(description="The signed-in customer; null for guests.")
    def customer(self, info: Info) -> StorefrontCustomer | None:
        customer = info.context.customer
        return StorefrontCustomer(row=customer) if customer else None

    @strawberry.field(
        description="An order by id (signed-in customer's own), or by name and email, or by name and phone for orders "
        "placed with a phone number (anyone who knows both)."
    )
    async def order(
        self,
        info: Info,
        id: strawberry.ID | None = None,
        name: str | None = None,
        email: str | None = None,
        phone: str | None = None,
    ) -> StorefrontOrder | None:
        if id is None and name and email:  # the guest's lookup, as eligibility asks it: one statement fewer
            row = await find_order_to_read(info, name, email)
        else:
            row = await find_order(info, id, name, email, phone)
        return StorefrontOrder(row=row) if row else None

    @strawberry.field(description="The shop: name, branding, contact and policy link, for a page in its look.")
    def shop(self, info: Info) -> StorefrontShop:
        return StorefrontShop.of(info)

    @strawberry.field(description="The shop's return, refund and cancellation policy, rendered from the rules it enforces.")
    async def return_policy(
        self, info: Info,
        self_service: Annotated[bool, strawberry.argument(
            description="Word the page for the shop's self-service returns portal: returns, damage claims and cancellations "
            "are made on the page, never by email.")] = False,
    ) -> ReturnPolicy:
        policy, version = await policy_in_force(info.context.shop)
        # The page in the caller's language (Accept-Language), sentence by sentence from the catalogue.
        return ReturnPolicy.of(info.context.shop, policy, version, self_service=self_service, lang=info.context.lang)


@strawberry.type
class ReturnQuotePayload:
    quote: ReturnQuote | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="What the policy says about a prospective return: eligibility per line, deadlines, the refund "
        "line by line, return shipping and instructions. Has no side effects."
    )
    async def return_quote(self, info: Info, input: ReturnRequestInput) -> ReturnQuotePayload:
        order = await find_order(info, input.order_id, input.order_name, input.email, input.phone)
        if order is None:
            return ReturnQuotePayload(user_errors=[UserError(
                field=["input", "orderId"], message="no such order for this customer", code=UserErrorCode.ORDER_NOT_FOUND)])
        try:
            parsed = parse_request(input, _photo_check(info, order))
            data = await quote_return(
                info.context.shop, order, list(parsed.lines), resolution=parsed.resolution,
                shipping_method=parsed.shipping_method, proof_of_purchase=bool(parsed.proof_of_purchase),
            )
        except ActionError as exc:
            return ReturnQuotePayload(user_errors=user_errors(exc, ["input"]))
        return ReturnQuotePayload(quote=ReturnQuote.from_data(data))


schema = build_schema(
    merge_types("Query", (Query, ReturnsQuery, ExchangeVariantsQuery)), merge_types("Mutation", (Mutation, ReturnsMutation)),
    mutation_limit=STOREFRONT_MUTATIONS_PER_SHOP,
)
