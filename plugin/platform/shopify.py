"""Shopify's webhook payloads (REST resource shapes) as validated input.

Only the fields Recourse mirrors are read; everything else is ignored. JSON numbers are parsed as
Decimal by the caller, so an amount is never a float even when a platform sends a bare number.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from plugin.values.money import MAX_AMOUNT, MoneyError, is_currency, parse_amount
from plugin.values.text import Text


def json_number(text: str) -> Decimal:
    """`parse_float` for json.loads: Decimal keeps amounts exact, but turning 1E+99999999 into an
    int takes minutes, so absurd magnitudes are refused here."""
    number = Decimal(text)
    if number.is_finite() and abs(number.adjusted()) > 100:
        raise ValueError(f"number {text[:32]} is out of range")
    return number


def _platform_id(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError("must be an integer or string id")
    text = str(value).strip()
    if not text or len(text) > 64 or "\x00" in text:
        raise ValueError("must be a non-empty id of at most 64 characters")
    return text


def _amount(value: Any) -> Decimal:
    if value is None or value == "":
        return Decimal(0)
    try:
        return parse_amount(value)
    except MoneyError as exc:
        raise ValueError(str(exc)) from None


def _timestamp(value: datetime) -> datetime:
    """In UTC, always: SQLite stores datetimes as text, and Tortoise's update() and filter() pass
    them with their own offset, so "19:03+00:00" < "16:20-05:00" would compare as text and fail.

    Year 1 or 9999 with an offset overflows on the way to UTC, and any date arithmetic on it
    (windows, deadlines) would overflow later; no real order is that old or that far ahead.
    """
    try:
        value = (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("must be a date between 1970 and 2999") from None
    if not 1970 <= value.year <= 2999:
        raise ValueError("must be a date between 1970 and 2999")
    return value


def _unique_ids(items: list) -> list:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ValueError(f"line item id {item.id} appears more than once")
        seen.add(item.id)
    return items


def _bounded_total(items: list, attribute: str) -> list:
    if sum((getattr(item, attribute) for item in items), Decimal(0)) > MAX_AMOUNT:
        raise ValueError("the total is out of range")
    return items


PlatformId = Annotated[str, BeforeValidator(_platform_id)]
Amount = Annotated[Decimal, BeforeValidator(_amount)]
Timestamp = Annotated[datetime, AfterValidator(_timestamp)]


class Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Address(Payload):
    first_name: Text(255) | None = None
    last_name: Text(255) | None = None
    name: Text(255) | None = None
    company: Text(255) | None = None
    address1: Text(255) | None = None
    address2: Text(255) | None = None
    city: Text(255) | None = None
    province_code: Text(16) | None = None
    zip: Text(32) | None = None
    country_code: Text(2) | None = None
    phone: Text(64) | None = None

    def stored(self) -> dict:
        return self.model_dump(exclude_none=True)


class Customer(Payload):
    id: PlatformId
    email: Text(320) | None = None
    phone: Text(64) | None = None
    first_name: Text(255) | None = None
    last_name: Text(255) | None = None
    locale: Text(16) | None = None
    updated_at: Timestamp | None = None


class AmountLine(Payload):
    amount: Amount = Decimal(0)


class TaxLine(Payload):
    price: Amount = Decimal(0)


class Property(Payload):
    name: Text(255)
    value: Text(1024) | None = None


class LineItem(Payload):
    id: PlatformId
    product_id: PlatformId | None = None
    variant_id: PlatformId | None = None
    sku: Text(255) | None = None
    title: Text(512)
    variant_title: Text(512) | None = None
    quantity: int = Field(ge=1, le=100_000, strict=True)  # a JSON integer: not true, "2" or 2.0
    price: Amount
    total_discount: Amount = Decimal(0)
    discount_allocations: Annotated[
        list[AmountLine], AfterValidator(lambda items: _bounded_total(items, "amount"))
    ] = Field(default_factory=list, max_length=100)
    tax_lines: Annotated[list[TaxLine], AfterValidator(lambda items: _bounded_total(items, "price"))] = Field(
        default_factory=list, max_length=100
    )
    properties: list[Property] = Field(default_factory=list, max_length=100)
    sales_line_item_group_id: PlatformId | None = None
    # What is left of the line after order edits, refunds and removals (null in older payloads).
    current_quantity: int | None = Field(None, ge=0, le=100_000, strict=True)

    @property
    def kept_quantity(self) -> int:
        return self.quantity if self.current_quantity is None else min(self.current_quantity, self.quantity)

    @property
    def discount(self) -> Decimal:
        if self.discount_allocations:
            return sum((a.amount for a in self.discount_allocations), Decimal(0))
        return self.total_discount

    @property
    def tax(self) -> Decimal:
        return sum((t.price for t in self.tax_lines), Decimal(0))

    @property
    def property_pairs(self) -> list[list[str | None]]:
        return [[prop.name, prop.value] for prop in self.properties]


class FulfillmentLineItem(Payload):
    id: PlatformId
    quantity: int = Field(ge=1, le=100_000, strict=True)  # a JSON integer: not true, "2" or 2.0


class Fulfillment(Payload):
    id: PlatformId
    order_id: PlatformId
    status: Text(32) = "success"
    shipment_status: Text(32) | None = None
    created_at: Timestamp
    updated_at: Timestamp
    delivered_at: Timestamp | None = None
    tracking_company: Text(255) | None = None
    tracking_number: Text(255) | None = None
    tracking_url: Text(1024) | None = None
    line_items: Annotated[list[FulfillmentLineItem], AfterValidator(_unique_ids)] = Field(
        default_factory=list, max_length=1000
    )

    @property
    def delivered(self) -> datetime | None:
        # Shopify marks delivery through shipment_status; the update's time is when it learned it.
        if self.delivered_at is not None:
            return self.delivered_at
        return self.updated_at if self.shipment_status == "delivered" else None


class ShippingLine(Payload):
    price: Amount = Decimal(0)
    discounted_price: Amount | None = None

    @property
    def paid(self) -> Decimal:
        return self.price if self.discounted_price is None else self.discounted_price


class Transaction(Payload):
    """A payment transaction: kind authorization, capture, sale, void or refund; status pending,
    failure, success or error."""

    id: PlatformId | None = None
    kind: Text(32)
    status: Text(32) | None = None
    amount: Amount = Decimal(0)
    currency: Text(3) | None = None


class RefundLineItem(Payload):
    id: PlatformId | None = None
    line_item_id: PlatformId
    quantity: int = Field(ge=0, le=100_000, strict=True)
    restock_type: Text(32) | None = None


# Money counts as moved once the platform says so, or while it is still trying.
_MOVED = ("success", "pending")


class Refund(Payload):
    """A refund made on the platform (the `refunds/create` body, and each of an order's `refunds[]`)."""

    id: PlatformId
    order_id: PlatformId
    created_at: Timestamp
    processed_at: Timestamp | None = None
    note: Text(10_000) | None = None
    refund_line_items: list[RefundLineItem] = Field(default_factory=list, max_length=1000)
    transactions: Annotated[list[Transaction], AfterValidator(lambda items: _bounded_total(items, "amount"))] = Field(
        default_factory=list, max_length=100
    )

    @property
    def amount(self) -> Decimal:
        """Money actually returned: refund transactions that succeeded (or are under way)."""
        return sum(
            (t.amount for t in self.transactions if t.kind == "refund" and (t.status or "success") in _MOVED),
            Decimal(0),
        )

    @property
    def lines(self) -> list[tuple[str, int]]:
        return sorted((item.line_item_id, item.quantity) for item in self.refund_line_items if item.quantity)


class ClientDetails(Payload):
    browser_ip: Text(64) | None = None


class Order(Payload):
    id: PlatformId
    name: Text(64, min_length=1)
    email: Text(320) | None = None
    contact_email: Text(320) | None = None
    phone: Text(64) | None = None
    currency: Text(3)
    source_name: Text(64) | None = "web"
    created_at: Timestamp
    updated_at: Timestamp
    processed_at: Timestamp | None = None
    cancelled_at: Timestamp | None = None
    cancel_reason: Text(64) | None = None
    financial_status: Text(32) | None = None
    subtotal_price: Amount
    total_price: Amount
    total_outstanding: Amount | None = None
    total_tax: Amount = Decimal(0)
    total_discounts: Amount = Decimal(0)
    shipping_lines: list[ShippingLine] = Field(default_factory=list, max_length=50)
    billing_address: Address | None = None
    shipping_address: Address | None = None
    browser_ip: Text(64) | None = None
    client_details: ClientDetails | None = None
    customer: Customer | None = None
    line_items: Annotated[list[LineItem], AfterValidator(_unique_ids)] = Field(min_length=1, max_length=1000)
    fulfillments: list[Fulfillment] = Field(default_factory=list, max_length=1000)
    refunds: list[Refund] = Field(default_factory=list, max_length=1000)

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, value: str) -> str:
        if not is_currency(value):
            raise ValueError("must be an ISO 4217 currency code")
        return value

    @property
    def shipping_paid(self) -> Decimal:
        return sum((s.paid for s in self.shipping_lines), Decimal(0))

    @property
    def free_shipping(self) -> bool:
        # Free when something had to ship and nothing was charged for it.
        return self.shipping_address is not None and self.shipping_paid == 0

    @property
    def ip(self) -> str | None:
        return self.browser_ip or (self.client_details.browser_ip if self.client_details else None)

    @property
    def placed_at(self) -> datetime:
        return self.processed_at or self.created_at

    @property
    def captured(self) -> Decimal | None:
        """Money the platform actually took, before refunds; None when it does not say.

        Shopify's `financial_status`: pending, authorized (held, not taken), voided and expired mean
        nothing was captured; partially_paid means the total less what is outstanding; paid,
        partially_refunded and refunded mean the whole total (refunds are counted separately).
        """
        status = (self.financial_status or "").lower()
        if status in ("pending", "authorized", "voided", "expired"):
            return Decimal(0)
        if status == "partially_paid":
            outstanding = self.total_outstanding or Decimal(0)
            return max(Decimal(0), self.total_price - outstanding)
        if status in ("paid", "partially_refunded", "refunded"):
            return self.total_price
        return None


