"""The demo's platform: `recourse serve` puts its shopify shops and their orders into the emulator,
as Shopify would hold them (lines, shipping, fulfillments, one payment of what was captured), and
connects each shop by a real token exchange, so refunds, cancellations and returns made in the admin
land on the emulated order (see them at /emulator/)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import httpx

from models.catalog import ProductVariant
from models.customer import Customer
from models.order import Fulfillment, Order, OrderLine
from models.shop import Shop
from plugin.api.auth import issue_session_token
from plugin.platform.emulator.app import Emulator
from plugin.platform.shopify_admin.connect import connect
from plugin.process.settings import Settings


async def mirror_shop(emulator: Emulator, shop: Shop) -> int:
    """Put `shop` and its orders into the emulator; returns the number of orders."""
    emulated = emulator.add_shop(shop.domain, shop.api_key, shop.api_secret, currency=shop.currency)
    emulated.cancel_job_seconds = 1.0  # as on Shopify, a cancellation shows on the order a moment later
    for customer in await Customer.filter(shop_id=shop.id).order_by("id"):  # store credit accounts are theirs
        emulator.add_customer(shop.domain, customer.platform_id, customer.email)
    for variant in await ProductVariant.filter(shop_id=shop.id, active=True).prefetch_related("product").order_by("id"):
        # Exchanges hold and ship these, from the stock Recourse mirrored.
        emulator.add_variant(shop.domain, variant.platform_id, sku=variant.sku or f"variant-{variant.platform_id}",
                             title=variant.title, price=str(variant.price), available=max(0, variant.inventory_available),
                             product_id=variant.product.platform_id, product_title=variant.product.title)
    lines_by_order: dict[int, list[OrderLine]] = {}
    for line in await OrderLine.filter(shop_id=shop.id).order_by("order_id", "position", "id"):
        lines_by_order.setdefault(line.order_id, []).append(line)
    fulfillments = await Fulfillment.filter(shop_id=shop.id).prefetch_related("lines__order_line").order_by("id")
    orders = await Order.filter(shop_id=shop.id).order_by("id")
    for order in orders:
        lines = lines_by_order.get(order.id, [])
        paid = order.captured if order.captured is not None else order.total_paid
        emulator.add_order(
            shop.domain, order.platform_id, name=order.name, currency=order.currency, shipping=str(order.shipping_paid),
            lines=[{"id": line.platform_id, "name": line.title, "sku": line.sku, "quantity": line.quantity,
                    "price": str(line.unit_price)} for line in lines],
            payments=[{"gateway": "shopify_payments", "amount": str(paid)}] if paid and paid > Decimal(0) else [],
        )
    for fulfillment in fulfillments:
        order = next((o for o in orders if o.id == fulfillment.order_id), None)
        if order is not None:
            emulator.fulfil(shop.domain, order.platform_id,
                            {item.order_line.platform_id: item.quantity for item in fulfillment.lines})
    return len(orders)


async def mirror_shops(emulator: Emulator, settings: Settings) -> list[tuple[str, int]]:
    """Every shopify shop into the emulator, each connected through the emulator's token exchange."""
    mirrored = []
    # The exchange goes to the emulator's app in-process (serve is not listening yet).
    transport = httpx.ASGITransport(app=emulator.app)
    settings = replace(settings, shopify_origin="http://emulator/shops/{shop}")
    for shop in await Shop.filter(platform="shopify", uninstalled_at__isnull=True).order_by("id"):
        count = await mirror_shop(emulator, shop)
        await connect(shop, issue_session_token(shop), settings, transport=transport)
        mirrored.append((shop.domain, count))
    return mirrored
