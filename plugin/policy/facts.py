"""The facts the policy engine decides on: plain, frozen values built by the database layer.

This module is the contract between `models`/`actions` and `policy`. The engine never reads a model
or the clock: everything it needs arrives here, so a decision can be replayed from stored facts.

Conventions: datetimes are timezone-aware; amounts are ``Decimal`` in the order's currency (never
float); tags are lower-case; country codes are ISO 3166-1 alpha-2, upper-case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import get_args

from models.enums import ReturnStatus
from plugin.policy.types import ReturnReason

# Return statuses (Shopify's, plus ON_HOLD for fraud review). Returns in these two statuses no
# longer hold any quantity and do not count as a "return on the order".
RETURN_STATUSES = frozenset(ReturnStatus)
INACTIVE_RETURN_STATUSES = frozenset({ReturnStatus.DECLINED, ReturnStatus.CANCELED})

RETURN_REASONS: tuple[str, ...] = get_args(ReturnReason)
RESOLUTIONS = ("REFUND", "EXCHANGE", "REPLACEMENT", "STORE_CREDIT")
SHIPPING_METHODS = ("PREPAID_LABEL", "CUSTOMER_SHIPPED")


@dataclass(frozen=True, slots=True)
class ShopFacts:
    country: str
    timezone: str
    currency: str


@dataclass(frozen=True, slots=True)
class LineFacts:
    line_id: str
    title: str
    sku: str | None
    product_type: str | None
    tags: frozenset[str]
    quantity: int
    fulfilled_quantity: int
    unit_price: Decimal
    discount: Decimal  # total for the line
    tax: Decimal  # total for the line
    set_id: str | None
    shipped_at: datetime | None
    delivered_at: datetime | None
    free_return_shipping: bool = False  # "unless otherwise specified on the product page"
    # When the customer confirmed the parcel(s) arrived (every shipment of the line tracked as
    # delivered or confirmed); counts as delivery when no carrier reported one.
    received_at: datetime | None = None
    non_returnable: bool = False  # the product carries a non-returnable mark


@dataclass(frozen=True, slots=True)
class OrderFacts:
    order_id: str
    name: str
    currency: str
    placed_at: datetime
    sales_channel: str
    shipping_country: str | None
    shipping_region: str | None
    subtotal: Decimal
    shipping_paid: Decimal
    free_shipping: bool
    total_paid: Decimal
    cancelled_at: datetime | None
    lines: tuple[LineFacts, ...]
    shop: ShopFacts
    # Units of the order currency per unit of the policy's currency, needed only when they differ
    # (fixed fees and credits are written in the shop currency).
    policy_to_order_rate: Decimal | None = None
    # What the platform actually captured of total_paid; None when it did not say (all of it).
    # Zero while a payment is only authorized, pending or voided: a cancellation voids it.
    captured: Decimal | None = None


@dataclass(frozen=True, slots=True)
class PriorReturn:
    return_id: str
    status: str
    created_at: datetime
    lines: tuple[tuple[str, int], ...]
    merchant_at_fault: bool
    instructions_sent_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReturnLineRequest:
    line_id: str
    quantity: int
    reason: str
    condition: frozenset[str]
    photos: int = 0
    # The merchant's own reason says whether it puts them at fault; None: the policy's fault reasons do.
    at_fault: bool | None = None


@dataclass(frozen=True, slots=True)
class ReturnRequestFacts:
    lines: tuple[ReturnLineRequest, ...]
    resolution: str
    shipping_method: str
    proof_of_purchase: bool
    # When the parcel has arrived, response and refund dates count from here instead of from an
    # estimate.
    received_at: datetime | None = None
    # When instructions were already sent (re-evaluating a stored request), the ship-by date
    # counts from here instead of from ``now``.
    instructions_sent_at: datetime | None = None
