"""Build the policy engine's facts from the mirrored order: a fixed number of queries per order.

The reads are plain rows in one hand-written statement (plugin.store.statements), not model objects or
Tortoise queries: this runs on every eligibility answer, and building model instances, then
building the queries, was a large part of its cost.
"""

from __future__ import annotations

import asyncio
import functools
from collections import defaultdict
from datetime import datetime

from models.enums import FulfillmentStatus
from models.catalog import Product
from models.order import Fulfillment, Order, OrderLine
from models.shop import Shop
from plugin.policy import LineFacts, OrderFacts, ShopFacts
from plugin.store.statements import Statement, columns, in_list

# Fulfillments that did not (or will not) reach the customer ship nothing.
NOT_SHIPPED = (FulfillmentStatus.CANCELLED, FulfillmentStatus.FAILURE, FulfillmentStatus.ERROR)
_NO_TAGS: frozenset[str] = frozenset()


def _latest(moments: list[datetime | None]) -> datetime | None:
    known = [m for m in moments if m is not None]
    return max(known) if known else None


# What build_order_facts reads of each line (with its product), and of each shipped unit.
LINE_VALUES = ("id", "title", "sku", "product_id", "quantity", "cancelled_quantity", "unit_price", "discount", "tax", "set_id",
               "product__product_type", "product__tags", "product__free_return_shipping", "product__non_returnable")
SHIPMENT_VALUES = ("order_line_id", "quantity", "fulfillment__shipped_at", "fulfillment__delivered_at",
                   "fulfillment__received_at")


# An order's lines with their product and the units each shipped: one row per line and parcel it
# went out in (a line not shipped yet has one row, its shipment columns null). A line's product is
# always its own shop's (the import links them within the shop), and the lines are filtered on the
# shop; fulfillments that did not reach the customer are left out of the join. `order_id` is the SQL
# that names the order ($2 for a known id; the guest lookup's own subquery below).
_LINE_COLUMNS = """l.id, l.title, l.sku, l.product_id, l.quantity, l.cancelled_quantity, l.unit_price, l.discount,
       l.tax, l.set_id, p.product_type AS product__product_type, p.tags AS product__tags,
       p.free_return_shipping AS product__free_return_shipping, p.non_returnable AS product__non_returnable,
       s.quantity AS shipped_quantity, s.shipped_at, s.delivered_at, s.received_at"""


def _lines_joined(order_id: str) -> str:
    return f"""LEFT JOIN product p ON p.id = l.product_id
  LEFT JOIN (SELECT fl.order_line_id, fl.quantity, f.shipped_at, f.delivered_at, f.received_at
               FROM fulfillment f JOIN fulfillment_line fl ON fl.fulfillment_id = f.id
              WHERE f.shop_id = $1 AND f.order_id = {order_id} AND f.status NOT IN ({in_list(NOT_SHIPPED)})) s
    ON s.order_line_id = l.id"""


_LINES_AND_SHIPMENTS = Statement(
    f"""SELECT {_LINE_COLUMNS}
  FROM order_line l
  {_lines_joined("$2")}
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


# The guest's lookup by order name and email with the order's lines and shipments, in one statement:
# the order's columns (as `o__<column>`) on every row, then _LINES_AND_SHIPMENTS' columns; an order
# with no lines has one row, its line columns null. Saves eligibility one of its three statements.
@functools.cache
def _order_with_lines_statement() -> Statement:
    # Written when first used: the order's column list is known once Tortoise has set the model up.
    order_columns = ", ".join(f'o."{c}" AS "o__{c}"' for c in Order._meta.db_fields)
    return Statement(
        f"""WITH o AS (SELECT {columns(Order)} FROM "order" WHERE shop_id = $1 AND name = $2 AND email = $3 LIMIT 1)
SELECT {order_columns},
       {_LINE_COLUMNS}
  FROM o
  LEFT JOIN order_line l ON l.shop_id = $1 AND l.order_id = o.id
  {_lines_joined("(SELECT id FROM o)")}
 ORDER BY l.position, l.id""",
        _LINES_AND_SHIPMENTS.fields,
    )


async def order_with_lines(shop: Shop, name: str, email: str, reads: OrderReads) -> Order | None:
    """The shop's order of that name and email, or None; its lines and shipments go to `reads`, so
    the fields that decide on the order build its facts without reading them again."""
    rows = await _order_with_lines_statement().rows((shop.id, name, email))
    if not rows:
        return None
    first = rows[0]
    order = Order._init_from_db(**{column: first[f"o__{column}"] for column in Order._meta.db_fields})
    reads.read_with_order(order, [row for row in rows if row["id"] is not None])
    return order


async def order_facts(shop: Shop, order: Order) -> OrderFacts:
    return build_order_facts(shop, order, *lines_and_shipments(await _LINES_AND_SHIPMENTS.rows((shop.id, order.id))))


def lines_and_shipments(rows: list[dict]) -> tuple[list[dict], dict]:
    """Rows of _LINES_AND_SHIPMENTS (or of the guest lookup's statement, which reads the same
    columns) as build_order_facts takes them: the lines, and each line's shipped units."""
    lines: list[dict] = []
    shipped_units: dict[int, list[tuple[int, datetime | None, datetime | None, datetime | None]]] = defaultdict(list)
    for row in rows:
        if not lines or lines[-1]["id"] != row["id"]:  # rows come by line, a line's parcels together
            lines.append(row)
        if row["shipped_quantity"] is not None:
            shipped_units[row["id"]].append(
                (row["shipped_quantity"], row["shipped_at"], row["delivered_at"], row["received_at"]))
    return lines, shipped_units


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
        self._rows: dict[int, tuple[list[dict], dict]] = {}

    def read_with_order(self, order: Order, rows: list[dict]) -> None:
        """The order's lines and shipments, read in the same statement as the order itself (the
        guest's lookup): its facts are built from them, if a field asks, with no statement of their own."""
        self._rows[order.id] = lines_and_shipments(rows)

    async def facts(self, shop: Shop, order: Order) -> OrderFacts:
        pending = self._facts.get(order.id)
        if pending is None:
            read = self._rows.pop(order.id, None)
            if read is not None:
                pending = asyncio.get_running_loop().create_future()
                pending.set_result(build_order_facts(shop, order, *read))
            else:
                pending = asyncio.ensure_future(order_facts(shop, order))
            self._facts[order.id] = pending
        return await pending
