"""Shopify-shaped payloads for the exchange tests: a product with Size x Color variants and stock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from plugin.api.ids import to_gid
from plugin.platform import shopify
from plugin.platform.catalog import upsert_product
from plugin.platform.orders import import_order

NOW = datetime.now(timezone.utc)
EMAIL = "robin@example.com"
SIZES = ("S", "M", "L")


def product_payload(pid="7001", *, updated_at=None, stock=None, prices=None, colours=("Black",), title="Linen Shirt") -> dict:
    """Shopify's products/update body (REST shape, API 2026-10): options, variants with option1..3,
    inventory_item_id and inventory_quantity. `stock`: {"S-Black": 3, ...} (default 5 each)."""
    stock = stock or {}
    prices = prices or {}
    variants = []
    for c, colour in enumerate(colours):
        for s, size in enumerate(SIZES):
            key = f"{size}-{colour}"
            vid = f"{pid}{c}{s}"
            variants.append({
                "id": int(vid), "product_id": int(pid), "title": f"{size} / {colour}", "price": prices.get(key, "40.00"),
                "sku": f"LS-{size}-{colour[:3].upper()}", "position": len(variants) + 1, "inventory_policy": "deny",
                "compare_at_price": None, "option1": size, "option2": colour, "option3": None,
                "created_at": (NOW - timedelta(days=60)).isoformat(), "updated_at": (NOW - timedelta(days=60)).isoformat(),
                "taxable": True, "barcode": None, "inventory_item_id": int(f"9{vid}"),
                "inventory_quantity": stock.get(key, 5), "old_inventory_quantity": stock.get(key, 5),
                "admin_graphql_api_id": f"gid://shopify/ProductVariant/{vid}",
            })
    return {
        "id": int(pid), "title": title, "body_html": "<p>Soft linen.</p>", "vendor": "Recourse Test", "product_type": "Shirts",
        "created_at": (NOW - timedelta(days=60)).isoformat(), "handle": "linen-shirt",
        "updated_at": (updated_at or NOW - timedelta(days=30)).isoformat(), "published_at": None, "template_suffix": None,
        "published_scope": "web", "tags": "", "status": "active", "admin_graphql_api_id": f"gid://shopify/Product/{pid}",
        "variants": variants,
        "options": [
            {"id": 1, "product_id": int(pid), "name": "Size", "position": 1, "values": list(SIZES)},
            {"id": 2, "product_id": int(pid), "name": "Color", "position": 2, "values": list(colours)},
        ],
        "images": [], "image": None,
    }


def inventory_level(inventory_item_id, available, *, location_id=655441491, updated_at=None) -> dict:
    """Shopify's inventory_levels/update body."""
    return {
        "inventory_item_id": inventory_item_id, "location_id": location_id, "available": available,
        "updated_at": (updated_at or NOW).isoformat(),
        "admin_graphql_api_id": f"gid://shopify/InventoryLevel/{location_id}?inventory_item_id={inventory_item_id}",
    }


async def shirt_order(shop, *, name="#1001", pid="7001", size_index=0, quantity=1, price="40.00", days_ago=5, stock=None,
                      prices=None, colours=("Black",)):
    """A delivered order of the shirt in size S (variant `<pid>00`), with the product's variants mirrored."""
    await upsert_product(shop, shopify.Product.model_validate(product_payload(pid, stock=stock, prices=prices, colours=colours)))
    placed = NOW - timedelta(days=days_ago + 4)
    vid = f"{pid}0{size_index}"
    payload = {
        "id": f"o{name}", "name": name, "email": EMAIL, "currency": shop.currency, "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": f"{Decimal(price) * quantity:.2f}", "total_price": f"{Decimal(price) * quantity + 5:.2f}",
        "shipping_lines": [{"price": "5.00"}], "shipping_address": {"country_code": "US", "province_code": "NY"},
        "customer": {"id": "c1", "email": EMAIL},
        "line_items": [{"id": f"{name}-l1", "product_id": pid, "variant_id": vid, "title": "Linen Shirt",
                        "variant_title": f"{SIZES[size_index]} / Black", "quantity": quantity, "price": price}],
        "fulfillments": [{
            "id": f"{name}-f1", "order_id": f"o{name}", "created_at": (placed + timedelta(days=1)).isoformat(),
            "updated_at": (NOW - timedelta(days=days_ago)).isoformat(), "shipment_status": "delivered",
            "delivered_at": (NOW - timedelta(days=days_ago)).isoformat(),
            "line_items": [{"id": f"{name}-l1", "quantity": quantity}],
        }],
    }
    order = (await import_order(shop, shopify.Order.model_validate(payload))).order
    line = (await order.lines.all())[0]
    return order, to_gid("OrderLine", line.id)
