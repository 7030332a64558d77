"""Products in from the platform: the tags and types the policy decides on."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.catalog import Product
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
    return outcome
