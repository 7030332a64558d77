"""Products in from the platform: the tags and types the policy decides on, and the variants with
their stock that an exchange may offer."""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models.catalog import Product, ProductVariant
from models.order import OrderLine
from models.shop import Shop
from plugin.platform import shopify
from plugin.actions.upsert import Outcome, upsert_newer


async def upsert_product(shop: Shop, payload: shopify.Product) -> Outcome:
    values = {
        "title": payload.title,
        "product_type": payload.product_type,
        "vendor": payload.vendor,
        "tags": payload.tag_list,
        "free_return_shipping": payload.free_return_shipping,
        "non_returnable": payload.non_returnable,
    }
    async with in_transaction():
        product, outcome = await upsert_newer(
            Product, shop, payload.id, payload.updated_at, values
        )
        if outcome is not Outcome.STALE:
            # Lines imported before their product arrived pick it up now.
            await OrderLine.filter(
                shop_id=shop.id, product_platform_id=payload.id, product_id=None
            ).update(product_id=product.id)
            if payload.variants is not None:
                await _mirror_variants(shop, product, payload)
    return outcome


async def _mirror_variants(shop: Shop, product: Product, payload: shopify.Product) -> None:
    """The payload's variants, as of its updated_at; variants it no longer lists stop being offered.

    Stock: a payload's `inventory_quantity` (the sum over locations) counts only while no
    inventory_levels/update has reported the variant's locations one by one, and only when the
    payload is newer than the last stock change recorded."""
    existing = {v.platform_id: v for v in await ProductVariant.filter(shop_id=shop.id, product_id=product.id)}
    seen = set()
    for item in payload.variants or []:
        seen.add(item.id)
        values = {
            "product_id": product.id, "title": item.title or payload.title, "sku": item.sku or None,
            "options": item.option_values(payload.options), "price": item.price, "currency": shop.currency,
            "position": item.position, "inventory_item_id": item.inventory_item_id,
            "inventory_tracked": item.tracked, "inventory_policy": (item.inventory_policy or "deny").lower(),
            "platform_updated_at": payload.updated_at, "active": True,
        }
        row = existing.get(item.id)
        if row is None:
            row = await ProductVariant.get_or_none(shop_id=shop.id, platform_id=item.id)
        stock_newer = row is None or row.inventory_updated_at is None or row.inventory_updated_at < payload.updated_at
        if item.inventory_quantity is not None and stock_newer and not (row and row.inventory_levels):
            values["inventory_available"] = item.inventory_quantity
            values["inventory_updated_at"] = payload.updated_at
        if row is None:
            await ProductVariant.create(shop_id=shop.id, platform_id=item.id, **values)
        else:
            await ProductVariant.filter(id=row.id).update(**values)
    gone = [v.id for pid, v in existing.items() if pid not in seen and v.active]
    if gone:
        await ProductVariant.filter(id__in=gone).update(active=False)


async def set_inventory_level(shop: Shop, payload: shopify.InventoryLevel) -> Outcome:
    """inventory_levels/update: one location's available units of one variant. An older report than
    the one recorded for that location changes nothing; a variant not mirrored yet is DEFERRED (its
    product's payload brings its total)."""
    async with in_transaction():
        variant = await (
            ProductVariant.filter(shop_id=shop.id, inventory_item_id=payload.inventory_item_id)
            .select_for_update().first()
        )
        if variant is None:
            return Outcome.DEFERRED
        levels = dict(variant.inventory_levels or {})
        known = levels.get(payload.location_id)
        when = payload.updated_at.isoformat()
        if known is not None and _at(known["updated_at"]) >= payload.updated_at:
            return Outcome.STALE
        if payload.available is None:
            levels.pop(payload.location_id, None)
        else:
            levels[payload.location_id] = {"available": payload.available, "updated_at": when}
        latest = max((_at(level["updated_at"]) for level in levels.values()), default=payload.updated_at)
        await ProductVariant.filter(id=variant.id).update(
            inventory_levels=levels,
            inventory_available=sum(level["available"] for level in levels.values()),
            inventory_updated_at=max(latest, variant.inventory_updated_at or latest),
        )
    return Outcome.UPDATED


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)
