"""The storefront API: customers (customer token) and guests (order name + email)."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.tools import merge_types
from strawberry.types import Info

from models.customer import Customer
from models.order import Order
from plugin.actions.policy import policy_in_force
from plugin.api.policy_page import ReturnPolicy
from plugin.api.return_types import StorefrontOrder
from plugin.api.row_fields import from_row
from plugin.api.schema_factory import build_schema
from plugin.api.storefront.access import find_order, find_order_to_read
from plugin.api.storefront.exchange_variants import ExchangeVariantsQuery
from plugin.api.storefront.mutations import MUTATIONS
from plugin.api.storefront.reasons import ReasonsQuery
from plugin.api.storefront.returns import ReturnsQuery
from plugin.api.storefront.shop import StorefrontShop
from plugin.store.ratelimit import STOREFRONT_MUTATIONS


@strawberry.type(name="Customer", description="The signed-in customer (customer token).")
class StorefrontCustomer:
    row: strawberry.Private[Customer]

    first_name = from_row("first_name", str | None)
    email = from_row("email", str | None)

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


schema = build_schema(
    merge_types("Query", (Query, ReturnsQuery, ExchangeVariantsQuery, ReasonsQuery)), merge_types("Mutation", MUTATIONS),
    mutation_budget=STOREFRONT_MUTATIONS,
)
