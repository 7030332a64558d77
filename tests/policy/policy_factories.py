"""Builders for order facts in policy tests: sensible defaults, override what the test is about."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import get_args
from zoneinfo import ZoneInfo

from plugin.policy.facts import (
    LineFacts,
    OrderFacts,
    PriorReturn,
    ReturnLineRequest,
    ReturnRequestFacts,
    ShopFacts,
)
from plugin.policy.types import ConditionItem

NY = ZoneInfo("America/New_York")
SHOP = ShopFacts(country="US", timezone="America/New_York", currency="USD")

ALL_CONDITIONS = frozenset(get_args(ConditionItem))


def ny(*args: int) -> datetime:
    """A moment on the shop's (New York) clock."""
    return datetime(*args, tzinfo=NY)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def line(
    line_id: str = "L1",
    *,
    price: str = "40.00",
    quantity: int = 1,
    fulfilled: int | None = None,
    discount: str = "0",
    tax: str = "0",
    tags: tuple[str, ...] = (),
    product_type: str | None = "Dress",
    set_id: str | None = None,
    shipped_at: datetime | None = None,
    delivered_at: datetime | None = None,
    free_return_shipping: bool = False,
    non_returnable: bool = False,
    title: str | None = None,
) -> LineFacts:
    return LineFacts(
        line_id=line_id,
        title=title or f"Item {line_id}",
        sku=f"SKU-{line_id}",
        product_type=product_type,
        tags=frozenset(t.lower() for t in tags),
        quantity=quantity,
        fulfilled_quantity=quantity if fulfilled is None else fulfilled,
        unit_price=Decimal(price),
        discount=Decimal(discount),
        tax=Decimal(tax),
        set_id=set_id,
        shipped_at=shipped_at,
        delivered_at=delivered_at,
        free_return_shipping=free_return_shipping,
        non_returnable=non_returnable,
    )


def order(
    *lines: LineFacts,
    placed_at: datetime | None = None,
    channel: str = "web",
    country: str | None = "US",
    shipping_paid: str = "0",
    free_shipping: bool = False,
    cancelled_at: datetime | None = None,
    currency: str = "USD",
    shop: ShopFacts = SHOP,
) -> OrderFacts:
    lines = lines or (line(),)
    subtotal = sum((l.unit_price * l.quantity - l.discount for l in lines), Decimal(0))
    tax = sum((l.tax for l in lines), Decimal(0))
    return OrderFacts(
        order_id="O1",
        name="#1001",
        currency=currency,
        placed_at=placed_at or ny(2026, 3, 1, 10, 0),
        sales_channel=channel,
        shipping_country=country,
        shipping_region=None,
        subtotal=subtotal,
        shipping_paid=Decimal(shipping_paid),
        free_shipping=free_shipping,
        total_paid=subtotal + tax + Decimal(shipping_paid),
        cancelled_at=cancelled_at,
        lines=tuple(lines),
        shop=shop,
    )


def ask(
    line_id: str = "L1",
    quantity: int = 1,
    reason: str = "UNWANTED",
    condition: frozenset[str] = ALL_CONDITIONS,
    photos: int = 0,
) -> ReturnLineRequest:
    return ReturnLineRequest(line_id, quantity, reason, condition, photos)


def request(
    *lines: ReturnLineRequest,
    resolution: str = "REFUND",
    method: str = "CUSTOMER_SHIPPED",
    proof: bool = True,
    received_at: datetime | None = None,
) -> ReturnRequestFacts:
    return ReturnRequestFacts(
        lines=tuple(lines) or (ask(),),
        resolution=resolution,
        shipping_method=method,
        proof_of_purchase=proof,
        received_at=received_at,
    )


def prior(
    *lines: tuple[str, int],
    status: str = "CLOSED",
    fault: bool = False,
    return_id: str = "R1",
) -> PriorReturn:
    return PriorReturn(
        return_id=return_id,
        status=status,
        created_at=ny(2026, 3, 5),
        lines=tuple(lines),
        merchant_at_fault=fault,
    )


def codes(decision) -> set[str]:
    """Every refusal code in a return decision, order-level and per line."""
    return {r.code for r in decision.all_reasons()}
