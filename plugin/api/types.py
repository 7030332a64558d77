"""GraphQL types shared by the admin and storefront schemas.

Each wraps a model row (kept private) and resolves relations through the request's loaders.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry.types import Info

from models import catalog, customer, order, shop
from plugin.actions.decisions import cancellation_eligibility, line_eligibility
from plugin.actions.errors import ActionError
from plugin.api.errors import ApiError
from plugin.api.enums import FulfillmentStatus, OrderCancelReason
from plugin.api.ids import to_gid
from plugin.api.money import Money
from plugin.api.policy_types import CancellationEligibility, ReturnableLine


@strawberry.interface(description="An object with a global ID (gid://recourse/Type/123).")
class Node:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_gid(type(self).graphql_name(), self.row.id))  # type: ignore[attr-defined]

    @classmethod
    def graphql_name(cls) -> str:
        return cls.__strawberry_definition__.name  # type: ignore[attr-defined]


@strawberry.type
class Address:
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    province_code: str | None = None
    zip: str | None = None
    country_code: str | None = None
    phone: str | None = None

    @classmethod
    def from_json(cls, data: dict | None) -> Address | None:
        if not data:
            return None
        return cls(**{k: v for k, v in data.items() if k in cls.__annotations__})


@strawberry.type(name="Shop")
class ShopType(Node):
    row: strawberry.Private[shop.Shop]

    @strawberry.field
    def domain(self) -> str:
        return self.row.domain

    @strawberry.field
    def name(self) -> str:
        return self.row.name

    @strawberry.field
    def currency_code(self) -> str:
        return self.row.currency

    @strawberry.field
    def country_code(self) -> str:
        return self.row.country

    @strawberry.field
    def timezone(self) -> str:
        return self.row.timezone

    @strawberry.field
    def locale(self) -> str:
        return self.row.locale

    @strawberry.field
    def support_email(self) -> str | None:
        return self.row.support_email

    @strawberry.field(description="Customer support phone number, as customers should dial it.")
    def phone(self) -> str | None:
        return self.row.phone

    @strawberry.field(description="The shop's postal address, on one line.")
    def postal_address(self) -> str | None:
        return self.row.postal_address

    @strawberry.field(description="When customer support answers, e.g. 9:00am EST to 5:00pm EST.")
    def opening_hours(self) -> str | None:
        return self.row.opening_hours


@strawberry.type(name="Product")
class ProductType(Node):
    row: strawberry.Private[catalog.Product]

    @strawberry.field
    def title(self) -> str:
        return self.row.title

    @strawberry.field
    def product_type(self) -> str | None:
        return self.row.product_type

    @strawberry.field
    def vendor(self) -> str | None:
        return self.row.vendor

    @strawberry.field
    def tags(self) -> list[str]:
        return list(self.row.tags)


@strawberry.type(name="Customer")
class CustomerType(Node):
    row: strawberry.Private[customer.Customer]

    @strawberry.field
    def email(self) -> str | None:
        return self.row.email

    @strawberry.field
    def phone(self) -> str | None:
        return self.row.phone

    @strawberry.field
    def first_name(self) -> str | None:
        return self.row.first_name

    @strawberry.field
    def last_name(self) -> str | None:
        return self.row.last_name


@strawberry.type(name="OrderLine")
class OrderLineType(Node):
    row: strawberry.Private[order.OrderLine]
    currency: strawberry.Private[str]

    @strawberry.field
    def title(self) -> str:
        return self.row.title

    @strawberry.field
    def variant_title(self) -> str | None:
        return self.row.variant_title

    @strawberry.field
    def sku(self) -> str | None:
        return self.row.sku

    @strawberry.field
    def quantity(self) -> int:
        return self.row.quantity

    @strawberry.field(description="Price of one unit before discounts and taxes.")
    def unit_price(self) -> Money:
        return Money.of(self.row.unit_price, self.currency)

    @strawberry.field(description="Discounts allocated to this line, all units together.")
    def discount(self) -> Money:
        return Money.of(self.row.discount, self.currency)

    @strawberry.field(description="Taxes charged on this line, all units together.")
    def tax(self) -> Money:
        return Money.of(self.row.tax, self.currency)

    @strawberry.field(description="The line names a product Recourse has never seen (not imported, no products/* "
                      "webhook yet): its tags, exclusions and free-return flags are unknown.")
    def unknown_product(self) -> bool:
        return self.row.product_id is None and self.row.product_platform_id is not None

    @strawberry.field(description="Lines of one set or bundle share this id.")
    def set_id(self) -> str | None:
        return self.row.set_id

    @strawberry.field
    async def product(self, info: Info) -> ProductType | None:
        if self.row.product_id is None:
            return None
        row = await info.context.loaders.product.load(self.row.product_id)
        return ProductType(row=row) if row else None


@strawberry.type
class FulfillmentLineItem:
    row: strawberry.Private[order.FulfillmentLine]
    currency: strawberry.Private[str]

    @strawberry.field
    def quantity(self) -> int:
        return self.row.quantity

    @strawberry.field
    async def line(self, info: Info) -> OrderLineType:
        row = await info.context.loaders.line.load(self.row.order_line_id)
        return OrderLineType(row=row, currency=self.currency)


@strawberry.type(name="Fulfillment")
class FulfillmentType(Node):
    row: strawberry.Private[order.Fulfillment]
    currency: strawberry.Private[str]

    @strawberry.field
    def status(self) -> FulfillmentStatus:
        return self.row.status

    @strawberry.field
    def shipment_status(self) -> str | None:
        return self.row.shipment_status

    @strawberry.field
    def tracking_company(self) -> str | None:
        return self.row.tracking_company

    @strawberry.field
    def tracking_number(self) -> str | None:
        return self.row.tracking_number

    @strawberry.field
    def tracking_url(self) -> str | None:
        return self.row.tracking_url

    @strawberry.field
    def shipped_at(self) -> datetime | None:
        return self.row.shipped_at

    @strawberry.field(description="When the carrier reported delivery; empty for untracked parcels.")
    def delivered_at(self) -> datetime | None:
        return self.row.delivered_at

    @strawberry.field(description="When the customer confirmed the parcel arrived.")
    def received_at(self) -> datetime | None:
        return self.row.received_at

    @strawberry.field
    async def lines(self, info: Info) -> list[FulfillmentLineItem]:
        rows = await info.context.loaders.lines_by_fulfillment.load(self.row.id)
        return [FulfillmentLineItem(row=row, currency=self.currency) for row in rows]


@strawberry.type
class OrderFields(Node):
    """What both APIs show of an order; the admin's Order adds staff-only fields."""

    row: strawberry.Private[order.Order]
    # The order's lines, when a list read them with its page (plugin.api.admin.order_page); else the loader reads them.
    read_lines: strawberry.Private[list[OrderLineType] | None] = None

    def _money(self, amount: Decimal) -> Money:
        return Money.of(amount, self.row.currency)

    @strawberry.field
    def name(self) -> str:
        return self.row.name

    @strawberry.field
    def email(self) -> str | None:
        return self.row.email

    @strawberry.field
    def currency_code(self) -> str:
        return self.row.currency

    @strawberry.field
    def placed_at(self) -> datetime:
        return self.row.placed_at

    @strawberry.field
    def cancelled_at(self) -> datetime | None:
        return self.row.cancelled_at

    @strawberry.field
    def cancel_reason(self) -> OrderCancelReason | None:
        # Stored as the platform spells it (lower case); an unknown word reads as OTHER.
        reason = self.row.cancel_reason
        return None if reason is None else OrderCancelReason.__members__.get(reason.upper(), OrderCancelReason.OTHER)

    @strawberry.field
    def financial_status(self) -> str | None:
        return self.row.financial_status

    @strawberry.field
    def subtotal(self) -> Money:
        return self._money(self.row.subtotal)

    @strawberry.field
    def shipping_paid(self) -> Money:
        return self._money(self.row.shipping_paid)

    @strawberry.field(description="True when something shipped and nothing was charged for it.")
    def free_shipping(self) -> bool:
        return self.row.free_shipping

    @strawberry.field
    def discounts(self) -> Money:
        return self._money(self.row.discounts)

    @strawberry.field
    def taxes(self) -> Money:
        return self._money(self.row.taxes)

    @strawberry.field
    def total_paid(self) -> Money:
        return self._money(self.row.total_paid)

    @strawberry.field
    def shipping_address(self) -> Address | None:
        return Address.from_json(self.row.shipping_address)

    @strawberry.field
    def lines(self, info: Info) -> list[OrderLineType]:
        # Not async: lines read with the page are answered at once, without an awaited resolver per
        # row; otherwise the loader's coroutine is returned, and GraphQL awaits it.
        if self.read_lines is not None:
            return self.read_lines
        return self._load_lines(info)

    async def _load_lines(self, info: Info) -> list[OrderLineType]:
        rows = await info.context.loaders.lines_by_order.load(self.row.id)
        return [OrderLineType(row=row, currency=self.row.currency) for row in rows]

    @strawberry.field
    async def fulfillments(self, info: Info) -> list[FulfillmentType]:
        rows = await info.context.loaders.fulfillments_by_order.load(self.row.id)
        return [FulfillmentType(row=row, currency=self.row.currency) for row in rows]

    @strawberry.field(description="Whether the order may be cancelled now, and what it would refund.")
    async def cancellation(self, info: Info) -> CancellationEligibility:
        try:
            return CancellationEligibility.of(await cancellation_eligibility(info.context.shop, self.row, reads=info.context.reads))
        except ActionError as exc:
            raise ApiError(exc.message, exc.code) from None

    @strawberry.field(description="Per line: how many units may be returned now, until when, and if not, why.")
    async def returnable_lines(self, info: Info) -> list[ReturnableLine]:
        try:
            return [ReturnableLine.of(e) for e in await line_eligibility(info.context.shop, self.row, reads=info.context.reads)]
        except ActionError as exc:
            raise ApiError(exc.message, exc.code) from None
