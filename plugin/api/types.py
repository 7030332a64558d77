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
from plugin.api.row_fields import from_row


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

    domain = from_row("domain", str)
    name = from_row("name", str)
    currency_code = from_row("currency", str)
    country_code = from_row("country", str)
    timezone = from_row("timezone", str)
    locale = from_row("locale", str)
    support_email = from_row("support_email", str | None)
    phone = from_row("phone", str | None, description="Customer support phone number, as customers should dial it.")
    postal_address = from_row("postal_address", str | None, description="The shop's postal address, on one line.")
    opening_hours = from_row("opening_hours", str | None, description="When customer support answers, e.g. 9:00am EST to 5:00pm EST.")


@strawberry.type(name="Product")
class ProductType(Node):
    row: strawberry.Private[catalog.Product]

    title = from_row("title", str)
    product_type = from_row("product_type", str | None)
    vendor = from_row("vendor", str | None)

    @strawberry.field
    def tags(self) -> list[str]:
        return list(self.row.tags)


@strawberry.type(name="Customer")
class CustomerType(Node):
    row: strawberry.Private[customer.Customer]

    email = from_row("email", str | None)
    phone = from_row("phone", str | None)
    first_name = from_row("first_name", str | None)
    last_name = from_row("last_name", str | None)


@strawberry.type(name="OrderLine")
class OrderLineType(Node):
    row: strawberry.Private[order.OrderLine]
    currency: strawberry.Private[str]

    title = from_row("title", str)
    variant_title = from_row("variant_title", str | None)
    sku = from_row("sku", str | None)
    quantity = from_row("quantity", int)

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

    set_id = from_row("set_id", str | None, description="Lines of one set or bundle share this id.")

    @strawberry.field
    async def product(self, info: Info) -> ProductType | None:
        if self.row.product_id is None:
            return None
        row = await info.context.loaders.product.load(self.row.product_id)
        return ProductType(row=row) if row else None

    @strawberry.field(description="Handles of the shop's returnReasons that fit this item's product type (sizing for "
                      "apparel, defective for electronics, or as the merchant set), like Shopify's "
                      "suggestedReturnReasonDefinitions.")
    async def suggested_return_reasons(self, info: Info) -> list[str]:
        product = await info.context.loaders.product.load(self.row.product_id) if self.row.product_id else None
        kind = product.product_type if product else None
        reasons = await info.context.loaders.reasons.load(self.row.shop_id)
        return [reason.handle for reason in reasons if not reason.retired and reason.suggested_for(kind)]


@strawberry.type
class FulfillmentLineItem:
    row: strawberry.Private[order.FulfillmentLine]
    currency: strawberry.Private[str]

    quantity = from_row("quantity", int)

    @strawberry.field
    async def line(self, info: Info) -> OrderLineType:
        row = await info.context.loaders.line.load(self.row.order_line_id)
        return OrderLineType(row=row, currency=self.currency)


@strawberry.type(name="Fulfillment")
class FulfillmentType(Node):
    row: strawberry.Private[order.Fulfillment]
    currency: strawberry.Private[str]

    status = from_row("status", FulfillmentStatus)
    shipment_status = from_row("shipment_status", str | None)
    tracking_company = from_row("tracking_company", str | None)
    tracking_number = from_row("tracking_number", str | None)
    tracking_url = from_row("tracking_url", str | None)
    shipped_at = from_row("shipped_at", datetime | None)
    delivered_at = from_row("delivered_at", datetime | None, description="When the carrier reported delivery; empty for untracked parcels.")
    received_at = from_row("received_at", datetime | None, description="When the customer confirmed the parcel arrived.")

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

    name = from_row("name", str)
    email = from_row("email", str | None)
    currency_code = from_row("currency", str)
    placed_at = from_row("placed_at", datetime)
    cancelled_at = from_row("cancelled_at", datetime | None)

    @strawberry.field
    def cancel_reason(self) -> OrderCancelReason | None:
        # Stored as the platform spells it (lower case); an unknown word reads as OTHER.
        reason = self.row.cancel_reason
        return None if reason is None else OrderCancelReason.__members__.get(reason.upper(), OrderCancelReason.OTHER)

    financial_status = from_row("financial_status", str | None)

    @strawberry.field
    def subtotal(self) -> Money:
        return self._money(self.row.subtotal)

    @strawberry.field
    def shipping_paid(self) -> Money:
        return self._money(self.row.shipping_paid)

    free_shipping = from_row("free_shipping", bool, description="True when something shipped and nothing was charged for it.")

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