class ProductOption(Payload):
    """One of a product's options (Size, Color, ...): a variant's option1..3 are its values, in
    `position` order."""

    name: Text(255)
    position: int = Field(1, ge=1, le=3)


class Variant(Payload):
    """A product's variant as the products/* webhooks and the REST product resource carry it.

    `inventory_quantity` is the variant's available units summed over locations; newer payloads drop
    `inventory_management` (tracked unless it says otherwise: "shopify" or a fulfillment service
    tracks, null does not)."""

    id: PlatformId
    title: Text(512) = ""
    sku: Text(255) | None = None
    price: Amount = Decimal(0)
    position: int = Field(1, ge=0, le=100_000)
    option1: Text(255) | None = None
    option2: Text(255) | None = None
    option3: Text(255) | None = None
    inventory_item_id: PlatformId | None = None
    inventory_quantity: int | None = Field(None, ge=-1_000_000, le=100_000_000, strict=True)
    inventory_policy: Text(16) | None = "deny"
    inventory_management: Text(64) | None = "shopify"
    updated_at: Timestamp | None = None

    @property
    def tracked(self) -> bool:
        return self.inventory_management is not None

    def option_values(self, options: list[ProductOption]) -> list[dict]:
        values = (self.option1, self.option2, self.option3)
        named = sorted(options, key=lambda o: o.position)
        out = []
        for index, value in enumerate(values):
            if value is None:
                continue
            name = named[index].name if index < len(named) else f"Option {index + 1}"
            out.append({"name": name, "value": value})
        return out


