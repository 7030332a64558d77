"""Demo data for a first look: the three seed stores with products, customers and ~50 orders each.

Everything goes in through the same paths as real platform data (Shopify-shaped payloads into the
import actions), so the demo exercises what production does. A fixed random seed keeps it stable.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from models.shop import Shop
from plugin.platform import shopify
from plugin.platform.catalog import upsert_product
from plugin.platform.orders import import_order
from plugin.actions.policy import apply_preset, policy_in_force, save_policy
from plugin.policy import policy_to_data
from plugin.actions.shops import create_shop
from plugin.cli.demo_returns import seed_returns


@dataclass(frozen=True)
class DemoShop:
    preset: str
    domain: str
    name: str
    currency: str
    country: str
    timezone: str
    support_email: str
    products: tuple[tuple[str, str, str, str], ...]  # title, product type, tags, price
    # The demo warehouse parcels go back to. The Alotrop and Allegra K seeds give no address, and a
    # return can't be approved without one (Allegra K's customers could write for it instead).
    warehouse: tuple[str, str, str, str, str]  # address1, city, province, zip, country


_CLOTHES = (
    ("Linen Shirt", "Shirts", "", "49.99"),
    ("Wrap Dress", "Dresses", "", "79.00"),
    ("Wool Socks (3 pack)", "Socks", "", "14.50"),
    ("Sheer Tights", "Tights", "", "12.00"),
    ("Lace Bodysuit", "Bodysuits", "intimates", "39.90"),
    ("Silk Bralette", "Intimates", "intimates", "29.00"),
    ("Pearl Earrings", "Jewelry", "", "24.99"),
    ("Knit Set Top", "Sets", "set", "45.00"),
    ("Knit Set Skirt", "Sets", "set", "45.00"),
    ("Denim Jacket", "Outerwear", "clearance", "59.00"),
    ("Canvas Tote", "Accessories", "free-gift", "0.00"),
    ("Pleated Skirt", "Skirts", "non-returnable", "34.00"),
)

_GADGETS = (
    ("Wireless Earbuds", "Electronics", "", "59.99"),
    ("Smart Watch", "Electronics", "", "129.00"),
    ("Phone Stand", "Accessories", "", "19.99"),
    ("Engraved Phone Case", "Accessories", "personalized", "34.99"),
    ("Desk Lamp", "Home", "", "42.00"),
    ("Travel Adapter", "Electronics", "final-sale", "24.00"),
    ("Monogram Mug", "Home", "personalized, custom", "18.00"),
    ("USB-C Hub", "Electronics", "clearance", "39.00"),
    ("Bluetooth Speaker", "Electronics", "", "79.99"),
    ("Cable Organizer", "Accessories", "free-gift", "0.00"),
    ("Ring Light", "Electronics", "", "49.00"),
    ("Mini Projector", "Electronics", "final-sale", "149.00"),
)

DEMO_SHOPS = (
    DemoShop("alotrop", "alotrop.myshopify.com", "Alotrop", "USD", "US", "America/New_York", "support@alotrop.com", _GADGETS,
             ("120 Commerce Way", "Edison", "NJ", "08817", "US")),
    DemoShop(
        "alltrendsusa", "alltrendsusa.myshopify.com", "Alltrendsusa", "USD", "US", "America/New_York",
        "support@alltrendsusa.com", _GADGETS, ("", "", "", "", ""),  # its preset carries the Miami address of its seed
    ),
    DemoShop("allegra-k", "allegra-k.myshopify.com", "Allegra K", "USD", "US", "America/Los_Angeles", "cs@allegra-k.com", _CLOTHES,
             ("4500 Pacific Blvd", "Vernon", "CA", "90058", "US")),
)

_PEOPLE = (
    ("Ava", "Martinez", "US", "CA", "94110"),
    ("Liam", "Johnson", "US", "NY", "10001"),
    ("Noah", "Tremblay", "CA", "QC", "H2X 1Y4"),
    ("Yui", "Tanaka", "JP", "13", "100-0001"),
    ("Lena", "Schmidt", "DE", "BE", "10115"),
    ("Chloé", "Dubois", "FR", "75", "75001"),
    ("Oliver", "Smith", "GB", "LND", "SW1A 1AA"),
    ("Sofía", "García", "MX", "CMX", "06000"),
    ("Mia", "Wilson", "US", "TX", "73301"),
    ("Ethan", "Brown", "US", "FL", "33101"),
    ("Emma", "Roy", "CA", "ON", "K2P 0V6"),
    ("Hans", "Müller", "DE", "BY", "80331"),
)

# (state, days since purchase, days since delivery or None): every state a returns team meets.
_STATES = (
    ("unfulfilled", 0, None), ("unfulfilled", 1, None), ("shipped", 3, None), ("shipped", 6, None),
    ("delivered", 9, 2), ("delivered", 14, 8), ("delivered", 25, 20), ("delivered", 33, 27),
    ("delivered", 34, 28), ("delivered", 35, 29), ("delivered", 36, 30), ("delivered", 37, 31),
    ("delivered", 60, 45), ("cancelled", 2, None),
)


_UNSIZED = frozenset({"Jewelry", "Accessories", "Socks", "Home"})
_COLOURS = {"alotrop": ("Black", "White"), "alltrendsusa": ("Black", "White"), "allegra-k": ("Black", "Sand")}


def _variants(demo: DemoShop, index: int, product_type: str, price: str) -> dict:
    """Shopify's `options` and `variants` for a demo product: Size S/M/L (clothes) by Color, with
    stock. The orders' lines are of the first variant (`v<index>`, size S); its M is always in stock
    and its L of the first colour sold out, so the portal has a choice to offer and one to hold back."""
    sized = demo.preset == "allegra-k" and product_type not in _UNSIZED
    sizes = ("S", "M", "L") if sized else (None,)
    options = ([{"name": "Size", "position": 1}] if sized else []) + [{"name": "Color", "position": 2 if sized else 1}]
    variants = []
    for c, colour in enumerate(_COLOURS[demo.preset]):
        for s, size in enumerate(sizes):
            first = c == 0 and s == 0
            stock = 0 if (c == 0 and size == "L") else (6 if size == "M" else (index * 7 + s * 3 + c * 5) % 9)
            values = [size, colour] if sized else [colour]
            variants.append({
                "id": f"v{index}" if first else f"v{index}-{size or 'one'}-{colour.lower()}",
                "title": " / ".join(values), "price": price, "sku": f"SKU-{index:03d}" + ("" if first else f"-{size or ''}{colour[0]}"),
                "position": len(variants) + 1, "option1": values[0], "option2": values[1] if sized else None,
                "inventory_item_id": f"ii{index}{c}{s}", "inventory_quantity": stock, "inventory_management": "shopify",
                "inventory_policy": "deny",
            })
    return {"options": options, "variants": variants}


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _address(person: tuple[str, ...], street: int) -> dict:
    first, last, country, region, postal = person
    return {
        "first_name": first, "last_name": last, "name": f"{first} {last}", "address1": f"{street} Main St",
        "city": "Springfield", "province_code": region, "zip": postal, "country_code": country,
    }


def _order_payload(rng: random.Random, demo: DemoShop, number: int, now: datetime) -> dict:
    state, age, delivered_ago = _STATES[number % len(_STATES)]
    placed = now - timedelta(days=age, hours=rng.randint(0, 20))
    person = _PEOPLE[rng.randrange(len(_PEOPLE))]
    # Accents decomposed first, so Müller's address reads muller, not mller.
    email = unicodedata.normalize("NFKD", f"{person[0]}.{person[1]}@example.com".lower()).encode("ascii", "ignore").decode()
    picks = rng.sample(range(len(demo.products)), k=rng.randint(1, 4))
    set_id = f"set-{number}" if any(demo.products[i][2] == "set" for i in picks) else None
    lines, subtotal = [], Decimal(0)
    for index in picks:
        title, _, tags, price = demo.products[index]
        quantity = 1 if Decimal(price) == 0 else rng.randint(1, 2)
        subtotal += Decimal(price) * quantity
        lines.append({
            "id": f"{number}{index:02d}", "product_id": f"p{index}", "variant_id": f"v{index}",
            "sku": f"SKU-{index:03d}", "title": title, "quantity": quantity, "price": price,
            "tax_lines": [{"price": str((Decimal(price) * quantity * Decimal("0.08")).quantize(Decimal("0.01")))}],
            "properties": [{"name": "_set_id", "value": set_id}] if set_id and tags == "set" else [],
        })
    shipping = Decimal(0) if subtotal >= 75 else Decimal("9.99")
    tax = sum(Decimal(t["price"]) for line in lines for t in line["tax_lines"])
    fulfillments = []
    if state in ("shipped", "delivered"):
        shipped = placed + timedelta(days=1)
        delivered = now - timedelta(days=delivered_ago) if delivered_ago is not None else None
        fulfillments.append({
            "id": f"f{number}", "order_id": f"o{number}", "status": "success",
            "shipment_status": "delivered" if delivered else "in_transit",
            "created_at": _iso(shipped), "updated_at": _iso(delivered or shipped),
            "delivered_at": _iso(delivered) if delivered else None,
            "tracking_company": "USPS", "tracking_number": f"94001118992238{number:08d}",
            "line_items": [{"id": line["id"], "quantity": line["quantity"]} for line in lines],
        })
    address = _address(person, 100 + number)
    return {
        "id": f"o{number}", "name": f"#{1000 + number}", "email": email, "currency": demo.currency,
        "source_name": "web" if number % 9 else "pos",
        "created_at": _iso(placed), "processed_at": _iso(placed), "updated_at": _iso(placed + timedelta(days=age)),
        "cancelled_at": _iso(placed + timedelta(hours=3)) if state == "cancelled" else None,
        "cancel_reason": "customer" if state == "cancelled" else None,
        "financial_status": "refunded" if state == "cancelled" else "paid",
        "subtotal_price": str(subtotal), "total_tax": str(tax), "total_price": str(subtotal + shipping + tax),
        "shipping_lines": [{"price": str(shipping)}],
        "billing_address": address, "shipping_address": address,
        "customer": {"id": f"c{person[0]}{person[1]}", "email": email, "first_name": person[0], "last_name": person[1]},
        "line_items": lines, "fulfillments": fulfillments,
    }


async def _add_warehouse(shop: Shop, demo: DemoShop) -> None:
    """A rest-of-world return address for a preset without one, as a merchant would add it."""
    policy, _ = await policy_in_force(shop)
    address1, city, province, zip_code, country = demo.warehouse
    if policy.shipping.return_addresses or not address1:
        return
    document = policy_to_data(policy)
    document["shipping"]["return_addresses"] = [{
        "name": "Demo warehouse", "rest_of_world": True, "recipient": f"{demo.name} Returns", "address1": address1,
        "city": city, "province": province, "zip": zip_code, "country": country,
    }]
    await save_policy(shop, document, actor="demo", note="demo warehouse as the return address")


async def seed_demo(orders_per_shop: int = 50, now: datetime | None = None) -> list[Shop]:
    """Create the demo shops unless any shop exists; returns the shops created."""
    if await Shop.exists():
        return []
    now = now or datetime.now(timezone.utc)
    rng = random.Random(7)
    shops = []
    for demo in DEMO_SHOPS:
        shop = await create_shop(
            domain=demo.domain, name=demo.name, currency=demo.currency, country=demo.country,
            timezone=demo.timezone, support_email=demo.support_email,
        )
        await apply_preset(shop, demo.preset, actor="demo")
        await _add_warehouse(shop, demo)
        for index, (title, product_type, tags, price) in enumerate(demo.products):
            await upsert_product(shop, shopify.Product.model_validate({
                "id": f"p{index}", "title": title, "product_type": product_type, "tags": tags,
                "updated_at": _iso(now - timedelta(days=90)), **_variants(demo, index, product_type, price),
            }))
        for number in range(1, orders_per_shop + 1):
            await import_order(shop, shopify.Order.model_validate(_order_payload(rng, demo, number, now)))
        await seed_returns(shop, now)
        shops.append(shop)
    return shops
