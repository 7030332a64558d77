"""Build the policy engine's facts from the mirrored order: a fixed number of queries per order.

The reads are plain rows (`values`), not model objects: this runs on every eligibility answer,
and building model instances was a large part of its cost.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import datetime

from models.order import FulfillmentLine, Order, OrderLine
from models.shop import Shop
from plugin.policy import LineFacts, OrderFacts, ShopFacts

# Fulfillments that did not (or will not) reach the customer ship nothing.
NOT_SHIPPED = ("cancelled", "failure", "error")
_NO_TAGS: frozenset[str] = frozenset()


def _latest(moments: list[datetime | None]) -> datetime | None:
    known = [m for m in moments if m is not None]
    return max(known) if known else None


# What build_order_facts reads of each line (with its product), and of each shipped unit.
LINE_VALUES = ("id", "title", "sku", "product_id", "quantity", "cancelled_quantity", "unit_price", "discount", "tax", "set_id",
               "product__product_type", "product__tags", "product__free_return_shipping", "product__non_returnable")
SHIPMENT_VALUES = ("order_line_id", "quantity", "fulfillment__shipped_at", "fulfillment__delivered_at",
                   "fulfillment__received_at")


async def order_facts(shop: Shop, order: Order) -> OrderFacts:
    # Lines with their product in one statement: a line's product is always its own shop's (the
    # import links them within the shop), and the lines are filtered on the shop.
    lines = await OrderLine.filter(shop_id=shop.id, order_id=order.id).order_by("position", "id").values(*LINE_VALUES)
    # The units shipped per line, with their parcel's moments, in one statement.
    shipped_units: dict[int, list[tuple[int, datetime | None, datetime | None, datetime | None]]] = defaultdict(list)
    shipments = FulfillmentLine.filter(shop_id=shop.id, fulfillment__order_id=order.id).exclude(
        fulfillment__status__in=NOT_SHIPPED)
    for line_id, quantity, shipped_at, delivered_at, received_at in await shipments.values_list(*SHIPMENT_VALUES):
        shipped_units[line_id].append((quantity, shipped_at, delivered_at, received_at))
    return build_order_facts(shop, order, lines, shipped_units)


def build_order_facts(shop: Shop, order, lines: list[dict], shipped_units: dict) -> OrderFacts:
    """The engine's facts from rows already read: `lines` as LINE_VALUES, `shipped_units` by line
    as (quantity, shipped_at, delivered_at, received_at); `order` a model or anything with its attributes (the
    impact preview reads thousands of orders in bulk)."""
    facts = []
    for line in lines:
        if line["quantity"] - line["cancelled_quantity"] <= 0:
            continue  # cancelled on its own: nothing of it to return or cancel any more
        has_product = line["product_id"] is not None
        shipped = shipped_units.get(line["id"], ())
        product_type = line["product__product_type"]
        facts.append(
            LineFacts(
                line_id=str(line["id"]),
                title=line["title"],
                sku=line["sku"],
                product_type=product_type.lower() if product_type else None,
                tags=frozenset(line["product__tags"]) if has_product else _NO_TAGS,
                quantity=line["quantity"],
                fulfilled_quantity=min(line["quantity"], sum(q for q, _, _, _ in shipped)),
                unit_price=line["unit_price"],
                discount=line["discount"],
                tax=line["tax"],
                set_id=line["set_id"],
                # A line split over parcels counts from its last one: the customer has it all only then.
                shipped_at=_latest([s for _, s, _, _ in shipped]),
                delivered_at=_latest([d for _, _, d, _ in shipped]) if shipped and all(d for _, _, d, _ in shipped) else None,
                received_at=(
                    _latest([d or r for _, _, d, r in shipped]) if shipped and all(d or r for _, _, d, r in shipped) else None
                ),
                free_return_shipping=bool(has_product and line["product__free_return_shipping"]),
                non_returnable=bool(has_product and line["product__non_returnable"]),
            )
        )
    address = order.shipping_address or {}
    return OrderFacts(
        order_id=str(order.id),
        name=order.name,
        currency=order.currency,
        placed_at=order.placed_at,
        sales_channel=order.sales_channel,
        shipping_country=address.get("country_code"),
        shipping_region=address.get("province_code"),
        subtotal=order.subtotal,
        shipping_paid=order.shipping_paid,
        free_shipping=order.free_shipping,
        total_paid=order.total_paid,
        captured=order.captured,
        cancelled_at=order.cancelled_at,
        lines=tuple(facts),
        shop=ShopFacts(country=shop.country, timezone=shop.timezone, currency=shop.currency),
    )


class OrderReads:
    """One request's memory of the orders it read: each order's facts are built once and shared by
    every field that needs them (`cancellation` and `returnableLines` resolve concurrently).

    Only for reads: a request that changes an order builds fresh facts inside its transaction.
    """

    def __init__(self) -> None:
        self._facts: dict[int, asyncio.Future[OrderFacts]] = {}

    async def facts(self, shop: Shop, order: Order) -> OrderFacts:
        pending = self._facts.get(order.id)
        if pending is None:
            pending = self._facts[order.id] = asyncio.ensure_future(order_facts(shop, order))
        return await pending