class Product(Payload):
    id: PlatformId
    title: Text(512)
    product_type: Text(255) | None = None
    vendor: Text(255) | None = None
    tags: Text(10_000) | list[Text(255)] = ""
    updated_at: Timestamp
    options: list[ProductOption] = Field(default_factory=list, max_length=3)
    # None: the payload did not list variants (an older or trimmed payload): the mirror keeps its own.
    variants: Annotated[list[Variant], AfterValidator(_unique_ids)] | None = Field(None, max_length=2_048)

    @property
    def tag_list(self) -> list[str]:
        raw = self.tags.split(",") if isinstance(self.tags, str) else self.tags
        return sorted({t.strip().lower() for t in raw if t.strip()})

    @property
    def free_return_shipping(self) -> bool:
        return "free-return-shipping" in self.tag_list

    @property
    def non_returnable(self) -> bool:
        return "non-returnable" in self.tag_list


class InventoryLevel(Payload):
    """inventory_levels/update: the units available of one inventory item (one variant) at one
    location. `available` is null when the item is not tracked there."""

    inventory_item_id: PlatformId
    location_id: PlatformId
    available: int | None = Field(None, ge=-1_000_000, le=100_000_000, strict=True)
    updated_at: Timestamp


# --- the mandatory privacy topics and app/uninstalled ------------------------------------------


class PrivacyCustomer(Payload):
    id: PlatformId | None = None
    email: Text(320) | None = None
    phone: Text(64) | None = None


class DataRequest(Payload):
    id: PlatformId | None = None


class CustomersDataRequest(Payload):
    """customers/data_request: the customer asked the shop for their data."""

    shop_domain: Text(255) | None = None
    customer: PrivacyCustomer
    orders_requested: list[PlatformId] = Field(default_factory=list, max_length=10_000)
    data_request: DataRequest | None = None


class CustomersRedact(Payload):
    """customers/redact: erase the customer (10 days after the request, unless orders forbid it)."""

    shop_domain: Text(255) | None = None
    customer: PrivacyCustomer
    orders_to_redact: list[PlatformId] = Field(default_factory=list, max_length=10_000)


class ShopRedact(Payload):
    """shop/redact: 48 hours after uninstalling, erase everything of the shop."""

    shop_domain: Text(255) | None = None


class AppUninstalled(Payload):
    """app/uninstalled: the shop object; nothing in it is needed beyond the signed domain header."""

    domain: Text(255) | None = None
