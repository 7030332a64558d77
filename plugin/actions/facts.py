"""Build the policy engine's facts from the mirrored order: a fixed number of queries per order."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from models.catalog import Product
from models.order import Fulfillment, FulfillmentLine, Order, OrderLine
from models.shop import Shop
from plugin.policy import LineFacts, OrderFacts, ShopFacts


def _latest(moments: list[datetime | None]) -> datetime | None:
    known = [m for m in moments if m is not None]
    return max(known) if known else None


async def order_facts(shop: Shop, order: Order) -> OrderFacts:
    lines = await OrderLine.filter(shop_id=shop.id, order_id=order.id).order_by("position", "id")
    product_ids = {line.product_id for line in lines if line.product_id}
    products = {p.id: p for p in await Product.filter(shop_id=shop.id, id__in=product_ids)} if product_ids else {}
    fulfillments = {
        f.id: f for f in await Fulfillment.filter(shop_id=shop.id, order_id=order.id).exclude(status__in=("cancelled", "failure", "error"))
    }
    shipped_units: dict[int, list[tuple[int, Fulfillment]]] = defaultdict(list)
    if fulfillments:
        for item in await FulfillmentLine.filter(shop_id=shop.id, fulfillment_id__in=list(fulfillments)):
            shipped_units[item.order_line_id].append((item.quantity, fulfillments[item.fulfillment_id]))
    facts = []
    for line in lines:
        if line.quantity - line.cancelled_quantity <= 0:
            continue  # cancelled on its own: nothing of it to return or cancel any more
        product = products.get(line.product_id)
        shipped = shipped_units.get(line.id, [])
        facts.append(
            LineFacts(
                line_id=str(line.id),
                title=line.title,
                sku=line.sku,
                product_type=product.product_type.lower() if product and product.product_type else None,
                tags=frozenset(product.tags) if product else frozenset(),
                quantity=line.quantity,
                fulfilled_quantity=min(line.quantity, sum(q for q, _ in shipped)),
                unit_price=line.unit_price,
                discount=line.discount,
                tax=line.tax,
                set_id=line.set_id,
                # A line split over parcels counts from its last one: the customer has it all only then.
                shipped_at=_latest([f.shipped_at for _, f in shipped]),
                delivered_at=_latest([f.delivered_at for _, f in shipped]) if all(f.delivered_at for _, f in shipped) else None,
                free_return_shipping=bool(product and product.free_return_shipping),
                non_returnable=bool(product and product.non_returnable),
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
        cancelled_at=order.cancelled_at,
        lines=tuple(facts),
        shop=ShopFacts(country=shop.country, timezone=shop.timezone, currency=shop.currency),
    )
