"""Build the policy engine's facts from the mirrored order: a fixed number of queries per order.

The reads are plain rows in one hand-written statement (plugin.statements), not model objects or
Tortoise queries: this runs on every eligibility answer, and building model instances, then
building the queries, was a large part of its cost.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import datetime

from models.catalog import Product
from models.order import Fulfillment, Order, OrderLine
from models.shop import Shop
from plugin.policy import LineFacts, OrderFacts, ShopFacts
from plugin.statements import Statement, in_list

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


# An order's lines with their product and the units each shipped, in one statement: one row per line
# and parcel it went out in (a line not shipped yet has one row, its shipment columns null). A line's
# product is always its own shop's (the import links them within the shop), and the lines are
# filtered on the shop; fulfillments that did not reach the customer are left out of the join.
_LINES_AND_SHIPMENTS = Statement(
    f"""SELECT l.id, l.title, l.sku, l.product_id, l.quantity, l.cancelled_quantity, l.unit_price, l.discount,
               l.tax, l.set_id, p.product_type AS product__product_type, p.tags AS product__tags,
               p.free_return_shipping AS product__free_return_shipping, p.non_returnable AS product__non_returnable,
               s.quantity AS shipped_quantity, s.shipped_at, s.delivered_at, s.received_at
          FROM order_line l
          LEFT JOIN product p ON p.id = l.product_id
          LEFT JOIN (SELECT fl.order_line_id, fl.quantity, f.shipped_at, f.delivered_at, f.received_at
                       FROM fulfillment f JOIN fulfillment_line fl ON fl.fulfillment_id = f.id
                      WHERE f.shop_id = $1 AND f.order_id = $2 AND f.status NOT IN ({in_list(NOT_SHIPPED)})) s
            ON s.order_line_id = l.id
         WHERE l.shop_id = $1 AND l.order_id = $2
         ORDER BY l.position, l.id""",
    {
        **{name: (OrderLine, name) for name in ("unit_price", "discount", "tax")},
        "product__tags": (Product, "tags"),
        "product__free_return_shipping": (Product, "free_return_shipping"),
        "product__non_returnable": (Product, "non_returnable"),
        **{name: (Fulfillment, name) for name in ("shipped_at", "delivered_at", "received_at")},
    },
)


async def order_facts(shop: Shop, order: Order) -> OrderFacts:
    lines: list[dict] = []
    shipped_units: dict[int, list[tuple[int, datetime | None, datetime | None, datetime | None]]] = defaultdict(list)
    for row in await _LINES_AND_SHIPMENTS.rows((shop.id, order.id)):
        if not lines or lines[-1]["id"] != row["id"]:  # rows come by line, a line's parcels together
            lines.append(row)
        if row["shipped_quantity"] is not None:
            shipped_units[row["id"]].append(
                (row["shipped_quantity"], row["shipped_at"], row["delivered_at"], row["received_at"]))
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
